/**
 * Which corpus a results file's figures are for, so that `npm run bench:search` does not store
 * figures measured on one site (the real one in dist/) beside the build figures of another (the
 * 5,000-document bench run in bench/results.json).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGE_FILE } from '../../scripts/build-steps/search-language.ts';
import { SEARCH_BUNDLE_DIR } from '../../scripts/build-steps/search-index.ts';

/** The number of pages in a built site's full search index; undefined when it has none. */
export async function indexedPages(siteDir: string): Promise<number | undefined> {
  const file = path.join(siteDir, SEARCH_BUNDLE_DIR, LANGUAGE_FILE);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(await readFile(file, 'utf8')) as { pages: number }).pages;
}

/**
 * Whether a site with `pages` indexed pages is the corpus a results file was measured on: the
 * same count when the file records it (`indexedPages`), or at least its generated documents
 * (`docs`, all indexed, beside the real pages, fewer than `REAL_PAGES_AT_MOST`) when it is older.
 * A file with neither is anyone's.
 */
export function sameCorpus(results: Record<string, unknown>, pages: number): boolean {
  if (typeof results.indexedPages === 'number') return results.indexedPages === pages;
  if (typeof results.docs === 'number')
    return pages >= results.docs && pages - results.docs < REAL_PAGES_AT_MOST;
  return true;
}

/** More real pages than a site of this kind will have: beyond it, the corpus is another size. */
const REAL_PAGES_AT_MOST = 1000;
