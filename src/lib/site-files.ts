/**
 * Addresses of the files the build writes into the site and the browser code fetches, defined
 * once so the build step that writes a file and the script that loads it cannot drift apart.
 * Plain constants: safe to import from build scripts and from code that runs in the browser.
 */

/** Every word of every indexed page, for the search page: `/pagefind/pagefind.js`. */
export const FULL_INDEX = '/pagefind/';

/** Titles and everyday keywords only, for the header box's suggestions as you type. */
export const SUGGESTIONS_INDEX = '/pagefind/suggest/';

/**
 * The questions readers ask of each page, in their own words (its frontmatter's `questions`), for
 * the search page: one record per page, each carrying the full index's id for its page.
 */
export const QUESTIONS_INDEX = '/pagefind/questions/';

/** In the questions bundle's folder: the words only the questions use, for the query planner. */
export const QUESTION_WORDS_FILE = 'words.json';

/**
 * In the suggestions' and the questions' bundle folders: each record's id with the full index's id
 * of its page (`{"en_1a2b3c4": "en_5d6e7f8"}`), so the search page can merge them into the full
 * text's results without downloading each record's fragment first. Written for a bundle of at most
 * `FULL_IDS_MAX_RECORDS` records: about 7 bytes a record once compressed, so a larger map would
 * cost a slow connection more than the few fragments it saves (at 5,000 records, 33 KB against five
 * fragments of half a kilobyte). Without one, the search page reads the id in each fragment.
 */
export const FULL_IDS_FILE = 'full-ids.json';
export const FULL_IDS_MAX_RECORDS = 1000;

/** The `<meta>` the build writes on the search page naming the bundles with a `FULL_IDS_FILE`. */
export const FULL_IDS_META = 'app-search-full-ids';

/** The `<meta>` the build writes on the search page when it has written the questions bundle. */
export const QUESTIONS_META = 'app-search-questions';

/**
 * The search vocabulary, in the full bundle's folder (scripts/build-steps/search-language.ts): the
 * words on two pages or more with the phrases, loaded with a first query, and the words on one page
 * only, loaded when a query needs them (src/lib/search-query.ts: `planWithRareWords`).
 */
export const LANGUAGE_FILE = 'language.json';
export const RARE_WORDS_FILE = 'language-rare.json';
/**
 * English words no page uses that are one slip from a word pages do ("though", "seems"), loaded
 * with the words on one page only: a word spelt right is not mended into another
 * (src/lib/search-query.ts: `withRealWords`).
 */
export const REAL_WORDS_FILE = 'language-english.json';

/**
 * Files Pagefind writes that the site's scripts never load (its own search UI, its language-less
 * WebAssembly, the other bundles' copies of the highlighter), as globs within the built site:
 * the offline service worker does not precache them and the build makes no brotli copy of them.
 */
export const PAGEFIND_FILES_UNUSED = [
  `${builtPath(FULL_INDEX)}/**/pagefind-*ui.*`,
  `${builtPath(FULL_INDEX)}/**/wasm.unknown.pagefind`,
  `${builtPath(SUGGESTIONS_INDEX)}/pagefind-highlight.js`,
  `${builtPath(QUESTIONS_INDEX)}/pagefind-highlight.js`,
  // The readers' questions are searched on the page at any size (search-page.ts).
  `${builtPath(QUESTIONS_INDEX)}/pagefind-worker.js`,
];

/**
 * From this many pages, the search page searches the full text in Pagefind's Web Worker rather than
 * on the page. A search on the page answers sooner on a small site (no worker to start: about
 * 200 ms less to the first result on the real site's 74 pages), but on a large one a search can
 * hold the page for most of a second (720 ms at 5,000 bench documents, Lighthouse performance 44,
 * against 91 with the worker). The suggestions index stays on the page at any size: it is small.
 */
export const SEARCH_WORKER_FROM_PAGES = 500;

/** The `<meta>` the build writes on the search page naming the bundles searched in a worker. */
export const SEARCH_WORKER_META = 'app-search-worker';

/** The offline service worker, generated last by the build and registered by every page. */
export const SERVICE_WORKER = '/sw.js';

/** A site address as a path inside the built site's folder: `/pagefind/suggest/` → `pagefind/suggest`. */
export function builtPath(address: string): string {
  return address.replace(/^\/+|\/+$/g, '');
}
