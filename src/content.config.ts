import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './schemas/guidance.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { requirementSchema } from './schemas/requirement.ts';
import { resourceSchema } from './schemas/resource.ts';
import { toolkitSchema } from './schemas/toolkit.ts';

/**
 * Content lives in `content/` at the repository root, one folder per collection. `CONTENT_ROOT`
 * points the build at another folder of the same shape (the benchmark's synthetic corpus).
 */
const base = (collection: string) => `${process.env.CONTENT_ROOT ?? './content'}/${collection}`;

export const collections = {
  requirements: defineCollection({
    loader: glob({ pattern: '*.md', base: base('requirements') }),
    schema: requirementSchema,
  }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.md', base: base('organisations') }),
    schema: organisationSchema,
  }),
  guidance: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('guidance') }),
    schema: guidanceSchema(reference),
  }),
  resources: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('resources') }),
    schema: resourceSchema(reference),
  }),
  toolkits: defineCollection({
    loader: glob({
      pattern: '*/index.{md,mdx}',
      base: base('toolkits'),
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: toolkitSchema(reference),
  }),
};
