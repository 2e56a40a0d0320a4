/**
 * Netlify edge function: the search page opened with `?q=` gets the query in its boxes, so it shows
 * even without JavaScript, as the site's own server does (scripts/lib/site-server.ts). Netlify runs
 * it for `/search/` only (the `config` below); every other address is served as a plain file.
 * GitHub Pages runs no code, so there the box stays empty without JavaScript.
 */
import { fillSearchQuery, queryFromAddress } from '../../src/lib/search-page-query.ts';

/** The part of Netlify's context this function uses: the page as Netlify would have sent it. */
interface EdgeContext {
  next(): Promise<Response>;
}

export default async function searchQuery(request: Request, context: EdgeContext) {
  const response = await context.next();
  const query = queryFromAddress(new URL(request.url));
  const html = response.headers.get('content-type')?.startsWith('text/html');
  if (query === undefined || !html || !response.ok) return response;
  const headers = new Headers(response.headers);
  // The body changes length: let Netlify work it out again.
  headers.delete('content-length');
  headers.delete('etag');
  return new Response(fillSearchQuery(await response.text(), query), {
    status: response.status,
    headers,
  });
}

export const config = { path: ['/search/', '/search'] };
