import { z } from 'astro/zod';
import { dateOfIsoDay } from '../lib/dates.ts';

/**
 * Shared field types for every collection. Dates are checked strictly as `YYYY-MM-DD` (zod's ISO
 * date, which knows month lengths and leap years) because YAML and `z.coerce.date()` silently roll
 * impossible dates forward (`2025-02-30` would become 2 March). The content check's error map reads
 * the `invalid_format` issue with `format: 'date'` that this gives.
 */

/** A real calendar date written as YYYY-MM-DD, e.g. `2025-04-01`. */
const isoDayText = z.iso.date({
  error: 'Expected a real date written as YYYY-MM-DD, e.g. 2025-04-01',
});

/** True when `text` is a real calendar date written as YYYY-MM-DD. */
export function isRealIsoDate(text: string): boolean {
  return isoDayText.safeParse(text).success;
}

/** A calendar date, e.g. `2024-03-31`. Accepts a YAML date too (Astro's parser makes one). */
export const isoDate = z
  .union([z.date(), isoDayText])
  .transform((value) => (value instanceof Date ? value : dateOfIsoDay(value)));

/** Invisible control characters (tab and line breaks aside): they make rss.xml invalid XML. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
/** What is left of a text once spaces, including invisible ones, are taken out. */
const VISIBLE = (value: string) => value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');

/**
 * Text readers see (a title, a summary, link text): used for every text field, so no collection
 * can publish a blank heading or a control character. Only spaces counts as empty.
 */
export const text = () =>
  z.string().superRefine((value, context) => {
    if (VISIBLE(value) === '') {
      context.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        input: value,
        message: 'Expected some text',
      });
    } else if (CONTROL_CHARACTER.test(value)) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: 'Expected text without control characters',
        params: {
          author: {
            problem: 'contains an invisible control character',
            expected: 'ordinary text: a control character makes the RSS feed unreadable',
            fix: 'Retype the text: it was probably pasted with a hidden character in it.',
          },
        },
      });
    }
  });

/** The longest question a page's `questions` may hold: a sentence or two, as a reader types it. */
export const QUESTION_MAX_LENGTH = 300;

/**
 * Questions readers ask that a page answers, in their own words, one per line, e.g. "my patient
 * was told to ask me for their hospital results". The search page finds the page by their words
 * (scripts/build-steps/search-index.ts); they are not shown on the site, but they are public, in
 * the repository and in the search files. Add the ones you hear, worded as the reader put it, not
 * as the page does, with nothing that could identify anyone.
 */
export const readerQuestions = z
  .array(
    text().superRefine((value, context) => {
      if (value.length <= QUESTION_MAX_LENGTH) return;
      context.addIssue({
        code: 'custom',
        input: value,
        message: `Expected a question of at most ${QUESTION_MAX_LENGTH} characters`,
        params: {
          author: {
            problem: `is longer than a question (${value.length} characters)`,
            expected: `a question as a reader would type it, at most ${QUESTION_MAX_LENGTH} characters`,
            fix: 'Shorten it to the question itself, or split it into two questions on lines of their own.',
          },
        },
      });
    }),
  )
  .default([]);

/** Who a document is written for. */
export const AUDIENCES = [
  'gp',
  'practice-staff',
  'hospital-clinician',
  'provider-manager',
  'commissioner',
  'patient',
] as const;
export const audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audience>;

/** Publication state of a document: drafts are never built into the site. */
export const DOCUMENT_STATUSES = ['current', 'draft', 'superseded'] as const;

/** A published source that a fact on the page comes from. */
export const source = z.strictObject({
  /** Title of the source page or document, e.g. "Primary and Secondary Care Interface". */
  title: text(),
  /** Web address of the source, e.g. https://www.england.nhs.uk/gp/gpfv/workload/interface/ */
  url: z.url({ protocol: /^https?$/ }),
  /** Who published it, e.g. "NHS England". */
  publisher: text(),
  /** When it was published or last updated, if known. */
  date: isoDate.optional(),
});
export type Source = z.infer<typeof source>;
