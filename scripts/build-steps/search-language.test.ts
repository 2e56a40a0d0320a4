import { describe, expect, it } from 'vitest';
import { withRareWords } from '../../src/lib/search-query.ts';
import {
  englishWords,
  realWordsNear,
  searchLanguage,
  splitLanguage,
  type IndexedPage,
} from './search-language.ts';

const page = (content: string, meta: Record<string, string> = {}): IndexedPage => ({
  id: 'x',
  url: '/x/',
  content,
  meta,
  filters: {},
});

describe('searchLanguage', () => {
  it('counts the pages using each word, once per page, with the parts of hyphenated words', () => {
    const language = searchLanguage([
      page('Send the e-RS referral. Referral.'),
      page('A referral', { keywords: 'choose and book' }),
    ]);
    expect(language.pages).toBe(2);
    expect(language.words).toMatchObject({ referral: 2, 'e-rs': 1, ers: 1, rs: 1, choose: 1 });
  });

  it('counts a contract clause with its sub-number as Pagefind holds it, as one word', () => {
    const language = searchLanguage([
      page('Service condition 11 (SC11.5) and SC6.2A.'),
      page('SC11.5, SC11.4.2'),
      page('Version 2.1 of the form'),
    ]);
    expect(language.words).toMatchObject({ sc11: 2, '5': 2, sc115: 2, sc62a: 1 });
    // Not a clause with a deeper number (Pagefind holds "sc1142"), nor a number with a decimal
    // point: "2.1" is not the word "21".
    expect(language.words).not.toHaveProperty('sc114');
    expect(language.words).not.toHaveProperty('21');
  });

  it('takes phrases from requirement keywords and names from glossary terms, once each', () => {
    const terms = JSON.stringify([
      { id: 'dna', term: 'Did not attend (DNA)', alsoKnownAs: ['DNA', 'missed appointment'] },
    ]);
    const language = searchLanguage([
      page('', { keywords: 'missed appointment, fit note' }),
      page('', { keywords: 'fit note' }),
      page('', { terms, keywords: 'Did not attend (DNA), DNA, missed appointment' }),
    ]);
    expect(language.phrases).toEqual([
      ['fit note'],
      ['Did not attend', 'DNA', 'missed appointment'],
    ]);
  });
});

describe('splitLanguage', () => {
  it('keeps the words on one page only apart, and they join back into the same vocabulary', () => {
    const language = searchLanguage([
      page('Send the referral letter 1073.', { keywords: 'fit note' }),
      page('A referral letter'),
    ]);
    const { common, rare } = splitLanguage(language);
    expect(common).toEqual({
      pages: 2,
      words: { letter: 2, referral: 2 },
      phrases: [['fit note']],
      partial: true,
    });
    expect(rare.sort()).toEqual(['1073', 'a', 'fit', 'note', 'send', 'the']);
    expect(withRareWords(common, rare)).toEqual(language);
  });

  it('counts words that are also names of an object’s own properties', () => {
    const language = searchLanguage([page('The constructor of toString'), page('constructor')]);
    expect(language.words).toMatchObject({ constructor: 2, tostring: 1 });
    const { common, rare } = splitLanguage(language);
    expect(withRareWords(common, rare).words).toEqual(language.words);
  });
});

describe('realWordsNear', () => {
  it('lists the English words no page uses that a slip would be mended from, and no slip', async () => {
    const language = searchLanguage([
      page('Letters go through the post. Discharge summary.'),
      page('Discharge summary sent through the directory of services.'),
    ]);
    const english = await englishWords();
    expect(english).toEqual(expect.arrayContaining(['though', 'directors', 'summary']));
    const near = realWordsNear(language, english);
    // Spelt right, and one slip from "through" and "directory".
    expect(near).toEqual(expect.arrayContaining(['though', 'directors']));
    // Not a word the pages use, nor one far from every word of theirs, nor a misspelling.
    expect(near).not.toContain('summary');
    expect(near).not.toContain('elephant');
    // Everyday words only: not a slip, nor a rare word more often typed for a common one.
    expect(english).not.toContain('dischage');
    expect(english).not.toContain('summery');
    expect(near).toEqual([...near].sort());
    // A word commonly written for a page word is mended still: "GP practise" is the practice.
    const practice = searchLanguage([page('Practice letters.'), page('The practice.')]);
    expect(realWordsNear(practice, ['practise', 'practical'])).not.toContain('practise');
  });
});
