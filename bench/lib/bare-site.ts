/**
 * The baseline: a bare Astro site over the same content files, with the same Astro and MDX
 * versions (it resolves them from this repository's node_modules) and nothing else: one collection,
 * no schema, a minimal layout.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } } } },
});
`;

const CONTENT_CONFIG = (corpus: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(corpus)} }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>{String(entry.data.title ?? entry.id)}</title></head>
  <body><main><Content /></main></body>
</html>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
const docs = await getCollection('docs');
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Bare site</title></head>
  <body><ul>{docs.map((d) => <li><a href={\`/\${d.id}/\`}>{d.id}</a></li>)}</ul></body>
</html>
`;

/** Writes the bare site into `dir` (which must sit inside this repository, to share its node_modules). */
export async function writeBareSite(dir: string, corpus: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG(corpus));
  await writeFile(path.join(dir, 'src/pages/[...slug].astro'), PAGE);
  await writeFile(path.join(dir, 'src/pages/index.astro'), INDEX);
}
