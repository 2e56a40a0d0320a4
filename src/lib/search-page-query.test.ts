import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  fillSearchQuery,
  isSearchPage,
  MAX_QUERY_LENGTH,
  queryFromAddress,
} from './search-page-query.ts';

// As Astro writes the two boxes (the header's has an empty value, the page's none).
const PAGE = `<form id="search"><input class="nhsuk-input" id="search-field" name="q" type="search" placeholder="Search guidance" value></form>
<form action="/search/"><input class="nhsuk-input" id="search-query" name="q" type="search" autocomplete="off">
<input class="nhsuk-checkboxes__input" id="filter-type-1" name="type" type="checkbox" value="Guidance"></form>`;

describe('fillSearchQuery', () => {
  it('puts the query in both search boxes and leaves other inputs alone', () => {
    const html = fillSearchQuery(PAGE, 'discharge summary');
    const $ = load(html);
    expect($('#search-query').attr('value')).toBe('discharge summary');
    expect($('#search-field').attr('value')).toBe('discharge summary');
    expect($('#filter-type-1').attr('value')).toBe('Guidance');
  });

  it('keeps hostile text as text in the box', () => {
    const hostile = `"><script>alert(1)</script><input value="x' &amp; <b> $\` $& $' $$ onfocus=x`;
    const $ = load(fillSearchQuery(PAGE, hostile));
    expect($('#search-query').attr('value')).toBe(hostile);
    expect($('script, b')).toHaveLength(0);
    expect($('input')).toHaveLength(3);
  });

  it('leaves the word "value" alone inside other attributes', () => {
    const page = '<input id="search-query" placeholder="a value here" data-x="value">';
    expect(fillSearchQuery(page, 'q')).toBe(
      '<input id="search-query" placeholder="a value here" data-x="value" value="q">',
    );
  });

  it('replaces a value the box already had', () => {
    const once = fillSearchQuery(PAGE, 'first');
    expect(load(fillSearchQuery(once, 'second'))('#search-field').attr('value')).toBe('second');
    expect(fillSearchQuery(once, 'second').match(/value="/g)).toHaveLength(3);
  });

  it('turns control characters into spaces and cuts very long queries', () => {
    const $ = load(fillSearchQuery(PAGE, `fit\u0000note${'x'.repeat(2000)}`));
    const value = $('#search-query').attr('value')!;
    expect(value.startsWith('fit note')).toBe(true);
    expect(value).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('queryFromAddress and isSearchPage', () => {
  it('reads q as a form sends it', () => {
    expect(queryFromAddress(new URL('http://x/search/?q=fit+note%21'))).toBe('fit note!');
    expect(queryFromAddress(new URL('http://x/search/?q=%20%20'))).toBeUndefined();
    expect(queryFromAddress(new URL('http://x/search/'))).toBeUndefined();
  });

  it('knows the search page by its addresses', () => {
    for (const path of ['/search', '/search/', '/search/index.html'])
      expect(isSearchPage(path)).toBe(true);
    for (const path of ['/searching/', '/search/x/', '/']) expect(isSearchPage(path)).toBe(false);
  });
});
