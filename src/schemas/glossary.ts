import { z } from 'astro/zod';

/** A glossary term: `content/glossary/<id>.md`. The file id is the page anchor, e.g. `/glossary/#e-rs`. */
export const glossarySchema = z.strictObject({
  /** The term as readers see it, e.g. "NHS e-Referral Service (e-RS)". */
  term: z.string().min(1),
  /** Other names people use for it, e.g. ["Choose and Book"]. */
  alsoKnownAs: z.array(z.string().min(1)).optional(),
  /** A one-line, plain-English definition, e.g. "The NHS system GPs use to refer you to a specialist.". */
  summary: z.string().min(1),
});
export type GlossaryTerm = z.infer<typeof glossarySchema>;
