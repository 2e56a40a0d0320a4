/**
 * Runs a planned query (search-query.ts) against a search index, the same way for the header box
 * and the search page, so the two views agree. Pagefind matches only pages holding every word:
 * - for a short query that enough pages hold in full, those pages, in Pagefind's order;
 * - for a longer question, or when few or no pages hold every word, each part is also searched on
 *   its own (with its other names), and pages are ranked by the weight of the parts they hold,
 *   scaled by Pagefind's score for each, with a bonus for holding them all. The reader is told.
 * The index is passed in (`SearchIndex`), so this runs in unit tests without a browser.
 */
import { allWordsQuery, type QueryPlan } from './search-query.ts';

/** A result as Pagefind gives it: an id, a score, and its data, loaded on demand. */
export interface IndexResult {
  id: string;
  score: number;
}

export interface SearchIndex<R extends IndexResult> {
  search(term: string): Promise<R[]>;
}

/** How the results relate to the words: every word, or most of them. */
export type MatchMode = 'every-word' | 'some-every-word' | 'most-words' | 'nothing';

export interface RankedResult<R extends IndexResult> {
  result: R;
  /** Higher is better; comparable within one run. */
  score: number;
  /** Whether the page holds every part of the query. */
  everyWord: boolean;
}

export interface PipelineResults<R extends IndexResult> {
  results: RankedResult<R>[];
  mode: MatchMode;
}

/** Below this many pages with every word, pages with most of the words are added. */
export const ENOUGH_RESULTS = 3;

export async function runPlan<R extends IndexResult>(
  plan: QueryPlan,
  index: SearchIndex<R>,
): Promise<PipelineResults<R>> {
  if (plan.parts.length === 0) return { results: [], mode: 'nothing' };
  const all = await index.search(allWordsQuery(plan));
  const single = plan.parts.length === 1 && plan.parts[0]!.alternatives.length === 0;
  // A short query with enough pages holding it: Pagefind's own order is the best there is.
  if (single || (all.length >= ENOUGH_RESULTS && plan.parts.length <= 2)) {
    return {
      results: all.map((result) => ({ result, score: result.score, everyWord: true })),
      mode: all.length > 0 ? 'every-word' : 'nothing',
    };
  }
  // A long question, or one few pages hold in full: a page about it may not hold every word.
  const weighed = await weighParts(plan, index, all);
  if (weighed.length === 0) return { results: weighed, mode: 'nothing' };
  return { results: weighed, mode: all.length > 0 ? 'some-every-word' : 'most-words' };
}

/**
 * Searches each part on its own (with its other names) and ranks pages by the weight of the parts
 * they hold, each scaled by the page's Pagefind score for it against the best page's. Pages with
 * every word get a bonus, not a guaranteed lead: a long page can hold every word of a question in
 * passing, while the page about it holds its rarest words in its title.
 */
