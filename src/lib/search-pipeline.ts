/**
 * Runs a planned query (search-query.ts) against a search index, the same way for the header box
 * and the search page, so the two views agree. Pagefind matches only pages holding every word:
 * - when enough pages hold every word, those are the results, in Pagefind's order;
 * - when few or none do, each part is also searched on its own (with its other names), and pages
 *   are ranked by the weight of the parts they hold, scaled by Pagefind's score for each: pages
 *   with every word first, then those with the most informative words. The reader is told.
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

export async function runPlan<R extends IndexResult>(plan: QueryPlan, index: SearchIndex<R>): Promise<PipelineResults<R>> {
  if (plan.parts.length === 0) return { results: [], mode: 'nothing' };
  const all = await index.search(allWordsQuery(plan));
  const single = plan.parts.length === 1 && plan.parts[0]!.alternatives.length === 0;
  if (all.length >= ENOUGH_RESULTS || single) {
    return { results: all.map((result) => ({ result, score: result.score, everyWord: true })), mode: all.length > 0 ? 'every-word' : 'nothing' };
  }
  const perPart = await Promise.all(
    plan.parts.map((part) => Promise.all([part.words, ...part.alternatives].map((words) => index.search(words.join(' '))))),
  );
  const merged = new Map<string, RankedResult<R>>();
  const best = Math.max(...all.map((r) => r.score), 0) || 1;
  for (const result of all) merged.set(result.id, { result, score: 0, everyWord: true });
  plan.parts.forEach((part, i) => {
    // A page's share of this part: its best score among the part's names, against the top score.
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
  const totalWeight = plan.parts.reduce((sum, p) => sum + p.weight, 0);
  for (const entry of merged.values()) {
    // Pages with every word stay first, in Pagefind's order for the whole query.
    if (entry.everyWord) entry.score = totalWeight * 2 + entry.result.score / best;
  }
  const results = [...merged.values()].sort((a, b) => b.score - a.score);
  if (results.length === 0) return { results, mode: 'nothing' };
  return { results, mode: all.length > 0 ? 'some-every-word' : 'most-words' };
}

/**
 * Puts the reader's own pages first without hiding the others: pages in `preferred` (ids of the
 * pages for the reader's role) have their score doubled, within pages that hold the same words.
 */
export function rankForReader<R extends IndexResult>(results: RankedResult<R>[], preferred: ReadonlySet<string> | undefined): RankedResult<R>[] {
  if (!preferred || preferred.size === 0) return results;
  const scored = results.map((r, order) => ({ r, order, score: r.score * (preferred.has(r.result.id) ? 2 : 1) }));
  return scored
    .sort((a, b) => Number(b.r.everyWord) - Number(a.r.everyWord) || b.score - a.score || a.order - b.order)
    .map(({ r }) => r);
}

/** A plain sentence saying how the results relate to the words, or undefined when all match. */
export function matchNotice(mode: MatchMode): string | undefined {
  if (mode === 'most-words') return 'No page has every word; showing pages with most of them.';
  if (mode === 'some-every-word') return 'Few pages have every word; pages with most of them follow.';
  return undefined;
}

/**
 * The search page's order: its own full-text results merged with what the header box suggests for
 * the same words, so Enter never shows fewer or other pages than the box did. Reciprocal rank
 * fusion: a page near the top of either list comes near the top, one high in both comes first.
 * Ids are the full index's (each suggestion carries its page's full-index id).
 */
export function mergeWithSuggestions(fullIds: readonly string[], suggestedIds: readonly string[]): string[] {
  const FUSION = 5;
  const score = new Map<string, number>();
  const add = (ids: readonly string[]) =>
    ids.forEach((id, rank) => score.set(id, (score.get(id) ?? 0) + 1 / (FUSION + rank)));
  add(fullIds);
  add(suggestedIds);
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)!);
}
