/**
 * Build step, after the search index: the search page asks for everything its first results need
 * as soon as its HTML arrives, instead of one file after another as Pagefind discovers them
 * (Pagefind's module, then its entry file, then the index's meta file and WebAssembly). The index's
 * file names are known only once Pagefind has written it, so this step writes the `<link>`s into
 * the built page, in place of the marker src/pages/search.astro leaves in its `<head>`.
 *
 * Pagefind asks for its entry file with a new `?ts=` each time; given `metaCacheTag` it uses that
 * instead. The preloaded address carries the index's own hash as `ts`, and the page's script
 * (src/scripts/search/pagefind-client.ts) passes the same value, so the two addresses are one.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  FULL_INDEX,
  FULL_IDS_FILE,
  FULL_IDS_META,
  QUESTION_WORDS_FILE,
  QUESTIONS_INDEX,
  QUESTIONS_META,
  SEARCH_WORKER_FROM_PAGES,
  SEARCH_WORKER_META,
  SUGGESTIONS_INDEX,
  builtPath,
} from '../../src/lib/site-files.ts';
import { LANGUAGE_FILE, REAL_WORDS_FILE } from './search-language.ts';

/** What src/pages/search.astro puts in its `<head>` for this step to replace. */
export const SEARCH_PRELOADS_MARKER = '<meta name="app-search-preloads">';

/** The search page, in the built site. */
const SEARCH_PAGE = 'search/index.html';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** One bundle's index in the page's language: the files its first search needs, and its size. */
export async function bundleIndex(
  siteDir: string,
  bundle: string,
  lang: string,
): Promise<{ files: string[]; pages: number }> {
  const entryFile = path.join(siteDir, builtPath(bundle), 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
  const index = entry.languages[lang] ?? Object.values(entry.languages)[0];
  if (!index) throw new Error(`${entryFile} lists no language: the search index is empty.`);
  const wasm = `wasm.${index.wasm ?? 'unknown'}.pagefind`;
  // The suggestions bundle may load the full bundle's copy (shared-wasm.ts).
  const ownWasm = existsSync(path.join(siteDir, builtPath(bundle), wasm));
  return {
    files: [
      `${bundle}pagefind-entry.json?ts=${encodeURIComponent(index.hash)}`,
      `${bundle}pagefind.${index.hash}.pf_meta`,
      `${ownWasm ? bundle : FULL_INDEX}${wasm}`,
    ],
    pages: index.page_count,
  };
}

/** Writes the preloads into the built search page in `siteDir`. */
export async function writeSearchPreloads(siteDir: string): Promise<void> {
  const pageFile = path.join(siteDir, SEARCH_PAGE);
  const html = await readFile(pageFile, 'utf8');
  if (!html.includes(SEARCH_PRELOADS_MARKER))
    throw new Error(
      `${SEARCH_PAGE} has no ${SEARCH_PRELOADS_MARKER} in its <head>: src/pages/search.astro must keep it for the search preloads.`,
    );
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
  const full = await bundleIndex(siteDir, FULL_INDEX, lang);
  const suggestions = await bundleIndex(siteDir, SUGGESTIONS_INDEX, lang);
  // Written only when a page has readers' questions (search-index.ts): the page's script searches
  // it only when this step says it is there.
  const asked = existsSync(path.join(siteDir, builtPath(QUESTIONS_INDEX), 'pagefind-entry.json'))
    ? await bundleIndex(siteDir, QUESTIONS_INDEX, lang)
    : undefined;
  // Where the suggestions and questions found go among the full text's results: the bundles small
  // enough to have the map (site-files.ts: `FULL_IDS_FILE`).
  const withFullIds = [SUGGESTIONS_INDEX, QUESTIONS_INDEX].filter((bundle) =>
    existsSync(path.join(siteDir, builtPath(bundle), FULL_IDS_FILE)),
  );
  // A large full index is searched in Pagefind's worker (site-files.ts), which fetches its own
  // files: preloading them on the page would only fetch them twice.
  const inWorker = full.pages >= SEARCH_WORKER_FROM_PAGES;
  // Each once: the bundles may share their WebAssembly (shared-wasm.ts).
  const files = [
    ...new Set([
      // The vocabulary the query pipeline reads before it searches.
      `${FULL_INDEX}${LANGUAGE_FILE}`,
      ...(inWorker ? [] : full.files),
      ...suggestions.files,
      // The questions are planned with the English words not to mend (understand.ts).
      ...(asked
        ? [
            ...asked.files,
            `${QUESTIONS_INDEX}${QUESTION_WORDS_FILE}`,
            `${FULL_INDEX}${REAL_WORDS_FILE}`,
          ]
        : []),
      ...withFullIds.map((bundle) => `${bundle}${FULL_IDS_FILE}`),
    ]),
  ];
  const links = [
    ...(withFullIds.length > 0
      ? [`<meta name="${FULL_IDS_META}" content="${withFullIds.join(' ')}">`]
      : []),
    ...(inWorker ? [`<meta name="${SEARCH_WORKER_META}" content="${FULL_INDEX}">`] : []),
    ...(asked ? [`<meta name="${QUESTIONS_META}" content="${QUESTIONS_INDEX}">`] : []),
    // Each bundle's own module: one module can search only one bundle (pagefind-client.ts).
    ...[FULL_INDEX, SUGGESTIONS_INDEX, ...(asked ? [QUESTIONS_INDEX] : [])].map(
      (b) => `<link rel="modulepreload" href="${b}pagefind.js">`,
    ),
    ...files.map(
      (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`,
    ),
  ];
  await writeFile(pageFile, html.replace(SEARCH_PRELOADS_MARKER, links.join('')));
}
