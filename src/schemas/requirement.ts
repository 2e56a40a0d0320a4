import { z } from 'astro/zod';
import { readerQuestions, source, text } from './fields.ts';

/** NHS Standard Contract editions a clause reference can belong to. */
export const CONTRACT_EDITIONS = [
  '2017-19',
  '2019-20',
  '2020-21',
  '2021-22',
  '2022-23',
  '2023-24',
  '2024-25',
  '2025-26',
  'later-edition',
] as const;
export const PROVIDER_TYPES = ['acute', 'mental-health', 'community', 'ambulance'] as const;
export const REQUIREMENT_STATUSES = ['current', 'changed', 'withdrawn'] as const;

/** A clause reference in one contract edition. */
export const clause = z.strictObject({
  /** Contract edition, e.g. "2017-19"; "later-edition" when a source gives the clause but not the edition year. */
  edition: z.enum(CONTRACT_EDITIONS),
  /** Service condition reference, e.g. "SC11.5"; write "to be confirmed" when no source gives it. */
  ref: text(),
  /** Optional note on this edition, e.g. what changed. */
  note: text().optional(),
});

/** A contract requirement: `content/requirements/<id>.md`. */
export const requirementSchema = z.strictObject({
  /** Short name, e.g. "Discharge summaries". */
  title: text(),
  /** One sentence: what the provider must do. */
  summary: text(),
  /** Clause references by contract edition: at least one. */
  clauses: z.array(clause).min(1),
  /** The time limit, if there is one, e.g. "within 24 hours". */
  timescale: text().optional(),
  /** Types of provider it applies to. */
  appliesTo: z.array(z.enum(PROVIDER_TYPES)).min(1),
  /** current, changed (wording or number moved between editions) or withdrawn. */
  status: z.enum(REQUIREMENT_STATUSES),
  /** Where the clause numbers and timescales come from: at least one. */
  sources: z.array(source).min(1),
  /**
   * The rule as it stands now, in one or two sentences: what, who, by when. Shown first on the
   * requirement page, e.g. "The hospital sends the GP a discharge summary within 24 hours".
   */
  ruleNow: text(),
  /**
   * A line a GP can paste into a letter: the service condition (with its sub-number and edition
   * where a source gives one) and the rule. Shown under "How to quote this" on the requirement
   * page and written into the GP practice toolkit's letters, so the reference lives in one place.
   */
  howToQuote: text(),
  /** Everyday words people search with, e.g. ["sick note", "Med3"]. */
  keywords: z.array(text()).default([]),
  /** Questions readers ask that the page answers, in their own words: searched, never shown. */
  questions: readerQuestions,
});
export type Requirement = z.infer<typeof requirementSchema>;
