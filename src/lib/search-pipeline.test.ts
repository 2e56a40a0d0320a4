import { describe, expect, it } from 'vitest';
import {
  coverPatients,
  staffTopics,
  matchNotice,
  mergeWithSuggestions,
  raiseReadersOwn,
  rankForReader,
  readerWeights,
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
    expect(rankForReader(ranked, readerWeights(['c'], [])).map((r) => r.result.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(rankForReader(ranked, undefined).map((r) => r.result.id)).toEqual(['a', 'b', 'c']);
  });

  it("puts the kind of page asked for above the reader's own guidance", () => {
    // a: the reader's guidance, matching best; t: a template, at three quarters of a's score.
    const ranked = [3, 2.2, 1].map((score, i) => ({
      result: { id: 'atx'[i]!, score },
      score,
      everyWord: true,
    }));
    const order = (weights: ReturnType<typeof readerWeights>) =>
      rankForReader(ranked, weights).map((r) => r.result.id);
    // Asked for, with the reader's own pages ranked too: three times, over the guidance's double.
    expect(order(readerWeights(['a'], ['t']))).toEqual(['t', 'a', 'x']);
    expect(readerWeights(['a'], ['t'])?.get('t')).toBe(3);
    // With no role, the kind asked for counts double, as the reader's own pages do.
    expect(order(readerWeights([], ['t']))).toEqual(['t', 'a', 'x']);
    expect(readerWeights([], ['t'])?.get('t')).toBe(2);
    expect(readerWeights(['a'], [])?.get('a')).toBe(2);
    expect(readerWeights([], [])).toBeUndefined();
  });
});

describe('raiseReadersOwn', () => {
  // One letter a page: practices' guidance p (shared care) and q (fit notes); patients' guidance k
  // (shared care only) and m (shared care and fit notes); r the requirement page on shared care,
  // for everyone; x, y and z on no topic.
  const topics = new Map([
    ['shared-care', ['r', 'p', 'k', 'm']],
    ['fit-notes', ['q', 'm']],
  ]);
  const patient = { own: new Set(['k', 'm']), others: new Set(['p', 'q']) };
  const raise = (order: string) => raiseReadersOwn([...order], patient, topics).join('');

  it("puts the reader's page on a topic just above another reader's guidance on it, moving nothing else", () => {
    // The page on the fewest topics (k) is raised, not the one ranked higher (m).
    expect(raise('xpymk')).toBe('xkpym');
  });

  it('puts only a page the words found above a page it may go over only so (a requirement)', () => {
    const overRequirement = {
      ...patient,
      others: new Set(['p', 'q', 'r']),
      foundOnlyOver: new Set(['r']),
    };
    const raiseOver = (order: string) =>
      raiseReadersOwn([...order], overRequirement, topics).join('');
    // m was found: it goes above r. Nothing of the patient's was found: r stays first.
    expect(raiseOver('rxm')).toBe('mrx');
    expect(raiseOver('rxy')).toBe('rxy');
    // Over another reader's guidance, a page not found is still added.
    expect(raiseOver('pxy')).toBe('kpxy');
  });

  it('adds the reader’s page on the topic when the words did not find it', () => {
    expect(raise('qxy')).toBe('mqxy');
  });

  it('raises one page at most', () => {
    // Without the limit, m would go above q too.
    expect(raise('pqx')).toBe('kpqx');
  });

  it('leaves the order alone when the reader’s page is above already, or the other is far down', () => {
    expect(raise('mqx')).toBe('mqx');
    // Never moved down to sit above the other page.
    expect(raise('kxp')).toBe('kxp');
    expect(raise('mxp')).toBe('mxp');
    expect(raise('xyzp')).toBe('xyzp');
    // A page for everyone (the requirement) is not another reader's.
    expect(raise('rxy')).toBe('rxy');
    const noPagesOfTheirs = { own: new Set<string>(), others: new Set(['p']) };
    expect(raiseReadersOwn(['p', 'x'], noPagesOfTheirs, topics)).toEqual(['p', 'x']);
  });
});

