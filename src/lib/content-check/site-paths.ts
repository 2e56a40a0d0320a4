import { readdir } from 'node:fs/promises';
import type { CheckedEntry } from './entry.ts';

/** The pages the site will have, to check links against. */
export interface SitePaths {
  /** Every page path, e.g. `/about/`, `/guidance/practices/fit-notes/`, `/rss.xml`. */
  pages: Set<string>;
  /** Pages of entries that are drafts, which are not published. */
  drafts: Set<string>;
}

/**
 * The fixed pages in `src/pages` plus one page per entry of every collection with a dynamic route
 * (`src/pages/<collection>/[...].astro`), drafts left out, as the build makes them.
 */
export async function sitePaths(
  pagesDir: string,
  entries: readonly CheckedEntry[],
): Promise<SitePaths> {
  const files = (await readdir(pagesDir, { recursive: true })).map((f) => f.split('\\').join('/'));
  const pages = new Set<string>();
  const drafts = new Set<string>();
  const routed = new Set<string>();
  for (const file of files) {
    if (!/\.(astro|md|mdx|ts|js)$/.test(file)) continue;
    if (file.includes('[')) {
      routed.add(file.split('/')[0]!);
      continue;
    }
    pages.add(pagePath(file));
  }
  for (const entry of entries) {
    if (!routed.has(entry.collection)) continue;
    (entry.data?.status === 'draft' ? drafts : pages).add(`/${entry.collection}/${entry.id}/`);
  }
  return { pages, drafts };
}

/** `about.astro` → `/about/`, `guidance/index.astro` → `/guidance/`, `rss.xml.ts` → `/rss.xml`. */
export function pagePath(file: string): string {
  if (/\.(ts|js)$/.test(file)) return `/${file.replace(/\.(ts|js)$/, '')}`;
  const withoutExtension = file.replace(/\.(astro|md|mdx)$/, '');
  const route = withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
  return route ? `/${route}/` : '/';
}
