import { z } from 'astro/zod';
import { text } from './fields.ts';

/** A glossary term: `content/glossary/<id>.md`. The file id is the page anchor, e.g. `/glossary/#e-rs`. */
export const glossarySchema = z.strictObject({
  /** The term as readers see it, e.g. "NHS e-Referral Service (e-RS)". */
  term: text(),
  /** Other names people use for it, e.g. ["Choose and Book"]. */
  alsoKnownAs: z.array(text()).optional(),
  /** A one-line, plain-English definition, e.g. "The NHS system GPs use to refer you to a specialist.". */
  summary: text(),
});
export type GlossaryTerm = z.infer<typeof glossarySchema>;