async function weighParts<R extends IndexResult>(
  plan: QueryPlan,
  index: SearchIndex<R>,
  all: R[],
): Promise<RankedResult<R>[]> {
  const perPart = await Promise.all(
    plan.parts.map((part) =>
      Promise.all([part.words, ...part.alternatives].map((words) => index.search(words.join(' ')))),
    ),
  );
  const totalWeight = plan.parts.reduce((sum, p) => sum + p.weight, 0);
  const merged = new Map<string, RankedResult<R>>();
  // Scaled by Pagefind's score for the whole query, which allows for a page's length.
  const best = Math.max(...all.map((r) => r.score), 0) || 1;
  for (const result of all)
    merged.set(result.id, {
      result,
      score: (EVERY_WORD_BONUS * totalWeight * result.score) / best,
      everyWord: true,
    });
  plan.parts.forEach((part, i) => {
    const shares = new Map<string, { result: R; share: number }>();
    for (const results of perPart[i]!) {
      const top = Math.max(...results.map((r) => r.score), 0) || 1;
      for (const result of results) {
        const share = result.score / top;
        if ((shares.get(result.id)?.share ?? 0) < share) shares.set(result.id, { result, share });
      }
    }
    for (const [id, { result, share }] of shares) {
      const entry = merged.get(id) ?? { result, score: 0, everyWord: false };
      entry.score += part.weight * share;
      merged.set(id, entry);
    }
  });
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** The bonus for holding every word, as a share of the weight of all the parts. */
const EVERY_WORD_BONUS = 0.5;

/** What each page ranked first counts for: its score is multiplied by it (`readerWeights`). */
export type ReaderWeights = ReadonlyMap<string, number>;

/**
 * The weights of the pages ranked first: the reader's own pages (`own`, for their role, chosen or
 * heard) count double; the kind of page the question asks for (`askedFor`: a toolkit, template or
 * the glossary) counts double too, or three times when the reader has pages of their own, so a GP
 * asking for "a ready made letter" finds the template letters above the GP guidance that uses more
 * of the words. Undefined when there are none.
 */
export function readerWeights(
  own: readonly string[],
  askedFor: readonly string[],
): ReaderWeights | undefined {
  if (own.length === 0 && askedFor.length === 0) return undefined;
  const weights = new Map<string, number>(own.map((id) => [id, 2]));
  for (const id of askedFor) weights.set(id, own.length > 0 ? 3 : 2);
  return weights;
}

/**
 * Puts the reader's own pages first without hiding the others: pages in `preferred` have their
 * score multiplied by their weight (`readerWeights`), so they lead unless another page matches the
 * words far better.
 */
export function rankForReader<R extends IndexResult>(
  results: RankedResult<R>[],
  preferred: ReaderWeights | undefined,
): RankedResult<R>[] {
  if (!preferred || preferred.size === 0) return results;
  const scored = results.map((r, order) => ({
    r,
    order,
    score: r.score * readerWeight(r.result.id, preferred),
  }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ r }) => r);
}

/**
 * Puts the reader's own page on a topic just above another reader's guidance on it: the first such
 * guidance among the first `SIBLING_REACH` results that has none of the reader's pages on its
 * topics above it. A family asking "my mum's GP won't take over her methotrexate" finds the
 * practices' shared care page by its words; the patients' page on shared care, written in plainer
 * words, is put just above it. One page is raised at most, and the others keep their order: this
 * works on the search page's final order (`order`, ids). `topics` lists the pages on each topic (a
 * contract requirement); of a reader's pages on the topics shared, the one on the fewest topics is
 * chosen (the most about it), then the one ranked highest. A page the words did not find is added.
 */
export function raiseReadersOwn(
  order: readonly string[],
  {
    own,
    others,
    foundOnlyOver,
  }: {
    own: ReadonlySet<string>;
    others: ReadonlySet<string>;
    /**
     * Pages of `others` above which only a page of the reader's the words found is put (a patient's
     * page above the requirement page): a requirement's topic is wide, and a page the words did not
     * find may not be about the question at all.
     */
    foundOnlyOver?: ReadonlySet<string>;
  },
  topics: ReadonlyMap<string, readonly string[]>,
): string[] {
  const topicsOf = new Map<string, string[]>();
  for (const [topic, ids] of topics)
    for (const id of ids) topicsOf.set(id, [...(topicsOf.get(id) ?? []), topic]);
  const result = [...order];
  const rank = (id: string) => {
    const at = result.indexOf(id);
    return at < 0 ? Infinity : at;
  };
  for (const other of order.slice(0, SIBLING_REACH)) {
    if (!others.has(other)) continue;
    const mine = [
      ...new Set((topicsOf.get(other) ?? []).flatMap((topic) => topics.get(topic) ?? [])),
    ].filter((id) => own.has(id) && (!foundOnlyOver?.has(other) || rank(id) !== Infinity));
    if (mine.length === 0 || mine.some((id) => rank(id) < rank(other))) continue;
    const [best] = mine.sort(
      (a, b) => topicsOf.get(a)!.length - topicsOf.get(b)!.length || rank(a) - rank(b),
    );
    if (rank(best!) !== Infinity) result.splice(rank(best!), 1);
    result.splice(rank(other), 0, best!);
    break;
  }
  return result;
}

