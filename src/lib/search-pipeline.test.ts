import { describe, expect, it } from 'vitest';
import {
  matchNotice,
  mergeWithSuggestions,
  raiseReadersOwn,
  rankForReader,
  runPlan,
  type IndexResult,
} from './search-pipeline.ts';
import { planQuery, type SearchLanguage } from './search-query.ts';

const language: SearchLanguage = {
  pages: 4,
  words: {
    hospital: 4,
    rejected: 1,
    referral: 2,
    letter: 2,
    clinic: 1,
    book: 1,
    choose: 1,
    'e-rs': 1,
  },
  phrases: [['e-RS', 'Choose and Book']],
};

/** A tiny index of pages and their words: a page matches when it holds every word searched. */
function fakeIndex(pages: Record<string, string[]>) {
  const searched: string[] = [];
  return {
    searched,
    async search(term: string): Promise<IndexResult[]> {
      searched.push(term);
      const words = term.split(' ');
      return Object.entries(pages)
        .filter(([, held]) => words.every((w) => held.includes(w)))
        .map(([id, held]) => ({ id, score: words.length / held.length }));
    },
  };
}

const pages = {
  access: ['hospital', 'rejected', 'referral'],
  ers: ['e-rs', 'referral'],
  letters: ['hospital', 'clinic', 'letter'],
  other: ['hospital', 'letter'],
};

describe('runPlan', () => {
  it('returns the pages with every word when there are enough of them', async () => {
    const index = fakeIndex({ a: ['hospital'], b: ['hospital'], c: ['hospital'] });
    const { results, mode } = await runPlan(planQuery('hospital', language), index);
    expect(results.map((r) => r.result.id)).toEqual(['a', 'b', 'c']);
    expect(mode).toBe('every-word');
    expect(index.searched).toEqual(['hospital']);
  });

  it('shows pages with most of the words when none has every word, rarest words first', async () => {
    const { results, mode } = await runPlan(
      planQuery('hospital rejected my clinic referral', language),
      fakeIndex(pages),
    );
    expect(results[0]?.result.id).toBe('access');
    expect(results.map((r) => r.result.id)).toEqual(
      expect.arrayContaining(['access', 'letters', 'ers', 'other']),
    );
    expect(mode).toBe('most-words');
    expect(matchNotice(mode)).toBe('No page has every word; showing pages with most of them.');
  });

  it('finds a page by another name of the thing asked about', async () => {
    const { results } = await runPlan(
      planQuery('choose and book referral', language),
      fakeIndex(pages),
    );
    expect(results[0]?.result.id).toBe('ers');
  });

  it('keeps pages with every word first when a few have them', async () => {
    const { results, mode } = await runPlan(
      planQuery('hospital clinic letter', language),
      fakeIndex(pages),
    );
    expect(results.map((r) => [r.result.id, r.everyWord])).toEqual([
      ['letters', true],
      ['other', false],
      ['access', false],
    ]);
    expect(mode).toBe('some-every-word');
  });

  it('says so when nothing is found', async () => {
    const { results, mode } = await runPlan(planQuery('zzqxv', language), fakeIndex(pages));
    expect(results).toEqual([]);
    expect(mode).toBe('nothing');
  });
});

