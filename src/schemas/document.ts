import { z } from 'astro/zod';
import { DOCUMENT_STATUSES, audience, isoDate, readerQuestions, source, text } from './fields.ts';

/**
 * Builds a cross-reference field. Astro passes its `reference()`; the content checks and unit
 * tests pass a plain id validator so they can run without Astro and report unknown ids themselves.
 */
export type ReferenceField = (collection: 'requirements' | 'organisations') => z.ZodType<unknown>;

/** A plain-string id, for validating frontmatter outside Astro. */
export const idReference: ReferenceField = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Expected an id in lower case with hyphens, e.g. discharge-summaries',
  });

/** Fields every guidance document, resource and toolkit shares. */
export function documentFields(reference: ReferenceField) {
  return {
    /** Page title, in sentence case, e.g. "Sending discharge summaries within 24 hours". */
    title: text(),
    /** One or two sentences shown in lists and search results. */
    summary: text(),
    /** Ids of the contract requirements it supports, e.g. [discharge-summaries]. */
    requirements: z.array(reference('requirements')).min(1),
    /** Ids of the organisations that co-produced it, e.g. [nhs-england, bma-gpc]. */
    organisations: z.array(reference('organisations')).min(1),
    /** Who it is written for: one or more of gp, practice-staff, hospital-clinician, provider-manager, commissioner, patient. */
    audience: z.array(audience).min(1),
    /** Date first published, YYYY-MM-DD. */
    published: isoDate,
    /** Date last changed in substance, YYYY-MM-DD: on or after `published`. */
    updated: isoDate,
    /** Date by which it must be reviewed, YYYY-MM-DD: after `updated`. */
    reviewDue: isoDate,
    /** Where its facts come from: at least one. */
    sources: z.array(source).min(1),
    /** current (published), draft (not built) or superseded (published, marked as replaced). */
    status: z.enum(DOCUMENT_STATUSES),
    /** Questions readers ask that it answers, in their own words: searched, never shown. */
    questions: readerQuestions,
  };
}

/**
 * The date-order rule, as data: a date field, the field it is compared with, and how. The content
 * check's error map reads these `params` from the issue to word its message.
 */
export interface DateOrderParams {
  rule: 'date-order';
  field: 'updated' | 'reviewDue';
  other: 'published' | 'updated';
  relation: 'on or after' | 'after';
}

const DATE_ORDER: readonly DateOrderParams[] = [
  { rule: 'date-order', field: 'updated', other: 'published', relation: 'on or after' },
  { rule: 'date-order', field: 'reviewDue', other: 'updated', relation: 'after' },
];

/** Adds the date-order rule: published ≤ updated < reviewDue. */
export function withDateOrder<
  T extends z.ZodType<{ published: Date; updated: Date; reviewDue: Date }>,
>(schema: T) {
  return schema.superRefine((doc, ctx) => {
    for (const params of DATE_ORDER) {
      const [date, other] = [doc[params.field], doc[params.other]];
      // Only two real dates can be out of order; a date that failed its own check is reported there.
      if (!(date instanceof Date && other instanceof Date)) continue;
      if (params.relation === 'after' ? date > other : date >= other) continue;
      const message = `Expected ${params.field} to be ${params.relation} ${params.other}`;
      ctx.addIssue({ code: 'custom', path: [params.field], message, params });
    }
  });
}

/** True when a zod issue's `params` come from the date-order rule. */
export function isDateOrderParams(params: unknown): params is DateOrderParams {
  return (params as DateOrderParams | undefined)?.rule === 'date-order';
}
