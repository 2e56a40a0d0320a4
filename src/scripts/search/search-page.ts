/**
 * The /search/ page. The query runs through the same pipeline as the header box
 * (understand.ts), on the full text and on the suggestions, merged, so the page always holds what
 * the box suggested. Results come first; the filters are folded away above them and do no work
 * until opened (or chosen in the address). State is kept in the address (?q=…&type=…) with
 * history.replaceState so a search can be shared. A polite live region announces the count.
 */
import {
  GROUP_LABELS,
  isReaderRole,
  ownPageLabels,
  pagesRaisedOver,
  READER_GROUPS,
  REQUIREMENT_LABEL,
  TOOL_LABELS,
  type ReaderRole,
} from '../../lib/readers.ts';
import {
  asksOfTheContract,
  heardNotice,
  mayBePatients,
  sameTopicNotice,
} from '../../lib/search-asker.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-facets.ts';
import {
  coverPatients,
  staffTopics,
  matchNotice,
  mergeWithSuggestions,
  raiseReadersOwn,
} from '../../lib/search-pipeline.ts';
import {
  broadenedNotice,
  completedNotice,
  impliedNotice,
  correctedQuery,
  leftOutNotice,
  wordsListed,
  type PlanOptions,
} from '../../lib/search-query.ts';
import {
  pagefindFilters,
  readSearchState,
  searchStateQuery,
  type SearchState,
} from '../../lib/search-url.ts';
import {
  FULL_INDEX,
  hasQuestions,
  loadFullIds,
  loadPagefind,
  QUESTIONS_INDEX,
  pagesWithFilter,
  pagesWithFilters,
  SUGGESTIONS_INDEX,
  type MergedBundle,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-client.ts';
import { readerRole, setReaderRole } from './reader-role.ts';
import { atSuggestedTerm, element, resultCountText, resultItem } from './render-results.ts';
import { searchWithPlan, SUGGESTIONS_SHOWN } from './understand.ts';

const PAGE_SIZE = 20;
/** Pages the readers' questions found that are merged into the results. */
const ASKED_SHOWN = 5;
/** How long the results wait for the readers' questions once the other searches have answered. */
const ASKED_GRACE_MS = 1000;
/** Results shown before the rest of the first page has loaded. */
const FIRST_SHOWN = 3;
const TYPING_DELAY_MS = 250;
/** The labels of the patients' pages and of the staff's guidance (readers.ts). */
const PATIENTS_LABEL: string = READER_GROUPS.patients.label;
const STAFF_LABELS = new Set(GROUP_LABELS.filter((label) => label !== PATIENTS_LABEL));

/** A result on the page: its full-index id and how to load what it shows. */
interface Listed {
  id: string;
  data(): Promise<PagefindResultData>;
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const role = form.querySelector<HTMLSelectElement>('#search-role')!;
  const filters = form.querySelector<HTMLDetailsElement>('#search-filters')!;
  const filtersSummary = filters.querySelector<HTMLElement>('.nhsuk-details__summary-text')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const notice = root.querySelector<HTMLElement>('#search-notice')!;
  const list = root.querySelector<HTMLUListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const headerInput = document.querySelector<HTMLInputElement>('#search-field');
  // The contract requirements pages can be on, as the filters list them.
  const requirements = boxes.filter((b) => b.name === 'requirement').map((b) => b.value);

  const initial = readSearchState(new URLSearchParams(location.search));
  // The header box's form sends the query as typed. A space after the last word says the word is
  // whole, and the box planned it so; without one, it may be cut short ("discharge summ"), and the
  // box read it as the beginning of words: the page reads it as the box did, so pressing Enter
  // shows every page the box suggested.
  const sent = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial.query && /\s$/.test(sent) ? `${initial.query} ` : initial.query;
  for (const box of boxes)
    box.checked = initial.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
  role.value = readerRole() ?? '';
  // Filters chosen in a shared address are shown, so the reader sees why results are narrowed.
  if (SEARCH_FILTERS.some((key) => initial.filters[key].length > 0)) filters.open = true;

  let latest = 0;
  let current: Listed[] = [];
  let shown = 0;
  /** The search whose results `current` holds: "Show more" adds to that search only. */
  let currentTicket = 0;

  const run = async () => {
    const ticket = ++latest;
    // The results on screen are about to be replaced: "Show more" no longer applies to them, and
    // the rest of an earlier search's page will not be added.
    more.hidden = true;
    list.removeAttribute('aria-busy');
    const state = formState();
    // As it was sent: a space after the last word keeps it whole, in the address and the box.
    const whole = /\s$/.test(input.value);
    const sentQuery = whole && state.query ? `${state.query} ` : state.query;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${searchStateQuery({ ...state, query: sentQuery })}`,
    );
    if (headerInput) headerInput.value = sentQuery;
    const chosen = SEARCH_FILTERS.flatMap((key) => state.filters[key]);
    filtersSummary.textContent =
      chosen.length > 0 ? `Filter results (${chosen.length} chosen)` : 'Filter results';
    if (!state.query && chosen.length === 0) {
      current = [];
      list.replaceChildren();
      notice.replaceChildren();
      more.hidden = true;
      showCounts(undefined);
      status.textContent = 'Enter a word or phrase, or choose a filter.';
      return;
    }
    try {
      const { listed, said } = await find(state, { typing: !whole });
      const filtering = chosen.length > 0 || filters.open;
      const sets = filtering ? await filterSets() : undefined;
      if (ticket !== latest) return;
      current = sets ? listed.filter((r) => passes(r.id, state, sets)) : listed;
      currentTicket = ticket;
      shown = 0;
      list.replaceChildren();
      notice.replaceChildren(...said);
      await showMore(ticket);
      // A newer search finished while these results were loading: it has the last word.
      if (ticket !== latest) return;
      showCounts(sets && countValues(listed, state, sets));
      status.textContent = `${resultCountText(current.length)}${state.query ? ` for ‘${state.query}’` : ''}${describeFilters(state)}`;
    } catch {
      if (ticket !== latest) return;
      status.textContent =
        'Search could not load. Check your connection and try again, or browse the contract requirements.';
    }
  };

  /** The results for the words, and what to tell the reader about how they were found. */
  async function find(
    { query, filters: chosen }: SearchState,
    planning: PlanOptions,
  ): Promise<{ listed: Listed[]; said: HTMLElement[] }> {
    if (!query) {
      const pagefind = await loadPagefind(FULL_INDEX);
      const all = await pagefind.search(null, { filters: pagefindFilters(chosen) });
      return { listed: all.results.map((r) => ({ id: r.id, data: () => r.data() })), said: [] };
    }
    const reader = isReaderRole(role.value) ? role.value : undefined;
    const filtered = SEARCH_FILTERS.some((key) => chosen[key].length > 0);
    // A chosen role is known now: what ranking for it needs loads beside the searches.
    if (reader) void readersAndTopics().catch(() => undefined);
    const searched = Promise.all([
      // The first few full-text results are usually among the first shown once the suggestions
      // are merged in, so their fragments start downloading now, beside the other searches, not
      // after the merge (a few small files wasted when the merge puts others first).
      searchWithPlan(FULL_INDEX, query, reader, planning).then((found) => {
        for (const { result } of found.found.results.slice(0, FIRST_SHOWN))
          void result.data().catch(() => undefined);
        // A role heard in the question: what ranking for it needs loads beside the suggestions.
        if (found.heard) void readersAndTopics().catch(() => undefined);
        return found;
      }),
      foundAsPages(SUGGESTIONS_INDEX, query, reader, planning, SUGGESTIONS_SHOWN),
    ]);
    // The pages the readers' questions find: an extra, so a failure to load or search the bundle
    // changes nothing, and one still loading `ASKED_GRACE_MS` after the other two have answered is
    // left out. (A page only they found is shown from its record's fragment, which, like any
    // result's, must load.)
    const askedFor = hasQuestions()
      ? foundAsPages(QUESTIONS_INDEX, query, reader, planning, ASKED_SHOWN).catch(() => [])
      : Promise.resolve([]);
    const late = searched.then(
      () => new Promise<Listed[]>((done) => setTimeout(done, ASKED_GRACE_MS, [])),
    );
    const [[full, suggested], asked] = await Promise.all([
      searched,
      Promise.race([askedFor, late]),
    ]);
    // Shown as the full text has it when the full text found it too; if not, as the best
    // suggestion for it has it (a glossary term's own address), else as the questions have it,
    // with its summary and no excerpt: the questions are not the page's words.
    const byId = new Map<string, Listed>();
    // A page the suggestions found too is shown as the full text has it, at the term they named
    // for the glossary (render-results.ts: `atSuggestedTerm`).
    const bestSuggested = new Map<string, Listed>();
    for (const page of suggested) if (!bestSuggested.has(page.id)) bestSuggested.set(page.id, page);
    for (const { result } of full.found.results) {
      const term = bestSuggested.get(result.id);
      byId.set(result.id, {
        id: result.id,
        data: term
          ? async () => {
              const data = await result.data();
              if (data.meta.type !== 'Glossary') return data;
              // An extra: if the suggestion's record cannot load, the full text's term stands.
              const named = await term.data().catch(() => undefined);
              return named ? atSuggestedTerm(data, named) : data;
            }
          : () => result.data(),
      });
    }
    for (const { id, data } of suggested) if (!byId.has(id)) byId.set(id, { id, data });
    for (const { id, data } of asked)
      if (!byId.has(id))
        byId.set(id, {
          id,
          data: async () => ({ ...(await data()), excerpt: '', sub_results: [] }),
        });
    const merged = mergeWithSuggestions(
      full.found.results.map((r) => ({ id: r.result.id, score: r.score })),
      suggested.map((page) => page.id),
      full.preferred,
      // Every suggested page on the first page of results, with room for the one page the
      // reader's own may add above it (raisedForReader, below).
      PAGE_SIZE - 1,
      asked.map((page) => page.id),
    );
    const asker = reader ?? full.heard;
    // The reader's own page on a topic above another reader's guidance: not when the reader has
    // narrowed the results with filters (the page raised might pass them while the one it goes
    // with does not), and an extra, so a failure to load what it needs leaves the order alone.
    // With nobody said or heard, the same for the patients' page on the topic of a question that
    // may be a patient's (search-pipeline.ts: `coverPatients`).
    const order =
      asker && !filtered
        ? await raisedForReader(
            merged,
            asker,
            byId,
            // As corrected: "contarct" is the contract.
            asksOfTheContract(correctedQuery(query, full.plan)),
          ).catch(() => merged)
        : !filtered && mayBePatients(correctedQuery(query, full.plan))
          ? await patientsCovered(merged, byId).catch(() => merged)
          : merged;
    // A page that holds none of the words leads: the reader is told why.
    const added = order.find((id) => !merged.includes(id));
    const said: HTMLElement[] = [];
    const { plan } = full;
    if (plan.corrections.length > 0) {
      const meant = correctedQuery(query, plan);
      const line = element('p', 'nhsuk-body app-search-did-you-mean');
      const link = element('a', 'nhsuk-link', meant);
      link.href = `/search/?q=${encodeURIComponent(meant)}`;
      line.append(
        'Did you mean ',
        link,
        '? No page uses ',
        wordsListed(
          plan.corrections.map((c) => c.from),
          'or',
        ),
        ', so the results are for ',
        element('strong', '', meant),
        '.',
      );
      said.push(line);
    }
    for (const line of [
      broadenedNotice(plan),
      completedNotice(plan),
      impliedNotice(plan),
      leftOutNotice(plan),
    ])
      if (line) said.push(element('p', 'nhsuk-body', line));
    if (full.heard && order.length > 0)
      said.push(element('p', 'nhsuk-body', heardNotice(full.heard)));
    if (asker && added) said.push(element('p', 'nhsuk-body', sameTopicNotice(asker)));
    const howFound = matchNotice(full.found.mode);
    if (howFound && order.length > 0) said.push(element('p', 'nhsuk-body', howFound));
    return { listed: order.map((id) => byId.get(id)!), said };
  }

  /**
   * The first `count` records a search of the suggestions or the questions finds, as the full
   * index's pages: by the bundle's id map where the build wrote one (pagefind-client.ts:
   * `loadFullIds`), so a record's fragment is downloaded only if its page is shown and the full text
   * did not find it; by the id in the record's fragment where there is no map, it failed to load,
   * or it lacks the record (a map cached from an earlier build).
   */
  async function foundAsPages(
    bundle: MergedBundle,
    query: string,
    reader: ReaderRole | undefined,
    planning: PlanOptions,
    count: number,
  ): Promise<Listed[]> {
    const [{ found }, fullIds] = await Promise.all([
      searchWithPlan(bundle, query, reader, planning),
      loadFullIds(bundle)?.catch(() => undefined),
    ]);
    const pages = await Promise.all(
      found.results.slice(0, count).map(async ({ result }): Promise<Listed | undefined> => {
        const id = fullIds?.get(result.id);
        if (id) return { id, data: () => result.data() };
        const data = await result.data();
        return data.meta.full ? { id: data.meta.full, data: async () => data } : undefined;
      }),
    );
    return pages.filter((page) => page !== undefined);
  }

  /**
   * The pages of each reader group, toolkit and resource, and the pages on each requirement, from
   * the index's filters.
   */
  async function readersAndTopics() {
    const [byReader, byTopic] = await Promise.all([
      Promise.all(
        [...GROUP_LABELS, ...TOOL_LABELS, REQUIREMENT_LABEL].map(
          async (label) => [label, await pagesWith('reader', label)] as const,
        ),
      ),
      Promise.all(
        requirements.map(async (value) => [value, await pagesWith('requirement', value)] as const),
      ),
    ]);
    return { byReader, byTopic };
  }

  /**
   * `order` with the reader's own page on a contract requirement just above another reader's
   * guidance on it (search-pipeline.ts: `raiseReadersOwn`). Which pages are whose, and which are
   * on each requirement, come from the index's filters. Every page on a requirement is put in
   * `byId`, so a page added can be shown.
   */
  async function raisedForReader(
    order: string[],
    role: ReaderRole,
    byId: Map<string, Listed>,
    askingOfTheContract: boolean,
  ): Promise<string[]> {
    const ownLabels = new Set(ownPageLabels(role));
    const overLabels = new Set(pagesRaisedOver(role, askingOfTheContract));
    const { byReader, byTopic } = await readersAndTopics();
    // The reader's own pages (for a manager, the toolkits and resources too), and the pages they
    // go above: the other reader groups' guidance (for a patient, the requirement too).
    const own = new Set<string>();
    const others = new Set<string>();
    // Over a requirement, only a page of theirs the words found (search-pipeline.ts).
    const foundOnlyOver = new Set<string>();
    for (const [label, pages] of byReader)
      for (const { id } of pages)
        if (ownLabels.has(label)) own.add(id);
        else if (overLabels.has(label)) {
          others.add(id);
          if (label === REQUIREMENT_LABEL) foundOnlyOver.add(id);
        }
    for (const id of own) others.delete(id);
    for (const [, pages] of byTopic)
      for (const page of pages)
        if (!byId.has(page.id)) byId.set(page.id, { id: page.id, data: () => page.data() });
    return raiseReadersOwn(
      order,
      { own, others, foundOnlyOver },
      new Map(byTopic.map(([topic, pages]) => [topic, pages.map((p) => p.id)])),
    );
  }

  /**
   * `order` with the patients' page on its topic among the first three (search-pipeline.ts:
   * `coverPatients`). Whose the first three are, and their topics, comes from their own data,
   * which the page shows anyway; the patients' pages on a topic two of them share, from one search
   * by reader and topic. Nothing more is loaded unless a staff guidance page could make room.
   */
  async function patientsCovered(order: string[], byId: Map<string, Listed>): Promise<string[]> {
    const top = order.slice(0, 3);
    if (top.length < 3) return order;
    const data = await Promise.all(top.map((id) => byId.get(id)!.data()));
    const pages = {
      patients: new Set<string>(),
      staffGuidance: new Set<string>(),
      requirementPages: new Set<string>(),
    };
    const topics = new Map<string, string[]>();
    top.forEach((id, i) => {
      const filters = data[i]!.filters ?? {};
      const readers = filters.reader ?? [];
      if (readers.includes(PATIENTS_LABEL)) pages.patients.add(id);
      if (readers.some((label) => STAFF_LABELS.has(label))) pages.staffGuidance.add(id);
      if (readers.includes(REQUIREMENT_LABEL)) pages.requirementPages.add(id);
      for (const topic of filters.requirement ?? [])
        topics.set(topic, [...(topics.get(topic) ?? []), id]);
    });
    const shared = staffTopics(order, pages, topics);
    if (shared.length === 0) return order;
    await Promise.all(
      shared.map(async (topic) => {
        const found = await pagesWithFilters(FULL_INDEX, {
          reader: [PATIENTS_LABEL],
          requirement: [topic],
        });
        for (const { id } of found) {
          pages.patients.add(id);
          topics.get(topic)!.push(id);
        }
      }),
    );
    return coverPatients(order, pages, topics);
  }

  /**
   * Shows the next page of results. The first few are shown as soon as their fragments arrive, the
   * rest of the page after: the first result is on screen after a few small downloads, not twenty.
   * `onFirstShown` runs once the first few are on the page.
   */
  async function showMore(ticket: number, onFirstShown?: () => void): Promise<void> {
    const page = current.slice(shown, shown + PAGE_SIZE);
    // Claimed before any wait, and the button hidden meanwhile: a second click cannot show the
    // same results twice.
    shown += page.length;
    more.hidden = true;
    try {
      // The rest of the page is asked for only once the first few are in, so their downloads do
      // not compete with the ones the reader is waiting for.
      const first = page.slice(0, FIRST_SHOWN);
      const rest = page.slice(FIRST_SHOWN);
      const shownFirst = await Promise.all(first.map((r) => r.data()));
      if (ticket !== latest) return;
      list.append(...shownFirst.map((data) => resultItem(data)));
      onFirstShown?.();
      if (rest.length === 0) return;
      // More are on their way to the list: it is busy until they are in.
      list.setAttribute('aria-busy', 'true');
      // Asking for the rest costs the main thread a few milliseconds a result: the first results
      // are painted before it starts, not after.
      await afterNextPaint();
      if (ticket !== latest) return;
      const shownRest = await Promise.all(rest.map((r) => r.data()));
      if (ticket !== latest) return;
      list.append(...shownRest.map((data) => resultItem(data)));
    } catch (error) {
      // Back to what is on screen, with the button, so the reader can try again.
      if (ticket === latest) shown = list.childElementCount;
      throw error;
    } finally {
      if (ticket === latest) {
        more.hidden = shown >= current.length;
        list.removeAttribute('aria-busy');
      }
    }
  }

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
  role.addEventListener('change', () => {
    setReaderRole(isReaderRole(role.value) ? role.value : undefined);
    void run();
  });
  // "I am a…" changed on another page of the site: follow it.
  addEventListener('storage', () => {
    if (role.value === (readerRole() ?? '')) return;
    role.value = readerRole() ?? '';
    void run();
  });
  // The counts are worked out only when the reader opens the filters.
  filters.addEventListener('toggle', () => {
    if (filters.open) void run();
  });
  more.addEventListener('click', () => {
    // Already loading (a hidden button can still be clicked from script or a fast double press).
    if (more.hidden) return;
    // The search these results belong to: a newer search must not be focused into or told off.
    const ticket = currentTicket;
    const first = shown;
    // The button is hidden while the results load, so focus, left on nothing, goes to the first new
    // result as soon as it is there; a reader who has moved on meanwhile keeps their place.
    const lost = () => document.activeElement === document.body || document.activeElement === more;
    showMore(ticket, () => {
      if (lost()) list.children[first]?.querySelector('a')?.focus();
    }).catch(() => {
      if (ticket !== latest) return;
      status.textContent = 'More results could not load. Check your connection and try again.';
      if (lost()) more.focus();
    });
  });
  void run();

  function formState(): SearchState {
    const chosen = Object.fromEntries(
      SEARCH_FILTERS.map((key) => [
        key,
        boxes.filter((b) => b.name === key && b.checked).map((b) => b.value),
      ]),
    ) as Record<SearchFilter, string[]>;
    return { query: input.value.trim(), filters: chosen };
  }

  /** Shows each value's count and hides values no result has (unless chosen). */
  function showCounts(counts: Map<string, number> | undefined): void {
    for (const box of boxes) {
      const count = counts?.get(filterKey(box.name, box.value));
      const item = box.closest<HTMLElement>('[data-filter-item]')!;
      item.querySelector<HTMLElement>('[data-filter-count]')!.textContent =
        count === undefined ? '' : `(${count})`;
      item.hidden = count === 0 && !box.checked;
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = [...group.querySelectorAll<HTMLElement>('[data-filter-item]')].every(
        (item) => item.hidden,
      );
    }
  }

  function filterSets(): Promise<Map<string, Set<string>>> {
    return loadFilterSets(boxes.map((b) => [b.name as SearchFilter, b.value]));
  }
}

/**
 * The pages with each filter value, by full-index id: one search by filter alone per value, once
 * per visit. Counting and narrowing then happen on the page's own merged results, so the counts
 * always describe the list shown, and a search never waits on filters the reader did not open.
 */
let filterSetsLoading: Promise<Map<string, Set<string>>> | undefined;
function loadFilterSets(values: [SearchFilter, string][]): Promise<Map<string, Set<string>>> {
  filterSetsLoading ??= (async () => {
    const sets = await Promise.all(
      values.map(
        async ([key, value]) =>
          [filterKey(key, value), new Set((await pagesWith(key, value)).map((r) => r.id))] as const,
      ),
    );
    return new Map(sets);
  })();
  filterSetsLoading.catch(() => (filterSetsLoading = undefined));
  return filterSetsLoading;
}

/** The full index's pages with one value of a filter. */
function pagesWith(key: string, value: string): Promise<PagefindResult[]> {
  return pagesWithFilter(FULL_INDEX, key, [value]);
}

function filterKey(key: string, value: string): string {
  return `${key}=${value}`;
}

/** Whether a page has one of the chosen values of every filter in use, leaving out `except`. */
function passes(
  id: string,
  state: SearchState,
  sets: Map<string, Set<string>>,
  except?: SearchFilter,
): boolean {
  return SEARCH_FILTERS.every(
    (key) =>
      key === except ||
      state.filters[key].length === 0 ||
      state.filters[key].some((v) => sets.get(filterKey(key, v))?.has(id)),
  );
}

/**
 * How many results each value would give. Within a filter any chosen value matches, so a filter's
 * own counts leave that filter out.
 */
function countValues(
  listed: Listed[],
  state: SearchState,
  sets: Map<string, Set<string>>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, ids] of sets) {
    const filter = key.slice(0, key.indexOf('=')) as SearchFilter;
    counts.set(
      key,
      listed.filter((r) => ids.has(r.id) && passes(r.id, state, sets, filter)).length,
    );
  }
  return counts;
}

/**
 * Resolves once the browser has painted what the page holds now: just after the next frame. A tab
 * in the background paints nothing, so there it resolves at once; the timer covers a tab hidden
 * meanwhile (about 100 ms; longer in a background tab, where browsers slow timers down).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

function describeFilters(state: SearchState): string {
  const chosen = SEARCH_FILTERS.flatMap((key) => state.filters[key]);
  return chosen.length > 0 ? `, filtered by ${chosen.join(', ')}` : '';
}
