/**
 * Loads Pagefind's browser API from the built site once per bundle, with the site's options. The
 * build writes three bundles (scripts/build-steps/search-index.ts): the full index for the search
 * page, a small index of titles and everyday keywords for the header box, and the readers' questions
 * for the search page. Only the search page and a focused header search box call this, so no other
 * page downloads anything for search.
 */
import type { SearchLanguage } from '../../lib/search-query.ts';
import {
  FULL_IDS_FILE,
  FULL_IDS_META,
  FULL_INDEX,
  LANGUAGE_FILE,
  QUESTION_WORDS_FILE,
  QUESTIONS_INDEX,
  QUESTIONS_META,
  RARE_WORDS_FILE,
  REAL_WORDS_FILE,
  SEARCH_WORKER_META,
  SUGGESTIONS_INDEX,
} from '../../lib/site-files.ts';
import { keepLatest } from '../../lib/kept-loads.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** The page's sections (headings with an id) that hold the words, each with its own address. */
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, how many results there would be with it added to the current filters. */
  filters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The bundles (src/lib/site-files.ts): the search page's full text, the header box's suggestions,
 * and the readers' questions the search page also searches.
 */
export { FULL_INDEX, QUESTIONS_INDEX, SUGGESTIONS_INDEX };

export type Bundle = typeof FULL_INDEX | typeof SUGGESTIONS_INDEX | typeof QUESTIONS_INDEX;

/** Whether the build wrote the questions bundle (only when a page has readers' questions). */
export function hasQuestions(): boolean {
  return document.querySelector(`meta[name="${QUESTIONS_META}"]`) !== null;
}

/**
 * `load` run once, its promise shared by every caller; a failure is not kept, so the next call
 * tries again (back on the network).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  return keepLatest(1, load);
}

/**
 * The indexed words on two pages or more and the phrases (scripts/build-steps/search-language.ts),
 * fetched once, with the first query: no page downloads it before a search.
 */
export const loadLanguage = loadOnce(() =>
  fetchJson<SearchLanguage>(`${FULL_INDEX}${LANGUAGE_FILE}`),
);

/**
 * The words on one page only (the rest of the vocabulary), fetched once, when a query first needs
 * them (understand.ts).
 */
export const loadRareWords = loadOnce(() => fetchJson<string[]>(`${FULL_INDEX}${RARE_WORDS_FILE}`));

/**
 * The English words no page uses that a slip would be mended from (`SearchLanguage.realWords`),
 * fetched once, beside the rare words.
 */
export const loadRealWords = loadOnce(() => fetchJson<string[]>(`${FULL_INDEX}${REAL_WORDS_FILE}`));

/** The words only the readers' questions use (scripts/build-steps/search-index.ts), fetched once. */
export const loadQuestionWords = loadOnce(() =>
  fetchJson<string[]>(`${QUESTIONS_INDEX}${QUESTION_WORDS_FILE}`),
);

/**
 * The full index's id of each suggestion's or question's page (scripts/build-steps/search-index.ts:
 * `writeFullIds`), fetched once per bundle: the search page merges what they find into the full
 * text's results without downloading their fragments. Undefined for a bundle the build wrote no
 * map for (too large to be worth it, site-files.ts: `FULL_IDS_MAX_RECORDS`).
 */
export function loadFullIds(bundle: MergedBundle): Promise<Map<string, string>> | undefined {
  return bundlesNamed(FULL_IDS_META).includes(bundle) ? fullIdsOf[bundle]() : undefined;
}

/** The bundles whose records the search page merges into the full text's results. */
export type MergedBundle = typeof SUGGESTIONS_INDEX | typeof QUESTIONS_INDEX;

const fullIdsOf: Record<MergedBundle, () => Promise<Map<string, string>>> = {
  [SUGGESTIONS_INDEX]: loadOnce(() => fetchFullIds(SUGGESTIONS_INDEX)),
  [QUESTIONS_INDEX]: loadOnce(() => fetchFullIds(QUESTIONS_INDEX)),
};

async function fetchFullIds(bundle: MergedBundle): Promise<Map<string, string>> {
  const ids = await fetchJson<Record<string, string>>(
    `${bundle}${FULL_IDS_FILE}`,
    'The pages the search suggestions and questions stand for',
  );
  return new Map(Object.entries(ids));
}

