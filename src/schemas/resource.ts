import { z } from 'astro/zod';
import { text } from './fields.ts';
import { documentFields, withDateOrder, type ReferenceField } from './document.ts';

export const RESOURCE_KINDS = [
  'briefing',
  'leaflet',
  'template-letter',
  'prescribing',
  'guideline',
  'case-study',
] as const;

/** A file that sits beside the entry and is published with it. */
export const attachment = z.strictObject({
  /** File name beside the entry, e.g. `audit-template.xlsx`. */
  file: z.string().regex(/^(?!\.)[\w.-]+$/, {
    message: 'Expected a file name with no folders or spaces, e.g. audit-template.xlsx',
  }),
  /** Link text for the file, e.g. "Audit template". */
  title: text(),
});

/** A resource summarising a co-produced publication: `content/resources/**\/*.{md,mdx}`. */
export function resourceSchema(reference: ReferenceField) {
  return withDateOrder(
    z.strictObject({
      ...documentFields(reference),
      /** What sort of resource: briefing, leaflet, template-letter, prescribing, guideline or case-study. */
      kind: z.enum(RESOURCE_KINDS),
      /** Files beside the entry, published with it. */
      attachments: z.array(attachment).default([]),
      /** Address of the original on the publisher's site. */
      link: z.url({ protocol: /^https?$/ }).optional(),
    }),
  );
}
