import { z } from 'astro/zod';
import { text } from './fields.ts';
import { documentFields, withDateOrder, type ReferenceField } from './document.ts';

/** One downloadable file of a toolkit. */
export const toolkitFile = z.strictObject({
  /** Name of the file people download, e.g. `self-assessment-checklist.xlsx`; its extension decides the format. */
  file: z.string().regex(/^(?!\.)[\w.-]+$/, {
    message: 'Expected a file name with no folders or spaces, e.g. checklist.xlsx',
  }),
  /**
   * The source beside index.md the file is generated from: a `.yaml` table for `.xlsx` and `.csv`,
   * a `.md` document for `.docx`, e.g. `self-assessment-checklist.yaml`. Leave it out to publish
   * a file from the folder exactly as it is (then `file` must exist beside index.md).
   */
  source: z
    .string()
    .regex(/^(?!\.)[\w.-]+\.(ya?ml|md)$/, {
      message: 'Expected a .yaml or .md file name beside index.md, e.g. checklist.yaml',
    })
    .optional(),
  /** Link text, e.g. "Self-assessment checklist". */
  title: text(),
  /** One sentence on what the file is for. */
  description: text(),
  /**
   * The contract requirement the file is about, by id, e.g. `fit-notes`. A letter that names one is
   * linked from the practice guidance on that requirement, where practices look for it.
   */
  requirement: z
    .string()
    .regex(/^[a-z0-9-]+$/, { message: 'Expected a requirement id, e.g. fit-notes' })
    .optional(),
});

/** An implementation toolkit: `content/toolkits/<id>/index.{md,mdx}` plus its files. */
export function toolkitSchema(reference: ReferenceField) {
  return withDateOrder(
    z.strictObject({
      ...documentFields(reference),
      /** The files a local team downloads. */
      files: z.array(toolkitFile).min(1),
      /**
       * A `.yaml` table beside index.md to show on the page as a printable checklist, e.g.
       * `self-assessment-checklist.yaml`: it needs `everyRequirement: true`, a column of kind
       * `requirement` and a column with key `expectation`.
       */
      checklist: z
        .string()
        .regex(/^(?!\.)[\w.-]+\.ya?ml$/, {
          message: 'Expected a .yaml file name beside index.md, e.g. checklist.yaml',
        })
        .optional(),
    }),
  );
}