async function fetchJson<T>(url: string, what = 'The search vocabulary'): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} could not load (${response.status}).`);
  return (await response.json()) as T;
}

/**
 * Pagefind over the bundle at `bundle`, ready to search; the first call downloads and starts it. A
 * failed download may succeed later (back on the network): the next call tries again.
 */
export const loadPagefind = keepLatest(
  Number.POSITIVE_INFINITY,
  async (bundle: Bundle): Promise<Pagefind> => {
    // A runtime URL, not a module Vite should bundle: the index is written after the pages are built.
    // Each bundle has its own copy of the module: one module holds one WebAssembly instance, so
    // its `createInstance` cannot search two bundles side by side.
    const url = `${bundle}pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    const cacheTag = preloadedCacheTag(bundle);
    await api.options({
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      // Pagefind searches in a shared Web Worker by default. A bundle is searched on the page
      // instead unless the build says it is large (src/lib/site-files.ts): it saves the worker's
      // download, its start-up and a message round trip per search (measured on the search page
      // opened with ?q=; bench/measure-search.ts). (An option of Pagefind 1.6's pagefind.js, not
      // yet in its documentation; tests/browser/search.test.ts checks that the header box, on
      // the real site's small index, loads no worker.)
      noWorker: !searchedInWorker(bundle),
      // Pagefind asks for its entry file with a new `?ts=` each time, so nothing can fetch it
      // ahead. The search page preloads it with the index's own hash as `ts`
      // (scripts/build-steps/search-preloads.ts); given that tag, Pagefind asks for that address.
      ...(cacheTag ? { metaCacheTag: cacheTag } : {}),
      // A suggestion is a title and its page's own everyday keywords: more keywords must not
      // make a page's title count for less, so "fit note" suggests the requirement "Fit notes"
      // as readily as the guidance titled "Fit notes: …". The full text keeps the default.
      ...(bundle === SUGGESTIONS_INDEX ? { ranking: { pageLength: 0 } } : {}),
    });
    await api.init();
    return api;
  },
);

/**
 * Searches by words kept for the visit, across the bundles: a question searches each of its parts
 * on its own as well as whole (search-pipeline.ts: `runPlan`), and the next question, or the same
 * one typed on, searches most of them again. A few kilobytes each.
 */
const WORD_SEARCHES_KEPT = 500;

/**
 * Pagefind's results for `words` in a bundle. The same words searched again in the visit answer
 * at once with the same results (`WORD_SEARCHES_KEPT`); a failed search is tried again.
 */
export const searchWords = keepLatest(
  WORD_SEARCHES_KEPT,
  (bundle: Bundle, words: string): Promise<PagefindResult[]> =>
    loadPagefind(bundle)
      .then((pagefind) => pagefind.search(words))
      .then((found) => found.results),
);

/**
 * The pages of a bundle with any of `values` of one filter (Pagefind's search by filter alone), once
 * a visit: the reader ranking, the filter counts and the reader's own page on a topic all ask. A
 * failed download is not kept, so the next call tries again.
 */
export function pagesWithFilter(
  bundle: Bundle,
  filter: string,
  values: readonly string[],
): Promise<PagefindResult[]> {
  return pagesWithFilters(bundle, { [filter]: values });
}

/** The pages of a bundle with any of the values of every filter given, as `pagesWithFilter`. */
export const pagesWithFilters = keepLatest(
  Number.POSITIVE_INFINITY,
  (bundle: Bundle, filters: Record<string, readonly string[]>): Promise<PagefindResult[]> => {
    const any = Object.fromEntries(
      Object.entries(filters).map(([filter, values]) => [filter, { any: [...values] }]),
    );
    return loadPagefind(bundle)
      .then((pagefind) => pagefind.search(null, { filters: any }))
      .then((found) => found.results);
  },
);

/** Whether the build asks for `bundle` to be searched in Pagefind's worker (a large index). */
function searchedInWorker(bundle: string): boolean {
  return bundlesNamed(SEARCH_WORKER_META).includes(bundle);
}

/** The bundles the build names in the search page's `<meta name>` (search-preloads.ts). */
function bundlesNamed(name: string): string[] {
  const named = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  return named?.content.split(/\s+/) ?? [];
}

/** The `ts` of the entry file the page preloads for `bundle`, if it preloads one. */
function preloadedCacheTag(bundle: string): string | undefined {
  const link = document.querySelector<HTMLLinkElement>(
    `link[rel="preload"][href^="${bundle}pagefind-entry.json?ts="]`,
  );
  return link ? (new URL(link.href).searchParams.get('ts') ?? undefined) : undefined;
}
