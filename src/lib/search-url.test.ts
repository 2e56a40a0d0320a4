import { describe, expect, it } from 'vitest';
import { pagefindFilters, readSearchState, searchStateQuery } from './search-url.ts';

describe('search state in the address', () => {
  it('reads the query and every chosen filter value, ignoring other parameters', () => {
    const state = readSearchState(
      new URLSearchParams(
        'q=+fit+note+&type=Guidance&type=Toolkit&audience=GPs&pagefind-highlight=x',
      ),
    );
    expect(state).toEqual({
      query: 'fit note',
      filters: {
        type: ['Guidance', 'Toolkit'],
        requirement: [],
        audience: ['GPs'],
        organisation: [],
      },
    });
  });

  it('writes the same address back, so a shared search reopens as it was', () => {
    const search =
      '?q=discharge+summary&type=Guidance&requirement=Discharge+summaries+within+24+hours';
    expect(searchStateQuery(readSearchState(new URLSearchParams(search)))).toBe(search);
    expect(searchStateQuery(readSearchState(new URLSearchParams('')))).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('matches any chosen value within a filter and leaves out filters with nothing chosen', () => {
    expect(pagefindFilters({ type: ['Guidance', 'Toolkit'], audience: [] })).toEqual({
      type: { any: ['Guidance', 'Toolkit'] },
    });
  });
});
