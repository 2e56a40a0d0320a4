import { z } from 'astro/zod';
import { AUDIENCES, DOCUMENT_STATUSES, audience, isoDate, source, text } from './fields.ts';

/**
 * Builds a cross-reference field. Astro passes its `reference()`; the content checks and unit
 * tests pass a plain id validator so they can run without Astro and report unknown ids themselves.
 */
export type ReferenceField = (collection: 'requirements' | 'organisations') => z.ZodType<unknown>;

/** A plain-string id, for validating frontmatter outside Astro. */
export const idReference: ReferenceField = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
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
  };
}

/** Adds the date-order rule: published ≤ updated < reviewDue. */
export function withDateOrder<T extends z.ZodType<{ published: Date; updated: Date; reviewDue: Date }>>(schema: T) {
  return schema.superRefine((doc, ctx) => {
    if (doc.updated < doc.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'Expected updated to be on or after published' });
    }
    if (doc.reviewDue <= doc.updated) {
      ctx.addIssue({ code: 'custom', path: ['reviewDue'], message: 'Expected reviewDue to be after updated' });
    }
  });
}

export { AUDIENCES };