/** Whose each of the first results is, as `coverPatients` reads them. */
export interface CoveredPages {
  patients: ReadonlySet<string>;
  staffGuidance: ReadonlySet<string>;
  requirementPages: ReadonlySet<string>;
}

/**
 * The requirements (topics) whose patients' page `coverPatients` may bring up: those on which two
 * or more of the first three results are staff pages (the requirement's own page, or the
 * practices', hospital teams' or managers' guidance on it), when none of the three is for patients
 * and a staff guidance page on one of them, below the first, can make room. None otherwise, so the
 * search page looks for no patients' page.
 */
export function staffTopics(
  order: readonly string[],
  pages: CoveredPages,
  topics: ReadonlyMap<string, readonly string[]>,
): string[] {
  const top = order.slice(0, 3);
  if (top.length < 3 || top.some((id) => pages.patients.has(id))) return [];
  const staff = top.filter((id) => pages.staffGuidance.has(id) || pages.requirementPages.has(id));
  const shared = [...topics].filter(
    ([, ids]) => staff.filter((id) => ids.includes(id)).length >= 2,
  );
  return roomMadeBy(
    top,
    pages,
    shared.map(([, ids]) => ids),
  )
    ? shared.map(([topic]) => topic)
    : [];
}

/** The lowest staff guidance page below the first of `top` on one of the `shared` topics. */
function roomMadeBy(
  top: readonly string[],
  pages: CoveredPages,
  shared: readonly (readonly string[])[],
): string | undefined {
  return top
    .slice(1)
    .reverse()
    .find((id) => pages.staffGuidance.has(id) && shared.some((ids) => ids.includes(id)));
}

/**
 * For a reader who has not said who they are, and whose question does not say: when two of the
 * first three results are staff pages on one contract requirement (`staffTopics`), the patients'
 * page on it that the words found among the first `PATIENTS_REACH` is put third. "sick note after
 * op" found the practices', the hospital teams' and the requirement's pages on fit notes; the one
 * for the person off work was fourth. Room is made by the lowest staff guidance page on the topic
 * below the first, which becomes fourth; the first result, the requirement's own page, and a
 * toolkit or resource (on every requirement, and asked for by name) stay among the first three, in
 * their order.
 */
export function coverPatients(
  order: readonly string[],
  pages: CoveredPages,
  topics: ReadonlyMap<string, readonly string[]>,
): string[] {
  const shared = staffTopics(order, pages, topics).map((topic) => topics.get(topic)!);
  const theirs = order
    .slice(3, PATIENTS_REACH)
    .find((id) => pages.patients.has(id) && shared.some((ids) => ids.includes(id)));
  const top = order.slice(0, 3);
  const moved = roomMadeBy(top, pages, shared);
  if (!theirs || !moved) return [...order];
  const kept = top.filter((id) => id !== moved);
  return [...kept, theirs, moved, ...order.slice(3).filter((id) => id !== theirs)];
}

/** How far down the patients' page may be for `coverPatients` to bring it up: the first ten. */
export const PATIENTS_REACH = 10;

/** How far down another reader's guidance may be to have the reader's own page put above it. */
const SIBLING_REACH = 3;

/** What a page's score is multiplied by: its weight in `preferred`, 1 for the rest. */
function readerWeight(id: string, preferred: ReaderWeights | undefined): number {
  return preferred?.get(id) ?? 1;
}

/** A plain sentence saying how the results relate to the words, or undefined when all match. */
export function matchNotice(mode: MatchMode): string | undefined {
  if (mode === 'most-words') return 'No page has every word; showing pages with most of them.';
  if (mode === 'some-every-word')
    return 'Not every page shown has every word; the best matches come first.';
  return undefined;
}

