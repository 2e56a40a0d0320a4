import { z } from 'astro/zod';

/** An organisation: `content/organisations/<id>.md`. */
export const organisationSchema = z.strictObject({
  /** Full name, e.g. "Royal College of General Practitioners". */
  name: z.string().min(1),
  /** Short name or initials, e.g. "RCGP". */
  shortName: z.string().min(1),
  /** Its website, e.g. https://www.rcgp.org.uk/ */
  url: z.url({ protocol: /^https?$/ }),
  /** One neutral sentence on what it is. */
  description: z.string().min(1),
  /** true for a member of the Interface Working Group. */
  member: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;
