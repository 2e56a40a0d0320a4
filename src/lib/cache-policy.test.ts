import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, isGzippedSearchFile, REVALIDATE } from './cache-policy.ts';

describe('cacheControlFor', () => {
  it('keeps files named by their content for a year', () => {
    expect(cacheControlFor('/_astro/BaseLayout.CyWY1ouy.css')).toBe(IMMUTABLE);
    expect(cacheControlFor('/pagefind/fragment/en_181920e.pf_fragment')).toBe(IMMUTABLE);
    expect(cacheControlFor('/pagefind/suggest/index/en_673a7dd.pf_index')).toBe(IMMUTABLE);
    expect(cacheControlFor('/pagefind/questions/fragment/en_1b77a57.pf_fragment')).toBe(IMMUTABLE);
  });

  it('has pages and files that keep their name checked each time', () => {
    for (const pathname of [
      '/',
      '/search/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.en_62ab2c69da.pf_meta',
      '/sw.js',
      '/_astronaut/',
    ])
      expect(cacheControlFor(pathname), pathname).toBe(REVALIDATE);
  });
});

describe('isGzippedSearchFile', () => {
  it('is true only for the gzipped files of the search bundles', () => {
    expect(isGzippedSearchFile('/pagefind/index/en_a0df6bf.pf_index')).toBe(true);
    expect(isGzippedSearchFile('/pagefind/suggest/fragment/en_4f39e7b.pf_fragment')).toBe(true);
    expect(isGzippedSearchFile('/pagefind/pagefind.en_62ab2c69da.pf_meta')).toBe(true);
    expect(isGzippedSearchFile('/pagefind/pagefind.js')).toBe(false);
    expect(isGzippedSearchFile('/pagefind/wasm.en.pagefind')).toBe(true);
    expect(isGzippedSearchFile('/pagefind/suggest/wasm.unknown.pagefind')).toBe(true);
    expect(isGzippedSearchFile('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isGzippedSearchFile('/guidance/x.pf_index')).toBe(false);
  });
});
