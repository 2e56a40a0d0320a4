import { z } from 'astro/zod';
import { text } from './fields.ts';

/** An organisation: `content/organisations/<id>.md`. */
export const organisationSchema = z.strictObject({
  /** Full name, e.g. "Royal College of General Practitioners". */
  name: text(),
  /** Short name or initials, e.g. "RCGP". */
  shortName: text(),
  /** Its website, e.g. https://www.rcgp.org.uk/ */
  url: z.url({ protocol: /^https?$/ }),
  /** One neutral sentence on what it is. */
  description: text(),
  /** true for a member of the Interface Working Group. */
  member: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;
