/**
 * The /search/ page: a query box, filter checkboxes with a count per value, and results, all kept
 * in the address (?q=…&type=…) with history.replaceState so a search can be shared. The result
 * count is announced through a polite live region.
 */
import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-facets.ts';
import { pagefindFilters, readSearchState, searchStateQuery, type SearchState } from '../../lib/search-url.ts';
import { FULL_INDEX, loadPagefind, type Pagefind, type PagefindSearch } from './pagefind-client.ts';
import { resultCountText, resultItem } from './render-results.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 250;

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLUListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const headerInput = document.querySelector<HTMLInputElement>('#search-field');

  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const box of boxes) box.checked = initial.filters[box.name as SearchFilter]?.includes(box.value) ?? false;

  let latest = 0;
  let filtersLoaded: Promise<unknown> | undefined;
  let current: PagefindSearch | undefined;
  let shown = 0;

  const run = async () => {
    const ticket = ++latest;
    const state = formState();
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);
    if (headerInput) headerInput.value = state.query;
    if (!state.query && !SEARCH_FILTERS.some((key) => state.filters[key].length > 0)) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      showCounts({});
      status.textContent = 'Enter a word or phrase, or choose a filter.';
      return;
    }
    try {
      const pagefind = await loadPagefind(FULL_INDEX);
      // Pagefind counts only the filters whose data it has loaded; this loads them all, once.
      filtersLoaded ??= pagefind.filters();
      await filtersLoaded;
      const search = await pagefind.search(state.query || null, { filters: pagefindFilters(state.filters) });
      const counts = await filterCounts(pagefind, state, search);
      if (ticket !== latest) return;
      current = search;
      shown = 0;
      list.replaceChildren();
      await showMore(ticket);
      showCounts(counts);
      status.textContent = `${resultCountText(search.results.length)}${state.query ? ` for ‘${state.query}’` : ''}${describeFilters(state)}`;
    } catch {
      if (ticket !== latest) return;
      status.textContent = 'Search could not load. Check your connection and try again, or browse the contract requirements.';
    }
  };

  const showMore = async (ticket = latest) => {
    if (!current) return;
    const next = await Promise.all(current.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...next.map((data) => resultItem(data)));
    shown += next.length;
    more.hidden = shown >= current.results.length;
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(run, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run();
  });
  for (const box of boxes) box.addEventListener('change', () => void run());
  more.addEventListener('click', () => {
    const first = shown;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  void run();

  function formState(): SearchState {
    const filters = Object.fromEntries(
      SEARCH_FILTERS.map((key) => [key, boxes.filter((b) => b.name === key && b.checked).map((b) => b.value)]),
    ) as Record<SearchFilter, string[]>;
    return { query: input.value.trim(), filters };
  }

  function showCounts(counts: Partial<Record<SearchFilter, Record<string, number>>>): void {
    for (const box of boxes) {
      const values = counts[box.name as SearchFilter];
      // Pagefind leaves out a value no indexed page has.
      const count = values ? (values[box.value] ?? 0) : undefined;
      const label = box.closest('[data-filter-item]')!.querySelector<HTMLElement>('[data-filter-count]')!;
      label.textContent = count === undefined ? '' : `(${count})`;
    }
  }
}

/**
 * How many results each filter value would give. Within a filter any chosen value matches, so a
 * filter's own counts come from a search with only the other filters applied.
 */
async function filterCounts(pagefind: Pagefind, state: SearchState, search: PagefindSearch) {
  const counts: Partial<Record<SearchFilter, Record<string, number>>> = {};
  for (const key of SEARCH_FILTERS) {
    if (state.filters[key].length === 0) {
      counts[key] = search.filters[key] ?? {};
    } else {
      const others = await pagefind.search(state.query || null, { filters: pagefindFilters({ ...state.filters, [key]: [] }) });
      counts[key] = others.filters[key] ?? {};
    }
  }
  return counts;
}

function describeFilters(state: SearchState): string {
  const chosen = SEARCH_FILTERS.flatMap((key) => state.filters[key]);
  return chosen.length > 0 ? `, filtered by ${chosen.join(', ')}` : '';
}
