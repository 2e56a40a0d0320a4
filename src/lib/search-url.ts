/**
 * The search page's state in its address: `?q=fit+note&type=Guidance&audience=GPs`, so a search
 * can be shared, bookmarked, and reached from the header form (GET /search/?q=…).
 */
import { SEARCH_FILTERS, type SearchFilter } from './search-facets.ts';

export interface SearchState {
  query: string;
  /** Selected values per filter; a result must match one of the values of every filter used. */
  filters: Record<SearchFilter, string[]>;
}

/** Reads the query and selected filters from a query string; unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((key) => [
      key,
      [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))],
    ]),
  ) as Record<SearchFilter, string[]>;
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state back as a query string (`?q=…&type=…`), leaving out what is empty. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FILTERS)
    for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: any of the chosen values within a filter, every filter that is used. */
export function pagefindFilters(
  filters: Partial<Record<SearchFilter, string[]>>,
): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values! }]),
  );
}
