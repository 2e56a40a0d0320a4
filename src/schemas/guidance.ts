import { z } from 'astro/zod';
import { documentFields, withDateOrder, type ReferenceField } from './document.ts';

/** A guidance document: `content/guidance/**\/*.{md,mdx}`. */
export function guidanceSchema(reference: ReferenceField) {
  return withDateOrder(z.strictObject(documentFields(reference)));
}
