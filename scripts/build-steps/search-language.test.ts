import { describe, expect, it } from 'vitest';
import { searchLanguage, splitTerm, type IndexedPage } from './search-language.ts';

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

describe('splitTerm', () => {
  it('splits a term from its abbreviation in brackets', () => {
    expect(splitTerm('Did not attend (DNA)')).toEqual(['Did not attend', 'DNA']);
    expect(splitTerm('GP')).toEqual(['GP']);
  });
});
