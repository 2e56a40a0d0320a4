import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { ENTRY_PATTERNS } from './lib/content-files.ts';
import { contentRootSetting } from './lib/content-root.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { requirementSchema } from './schemas/requirement.ts';
import { resourceSchema } from './schemas/resource.ts';
import { toolkitSchema } from './schemas/toolkit.ts';

/** Content lives in `content/` at the repository root (or `CONTENT_ROOT`), one folder per collection; Astro resolves it from the root. */
const base = (collection: string) => `${contentRootSetting()}/${collection}`;

export const collections = {
  requirements: defineCollection({
    loader: glob({ pattern: ENTRY_PATTERNS.requirements, base: base('requirements') }),
    schema: requirementSchema,
  }),
  organisations: defineCollection({
    loader: glob({ pattern: ENTRY_PATTERNS.organisations, base: base('organisations') }),
    schema: organisationSchema,
  }),
  guidance: defineCollection({
    loader: glob({ pattern: ENTRY_PATTERNS.guidance, base: base('guidance') }),
    schema: guidanceSchema(reference),
  }),
  resources: defineCollection({
    loader: glob({ pattern: ENTRY_PATTERNS.resources, base: base('resources') }),
    schema: resourceSchema(reference),
  }),
  toolkits: defineCollection({
    loader: glob({
      pattern: ENTRY_PATTERNS.toolkits,
      base: base('toolkits'),
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: toolkitSchema(reference),
  }),
  glossary: defineCollection({
    loader: glob({ pattern: ENTRY_PATTERNS.glossary, base: base('glossary') }),
    schema: glossarySchema,
  }),
};
