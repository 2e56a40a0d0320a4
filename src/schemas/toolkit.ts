import { z } from 'astro/zod';
import { documentFields, withDateOrder, type ReferenceField } from './document.ts';

/** One downloadable file of a toolkit. */
export const toolkitFile = z.strictObject({
  /** File name inside the toolkit folder, e.g. `self-assessment-checklist.xlsx`. */
  file: z.string().regex(/^[\w.-]+$/, { message: 'Expected a file name with no folders or spaces, e.g. checklist.xlsx' }),
  /** Link text, e.g. "Self-assessment checklist". */
  title: z.string().min(1),
  /** One sentence on what the file is for. */
  description: z.string().min(1),
});

/** An implementation toolkit: `content/toolkits/<id>/index.{md,mdx}` plus its files. */
export function toolkitSchema(reference: ReferenceField) {
  return withDateOrder(
    z.strictObject({
      ...documentFields(reference),
      /** The files a local team downloads. */
      files: z.array(toolkitFile).min(1),
    }),
  );
}
