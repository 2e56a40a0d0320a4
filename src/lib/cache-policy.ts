/**
 * How long a browser may keep each file of the built site, in one place: the site's own server
 * (scripts/lib/site-server.ts) sends it, and the build writes the same rules into `_headers` for
 * hosts that read one (src/lib/security-policy.ts).
 * - Files whose name changes with their content (Astro's bundles, Pagefind's index chunks, filters
 *   and fragments) never change, so a browser keeps them for a year and never asks again: a second
 *   search opens without a round trip per file.
 * - Everything else (pages, `pagefind.js`, the index's entry file, the service worker) keeps its
 *   name across builds, so the browser checks it is current each time it uses it. So are the index's
 *   meta files, though named by their content: they sit beside the entry file, outside these
 *   folders (one revalidation each on a visit, alongside the others).
 */
import { FULL_INDEX, QUESTIONS_INDEX, SUGGESTIONS_INDEX } from './site-files.ts';

/** Folders of the built site whose files are named by their content: in each search bundle too. */
export const IMMUTABLE_FOLDERS: readonly string[] = [
  '/_astro/',
  ...[FULL_INDEX, SUGGESTIONS_INDEX, QUESTIONS_INDEX].flatMap((bundle) =>
    ['index', 'fragment', 'filter'].map((folder) => `${bundle}${folder}/`),
  ),
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The Cache-Control header for a path of the built site. */
export function cacheControlFor(pathname: string): string {
  return IMMUTABLE_FOLDERS.some((folder) => pathname.startsWith(folder)) ? IMMUTABLE : REVALIDATE;
}

/**
 * Pagefind writes its index chunks, filters, fragments, meta files and WebAssembly gzipped, and
 * unzips them in JavaScript. Sent with `Content-Encoding: gzip`, the browser unzips them natively instead, and
 * Pagefind sees they are already unzipped: less work on the main thread before the first result.
 */
export function isGzippedSearchFile(pathname: string): boolean {
  return /^\/pagefind\/(.*\.pf_(index|fragment|filter|meta)|(.*\/)?wasm\.[\w-]+\.pagefind)$/.test(
    pathname,
  );
}
