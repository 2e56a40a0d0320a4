/**
 * The search page opened with `?q=…` but without JavaScript: the page is static, so only the server
 * that sends it can put the reader's words back in its boxes. The site's own server
 * (scripts/lib/site-server.ts) and the Netlify edge function (netlify/edge-functions/) both call
 * this; a host that only serves files (GitHub Pages) cannot, and the page still says what to do.
 * With JavaScript on, the page's script fills the boxes itself.
 */

/** The search page's own box and the header's box: both show the query. */
const QUERY_INPUT_IDS = ['search-query', 'search-field'] as const;

/** Longer queries are cut: no reader types more, and the page should not grow without limit. */
export const MAX_QUERY_LENGTH = 500;

/** The query in a search page address, or undefined when there is none (or it is blank). */
export function queryFromAddress(url: URL): string | undefined {
  const query = url.searchParams.get('q')?.trim();
  return query ? query : undefined;
}

/** Whether the address is the search page (with or without its trailing slash or index.html). */
export function isSearchPage(pathname: string): boolean {
  return /^\/search(\/(index\.html)?)?$/.test(pathname);
}

/** One attribute of a tag as Astro writes it: a name, and a value in double quotes or none. */
const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:="([^"]*)")?/g;

/**
 * The built search page's HTML with `query` as the value of its query boxes. Any value the boxes
 * already had is replaced; the query is escaped, so it can only ever be text in the box.
 */
export function fillSearchQuery(html: string, query: string): string {
  // Control characters have no place in a query; a lone surrogate could not be encoded.
  const clean = query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/\p{Cc}/gu, ' ')
    .toWellFormed();
  // Replacer functions throughout: in a replacement string, `$&` or `` $` `` in the query would
  // be read as patterns and could write the page's own markup into the attribute.
  return html.replace(/<input\b[^>]*>/g, (tag) => {
    const attributes = [...tag.matchAll(ATTRIBUTE)].map((m) => ({ name: m[1]!, value: m[2] }));
    const id = attributes.find((a) => a.name === 'id')?.value;
    if (!QUERY_INPUT_IDS.some((known) => known === id)) return tag;
    const kept = attributes
      .filter((a) => a.name !== 'value')
      .map((a) => (a.value === undefined ? ` ${a.name}` : ` ${a.name}="${a.value}"`))
      .join('');
    return `<input${kept} value="${escapeAttribute(clean)}">`;
  });
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
