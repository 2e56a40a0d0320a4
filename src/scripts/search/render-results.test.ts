import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind-client.ts';
import { atSuggestedTerm, resultTarget } from './render-results.ts';

const glossary: PagefindResultData = {
  url: '/glossary/',
  excerpt: 'the whole glossary',
  meta: { title: 'Glossary', type: 'Glossary' },
  filters: {},
  sub_results: [
    {
      title: 'Clinic letter',
      url: '/glossary/#clinic-letter',
      excerpt: 'a <mark>letter</mark> after clinic',
      locations: [1, 2, 3],
    },
    {
      title: 'Did not attend',
      url: '/glossary/#did-not-attend',
      excerpt: 'WNB: was not brought',
      locations: [4],
    },
  ],
};
const suggestion = (url: string, title: string): PagefindResultData => ({
  url,
  excerpt: `${title}. other names`,
  meta: { title },
  filters: {},
});

describe('atSuggestedTerm', () => {
  it('opens the glossary at the term the suggestions named, with its own excerpt', () => {
    const target = resultTarget(
      atSuggestedTerm(glossary, suggestion('/glossary/#did-not-attend', 'Did not attend')),
    );
    expect(target.url).toBe('/glossary/#did-not-attend');
    expect(target.title).toBe('Did not attend (Glossary)');
    expect(target.excerpt).toBe('WNB: was not brought');
    // Without it, the term holding most of the words.
    expect(resultTarget(glossary).url).toBe('/glossary/#clinic-letter');
  });

  it('opens a term the full text found no words in, without the names as an excerpt', () => {
    const target = resultTarget(atSuggestedTerm(glossary, suggestion('/glossary/#icb', 'ICB')));
    expect(target.url).toBe('/glossary/#icb');
    expect(target.title).toBe('ICB (Glossary)');
    expect(target.excerpt).toBe('');
  });

  it('leaves any other result, and a suggestion that is not a term, as they are', () => {
    const page: PagefindResultData = {
      url: '/requirements/fit-notes/',
      excerpt: 'fit notes',
      meta: { title: 'Fit notes', type: 'Contract requirement' },
      filters: {},
    };
    expect(atSuggestedTerm(page, suggestion('/glossary/#fit-note', 'Fit note'))).toBe(page);
    expect(atSuggestedTerm(glossary, suggestion('/glossary/', 'Glossary'))).toBe(glossary);
  });
});