describe('coverPatients', () => {
  // One letter a page, on fit notes: r the requirement page, p the practices' guidance, h the
  // hospital teams', k the patients'; t a toolkit (on every topic); x and y on no topic; s the
  // practices' guidance on shared care and m the patients' page on it.
  const topics = new Map([
    ['fit-notes', ['r', 'p', 'h', 'k', 't']],
    ['shared-care', ['s', 'm', 't']],
  ]);
  const pages = {
    patients: new Set(['k', 'm']),
    staffGuidance: new Set(['p', 'h', 's']),
    requirementPages: new Set(['r']),
  };
  const cover = (order: string) => coverPatients([...order], pages, topics).join('');

  it("puts the patients' page third when the first three are staff pages on its topic", () => {
    // The lowest staff guidance below the first becomes fourth; the others keep their order.
    expect(cover('phrxk')).toBe('prkhx');
    expect(cover('rphxk')).toBe('rpkhx');
    // Two staff pages on the topic are enough, with anything as the third.
    expect(cover('rhxk')).toBe('rxkh');
  });

  it("brings up the patients' page only from among the first ten", () => {
    expect(cover('phrxyyyyyk')).toBe('prkhxyyyyy');
    expect(cover('phrxyyyyyyk')).toBe('phrxyyyyyyk');
  });

  it('moves neither the first result, the requirement nor a toolkit', () => {
    // p is first, r is the requirement, t a toolkit: nothing may make room.
    expect(cover('prtk')).toBe('prtk');
    expect(cover('ptrk')).toBe('ptrk');
  });

  it("leaves the order alone with a patients' page in the first three, or none on the topic", () => {
    expect(cover('pkhr')).toBe('pkhr');
    expect(cover('phrxm')).toBe('phrxm');
    // One staff page on each topic shares nothing.
    expect(cover('psxkm')).toBe('psxkm');
    expect(cover('ph')).toBe('ph');
  });
});

describe('staffTopics', () => {
  const topics = new Map([
    ['fit-notes', ['r', 'p', 'h', 'k']],
    ['shared-care', ['s', 'p']],
  ]);
  const pages = {
    patients: new Set(['k']),
    staffGuidance: new Set(['p', 'h', 's']),
    requirementPages: new Set(['r']),
  };
  it("names the topics two of the first three staff pages share, none with a patients' page there", () => {
    expect(staffTopics([...'rphx'], pages, topics)).toEqual(['fit-notes']);
    expect(staffTopics([...'psh'], pages, topics)).toEqual(['fit-notes', 'shared-care']);
    expect(staffTopics([...'rkp'], pages, topics)).toEqual([]);
    expect(staffTopics([...'rp'], pages, topics)).toEqual([]);
    // The first result and the requirement's own page make no room.
    expect(staffTopics([...'prx'], pages, topics)).toEqual([]);
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
    expect(mergeWithSuggestions(ranked('abc'), ['a', 'c'], readerWeights(['c'], []))[0]).toBe('c');
    expect(mergeWithSuggestions(ranked('abc'), ['a', 'c'], readerWeights(['b'], []))[0]).toBe('a');
    // Not one the full text ranks low and the box does not suggest.
    expect(mergeWithSuggestions(ranked('abcdef'), ['a'], readerWeights(['f'], []))[0]).toBe('a');
  });

  it('counts the full text for more than the suggestions, which read only titles and keywords', () => {
    // "Leaving hospital" second in the full text; pages with "hospital" in their titles suggested.
    const merged = mergeWithSuggestions(ranked('xl'), ['t1', 't2', 't3', 'x']);
    expect(merged.slice(0, 2)).toEqual(['x', 'l']);
    // Counted as much as the full text, the box's first suggestion would come second.
    expect(mergeWithSuggestions(ranked('xl'), ['t1', 'x'])[1]).toBe('l');
  });

  it('keeps every suggested page among the first page of results', () => {
    const full = ranked('abcdefgh');
    const merged = mergeWithSuggestions(full, ['s', 't'], undefined, 4);
    expect(merged.slice(0, 4)).toEqual(expect.arrayContaining(['s', 't']));
    // The pages they displace follow them, in order, and nothing is lost.
    expect(merged).toEqual(['a', 'b', 's', 't', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(mergeWithSuggestions(full, ['s', 't'])).toHaveLength(10);
  });

  it('counts a page suggested several times (glossary terms) once, at its best rank', () => {
    const merged = mergeWithSuggestions(ranked('abg'), ['b', 'g', 'g', 'g', 'g']);
    expect(merged).toEqual(['b', 'g', 'a']);
  });

  it("adds the pages the readers' questions found, as a third list weighed as the suggestions", () => {
    // "sick line after op": the page readers ask it of holds none of the words.
    const merged = mergeWithSuggestions(ranked('abcd'), ['a'], undefined, 20, ['q', 'a']);
    expect(merged).toEqual(['a', 'b', 'q', 'c', 'd']);
    // Found by the questions and the full text, a page rises above one the full text put first.
    expect(mergeWithSuggestions(ranked('abc'), [], undefined, 20, ['b'])[0]).toBe('b');
    // Not kept among the first page of results as a suggestion is: it is not what the box showed.
    expect(mergeWithSuggestions(ranked('abcd'), [], undefined, 2, ['q'])).toEqual([
      'a',
      'b',
      'q',
      'c',
      'd',
    ]);
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
    expect(mergeWithSuggestions(full, ['a'], readerWeights(['b'], []))[0]).toBe('b');
    expect(mergeWithSuggestions(full, ['a'], undefined)[0]).toBe('a');
  });
});
