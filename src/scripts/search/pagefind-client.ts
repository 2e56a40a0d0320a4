/**
 * Loads Pagefind's browser API from the built site (`/pagefind/pagefind.js`) once, with the site's
 * options. Only the search page and a focused header search box call this, so no other page
 * downloads anything for search.
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter value, how many results there would be with it added to the current filters. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, ready to search; the first call downloads and starts it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime URL, not a module Vite should bundle: the index is written after the pages are built.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