describe('rankForReader', () => {
  it("puts the reader's own pages first without hiding the others", () => {
    // c's score is under half of a's: doubled, it comes first.
    const ranked = [3, 2.5, 2].map((score, i) => ({
      result: { id: 'abc'[i]!, score },
      score,
      everyWord: true,
    }));
    expect(rankForReader(ranked, new Set(['c'])).map((r) => r.result.id)).toEqual(['c', 'a', 'b']);
    expect(rankForReader(ranked, undefined).map((r) => r.result.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('raiseReadersOwn', () => {
  const result = (id: string, score = 0) => ({ id, score });
  const ranked = (scores: Record<string, number>) =>
    Object.entries(scores).map(([id, score]) => ({
      result: result(id, score),
      score,
      everyWord: true,
    }));
  // Practices' pages p1, p2; patients' pages k1 (one topic), k2 (two topics).
  const topics = new Map([
    ['shared-care', [result('p1'), result('k1'), result('k2')]],
    ['fit-notes', [result('p2'), result('k2')]],
  ]);
  const patients = new Set(['k1', 'k2']);
  const order = (results: { result: IndexResult }[]) => results.map((r) => r.result.id);

  it("puts the reader's page on a topic above another reader's page on it", () => {
    // The practices' shared care page leads on the words; the patients' page on it comes first,
    // and the patients' page on two topics is not raised over it.
    const raised = raiseReadersOwn(ranked({ p1: 10, x: 8, k2: 1, k1: 0.5 }), patients, topics);
    expect(order(raised)).toEqual(['k1', 'p1', 'x', 'k2']);
    // Still first once weighed for the reader, as the search page merges.
    expect(order(rankForReader(raised, patients))).toEqual(['k1', 'p1', 'x', 'k2']);
  });

  it('adds the reader’s page on the topic when the words did not find it', () => {
    expect(order(raiseReadersOwn(ranked({ p2: 4, x: 3 }), patients, topics))).toEqual([
      'k2',
      'p2',
      'x',
    ]);
  });

  it('leaves the order alone with no reader, or when the others are far down the list', () => {
    const results = ranked({ p1: 10, x: 8 });
    expect(order(raiseReadersOwn(results, undefined, topics))).toEqual(['p1', 'x']);
    const later = ranked({ a: 10, b: 9, c: 8, p1: 7 });
    expect(order(raiseReadersOwn(later, patients, topics))).toEqual(['a', 'b', 'c', 'p1']);
  });
});

describe('mergeWithSuggestions', () => {
  /** Full-text results in this order, each scoring a little below the one before: no clear lead. */
  const ranked = (ids: string) => [...ids].map((id, i) => ({ id, score: 10 - i * 0.5 }));

  it('keeps every suggested page, and puts a page high in both lists first', () => {
    const merged = mergeWithSuggestions(ranked('abcd'), ['c', 'x']);
    expect(merged[0]).toBe('c');
    expect(merged).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'x']));
    expect(merged).toHaveLength(5);
  });

  it("puts the reader's pages that rank well in either list first", () => {
    expect(mergeWithSuggestions(ranked('abc'), ['a', 'c'], new Set(['c']))[0]).toBe('c');
    expect(mergeWithSuggestions(ranked('abc'), ['a', 'c'], new Set(['b']))[0]).toBe('a');
  });

  it('counts a page suggested several times (glossary terms) once, at its best rank', () => {
    const merged = mergeWithSuggestions(ranked('abg'), ['b', 'g', 'g', 'g', 'g']);
    expect(merged).toEqual(['b', 'g', 'a']);
  });

  it('leaves the full-text order alone when nothing is suggested', () => {
    expect(mergeWithSuggestions(ranked('ab'), [])).toEqual(['a', 'b']);
  });

  it('keeps first a full-text page far ahead of the rest, though others are also suggested', () => {
    // The toolkit holding every word of "terms of reference interface group" against a page with
    // "interface group" in its title.
    const full = [
      { id: 'toolkit', score: 8 },
      { id: 'about', score: 5 },
      { id: 'glossary', score: 3.6 },
    ];
    const merged = mergeWithSuggestions(full, ['about', 'glossary', 'x']);
    expect(merged[0]).toBe('toolkit');
    expect(merged).toEqual(expect.arrayContaining(['about', 'glossary', 'x']));
    // Without the lead, the pages in both lists come first.
    expect(mergeWithSuggestions(ranked('tag'), ['a', 'g', 'x'])[0]).toBe('a');
  });

  it("measures the lead on the reader's own ranking", () => {
    // b is the reader's page: doubled, it leads a by 1.6 times.
    const full = [
      { id: 'b', score: 4 },
      { id: 'a', score: 5 },
    ];
    expect(mergeWithSuggestions(full, ['a'], new Set(['b']))[0]).toBe('b');
    expect(mergeWithSuggestions(full, ['a'], new Set())[0]).toBe('a');
  });
});
