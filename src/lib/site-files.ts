/**
 * Addresses of the files the build writes into the site and the browser code fetches, defined
 * once so the build step that writes a file and the script that loads it cannot drift apart.
 * Plain constants: safe to import from build scripts and from code that runs in the browser.
 */

/** Every word of every indexed page, for the search page: `/pagefind/pagefind.js`. */
export const FULL_INDEX = '/pagefind/';

/** Titles and everyday keywords only, for the header box's suggestions as you type. */
export const SUGGESTIONS_INDEX = '/pagefind/suggest/';

/** The offline service worker, generated last by the build and registered by every page. */
export const SERVICE_WORKER = '/sw.js';

/** A site address as a path inside the built site's folder: `/pagefind/suggest/` → `pagefind/suggest`. */
export function builtPath(address: string): string {
  return address.replace(/^\/+|\/+$/g, '');
}
