/**
 * The one place the build talks to Pagefind. Pagefind reports failures in an `errors` array rather
 * than throwing, so every response is checked here, and its background service is always closed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Where the index lives in the site; the browser loads `/pagefind/pagefind.js` from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Indexes every page of the built site in `siteDir` that has `data-pagefind-body` and writes the
 * search bundle to `siteDir/pagefind/`. Returns how many pages the index holds.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn('create the search index', errors);
    if (!index) throw new Error('Pagefind did not create an index.');
    const added = await index.addDirectory({ path: siteDir });
    failOn(`index the pages in ${siteDir}`, added.errors);
    const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath });
    failOn(`write the search index to ${outputPath}`, written.errors);
    const pages = await indexedPageCount(outputPath);
    if (pages === 0) throw new Error(`The search index is empty: no HTML page was found in ${siteDir}.`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

function failOn(action: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n  ${errors.join('\n  ')}`);
}

/** Pages in the index, from the bundle's entry file (Pagefind's own `page_count` counts every HTML file read). */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
