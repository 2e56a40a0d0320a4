import { describe, expect, it } from 'vitest';
import { parseSearchTerms, searchFacets, splitTerm } from './search-facets.ts';

describe('searchFacets', () => {
  it('labels a document for the search filters as readers see them', () => {
    const facets = searchFacets({
      type: 'patient-information',
      summary: 'What to expect.',
      requirements: ['Fit notes from hospital clinicians'],
      audience: ['patient', 'patient'],
      organisations: ['NHS England'],
      reviewed: '1 May 2025',
    });
    expect(facets).toEqual({
      filters: {
        type: ['Patient information'],
        requirement: ['Fit notes from hospital clinicians'],
        audience: ['Patients'],
        organisation: ['NHS England'],
      },
      meta: { type: 'Patient information', summary: 'What to expect.', reviewed: '1 May 2025' },
    });
  });

  it('leaves out a review date the page does not have', () => {
    expect(searchFacets({ type: 'organisation', summary: 'A college.' }).meta).toEqual({
      type: 'Organisation',
      summary: 'A college.',
    });
  });

  it("carries a requirement's everyday words once each, so they are searched as metadata", () => {
    const facets = searchFacets({
      type: 'guidance',
      summary: 'S.',
      keywords: ['sick note', 'Med3', 'sick note'],
    });
    expect(facets.meta.keywords).toBe('sick note, Med3');
  });

  it('keeps the everyday words a document inherits from its requirements apart from its own', () => {
    const facets = searchFacets({
      type: 'guidance',
      summary: 'S.',
      relatedKeywords: ['sick note', 'Med3', 'sick note'],
    });
    expect(facets.meta.relatedKeywords).toBe('sick note, Med3');
    expect(facets.meta.keywords).toBeUndefined();
  });

  it('says who the page is for, as metadata to show and a filter to rank by', () => {
    const facets = searchFacets({ type: 'guidance', summary: 'S.', reader: 'For GP practices' });
    expect(facets.meta.reader).toBe('For GP practices');
    expect(facets.reader).toBe('For GP practices');
  });

  it('carries glossary terms with their anchors, and reads them back', () => {
    const terms = [
      { id: 'e-rs', term: 'NHS e-Referral Service (e-RS)', alsoKnownAs: ['Choose and Book'] },
    ];
    const facets = searchFacets({ type: 'glossary', summary: 'S.', terms });
    expect(parseSearchTerms(facets.meta.terms)).toEqual(terms);
    expect(parseSearchTerms('[{"id":1}]')).toEqual([]);
    expect(parseSearchTerms(undefined)).toEqual([]);
  });
});

describe('splitTerm', () => {
  it('splits a term from its abbreviation in brackets', () => {
    expect(splitTerm('Did not attend (DNA)')).toEqual(['Did not attend', 'DNA']);
    expect(splitTerm('GP')).toEqual(['GP']);
  });
});
