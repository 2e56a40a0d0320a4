import { describe, expect, it } from 'vitest';
import searchQuery from './search-query.ts';

const PAGE = '<input class="nhsuk-input" id="search-query" name="q">';
const served = (body = PAGE, type = 'text/html; charset=utf-8') => ({
  next: async () =>
    new Response(body, { headers: { 'content-type': type, 'content-length': '999', etag: 'x' } }),
});

describe('the Netlify edge function for the search page', () => {
  it('puts the query in the box, as text', async () => {
    const response = await searchQuery(
      new Request('https://example.org/search/?q=fit+note+%3Cb%3E'),
      served(),
    );
    await expect(response.text()).resolves.toBe(
      '<input class="nhsuk-input" id="search-query" name="q" value="fit note &lt;b&gt;">',
    );
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('etag')).toBeNull();
  });

  it('passes the page through unchanged without a query, or when it is not HTML', async () => {
    const plain = await searchQuery(new Request('https://example.org/search/'), served());
    await expect(plain.text()).resolves.toBe(PAGE);
    const other = await searchQuery(
      new Request('https://example.org/search/?q=x'),
      served('{}', 'application/json'),
    );
    await expect(other.text()).resolves.toBe('{}');
  });
});
