import { z } from 'astro/zod';
import { idReference, withDateOrder } from '../../schemas/document.ts';
import { isoDate } from '../../schemas/fields.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { guidanceSchema } from '../../schemas/guidance.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { requirementSchema } from '../../schemas/requirement.ts';
import { resourceSchema } from '../../schemas/resource.ts';
import { toolkitSchema } from '../../schemas/toolkit.ts';
import type { CollectionName } from '../content-files.ts';

/** What the checks need to know about a collection. */
export interface CollectionRules {
  /** The same zod schema Astro uses, with plain-string ids (unknown ids are checked separately). */
  schema: z.ZodType;
  /** The field that names an entry; two entries of a collection may not share it. */
  titleField: string;
  /** Whether an entry needs text below its frontmatter. */
  bodyRequired: boolean;
  /**
   * Rules of the schema checked on their own too. zod skips an object's refinements while any
   * field is wrong; this reports a review date before the update date in the same run.
   */
  alsoCheck?: z.ZodType;
}

/** The schemas' date-order rule (published ≤ updated < reviewDue) over just the three dates. */
const DATE_ORDER = withDateOrder(
  z.object({ published: isoDate, updated: isoDate, reviewDue: isoDate }),
);

/** One line per collection: adding a collection to `COLLECTIONS` without a line here fails type-checking. */
export const COLLECTION_RULES: Record<CollectionName, CollectionRules> = {
  requirements: { schema: requirementSchema, titleField: 'title', bodyRequired: true },
  organisations: { schema: organisationSchema, titleField: 'name', bodyRequired: true },
  guidance: {
    alsoCheck: DATE_ORDER,
    schema: guidanceSchema(idReference),
    titleField: 'title',
    bodyRequired: true,
  },
  resources: {
    alsoCheck: DATE_ORDER,
    schema: resourceSchema(idReference),
    titleField: 'title',
    bodyRequired: true,
  },
  toolkits: {
    alsoCheck: DATE_ORDER,
    schema: toolkitSchema(idReference),
    titleField: 'title',
    bodyRequired: true,
  },
  glossary: { schema: glossarySchema, titleField: 'term', bodyRequired: false },
};