/**
 * The search page's order: its own full-text results merged with what the header box suggests for
 * the same words, so Enter never shows fewer or other pages than the box did. Reciprocal rank
 * fusion: a page near the top of either list comes near the top, one high in both comes first.
 * The reader's own pages (`preferred`) count as in `rankForReader`. Ids are the full
 * index's (each suggestion carries its page's full-index id); a page suggested more than once (the
 * glossary, term by term) counts once, at its best rank.
 *
 * The suggestions count for less than the full text: they read only titles and everyday
 * keywords, so a question's common words ("hospital", "letter") find every page with them in its
 * title, while the full text weighs every word on the whole page. (Counted equally, the patients'
 * pages with "hospital" in their titles came above "Leaving hospital" for "mum came home from
 * hospital with hardly any tablets". Over 750 blind questions, three quarters found 6 more answers
 * in the top 3 than equal weight, and kept the tuned list's 70 of 71; a half found one more blind
 * but two fewer of the tuned list; a quarter, and none, fewer.) Each suggested page is still kept
 * within the first `firstPage` results.
 *
 * The pages the readers' questions found (`askedIds`: the questions bundle's first few, by the
 * pages' full-index ids) are a third list, weighed as `ASKED_WEIGHT`: a question worded as readers
 * word it finds the page they meant, though the page may not use their words.
 *
 * Fusion sees ranks, not scores, so a page the full text puts far ahead of the rest could sink
 * below pages merely in both lists, though the suggestions read only titles and keywords. A
 * full-text first that leads the second by `CLEAR_LEAD` or more is therefore shown first.
 */
export function mergeWithSuggestions(
  full: readonly IndexResult[],
  suggestedIds: readonly string[],
  preferred?: ReaderWeights,
  firstPage = Infinity,
  askedIds: readonly string[] = [],
): string[] {
  const FUSION = 5;
  const score = new Map<string, number>();
  // A page counts once per list, at its best rank: the glossary's terms are suggested one by one,
  // and five of them would otherwise add up to put the glossary above the page that answers.
  const add = (ids: readonly string[], weight: number) =>
    [...new Set(ids)].forEach((id, rank) =>
      score.set(id, (score.get(id) ?? 0) + weight / (FUSION + rank)),
    );
  add(
    full.map((r) => r.id),
    1,
  );
  add(suggestedIds, SUGGESTIONS_WEIGHT);
  add(askedIds, ASKED_WEIGHT);
  const weighed = (id: string) => score.get(id)! * readerWeight(id, preferred);
  let order = [...score.keys()].sort((a, b) => weighed(b) - weighed(a));
  // A page alone in holding the words in full text leads by any measure, so it comes first, even
  // above a page of the reader's that only the suggestions found.
  const [first, second] = full.map((r) => r.score * readerWeight(r.id, preferred));
  if (first !== undefined && (second === undefined || first >= CLEAR_LEAD * second)) {
    const leader = full[0]!.id;
    order = [leader, ...order.filter((id) => id !== leader)];
  }
  return withinFirst(order, new Set(suggestedIds), firstPage);
}

/** What a suggestion counts for in `mergeWithSuggestions`, against 1 for the full text. */
const SUGGESTIONS_WEIGHT = 0.75;

/**
 * What a page the readers' questions found counts for in `mergeWithSuggestions`, as a suggestion
 * does (over 396 listed questions, 0.5, 1 and more of them made no difference beyond one or two).
 */
const ASKED_WEIGHT = 0.75;

/**
 * `order` with every id of `kept` among its first `count`: any further down are put at the end of
 * the first `count`, and the last pages there that are not kept follow them.
 */
function withinFirst(order: string[], kept: ReadonlySet<string>, count: number): string[] {
  const late = order.slice(count).filter((id) => kept.has(id));
  if (late.length === 0) return order;
  const first = order.slice(0, count);
  const bumped = new Set(first.filter((id) => !kept.has(id)).slice(-late.length));
  const moved = new Set([...late, ...bumped]);
  return [
    ...first.filter((id) => !bumped.has(id)),
    ...late,
    ...first.filter((id) => bumped.has(id)),
    ...order.slice(count).filter((id) => !moved.has(id)),
  ];
}

/** How far a full-text first must lead the second, as a ratio of their scores, to stay first. */
export const CLEAR_LEAD = 1.25;
