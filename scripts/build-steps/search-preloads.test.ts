import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEARCH_PRELOADS_MARKER, writeSearchPreloads } from './search-preloads.ts';
import { SEARCH_WORKER_FROM_PAGES } from '../../src/lib/site-files.ts';

let site: string;
afterEach(() => rm(site, { recursive: true, force: true }));

/**
 * A built site with the two first bundles; `shared`: the suggestions use the full bundle's WebAssembly;
 * `questions`: with a bundle of readers' questions too, which uses it; `fullIds`: the bundles with
 * a map of their records' full-index ids.
 */
async function siteWith(
  fullPages: number,
  { shared = false, questions = false, fullIds = [] as string[] } = {},
): Promise<string> {
  site = await mkdtemp(path.join(os.tmpdir(), 'search-preloads-'));
  const entry = (hash: string, pages: number) =>
    JSON.stringify({ languages: { en: { hash, wasm: 'en', page_count: pages } } });
  const files = {
    'search/index.html': `<html lang="en"><head>${SEARCH_PRELOADS_MARKER}</head><body></body></html>`,
    'pagefind/pagefind-entry.json': entry('en_full', fullPages),
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/suggest/pagefind-entry.json': entry('en_sugg', fullPages),
    ...(shared ? {} : { 'pagefind/suggest/wasm.en.pagefind': 'wasm' }),
    ...(questions ? { 'pagefind/questions/pagefind-entry.json': entry('en_asked', 3) } : {}),
    ...Object.fromEntries(fullIds.map((bundle) => [`pagefind/${bundle}/full-ids.json`, '{}'])),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), text);
  }
  await writeSearchPreloads(site);
  return readFile(path.join(site, 'search/index.html'), 'utf8');
}

describe('writeSearchPreloads', () => {
  it('preloads what the full text and the suggestions first need, the entry file at the address Pagefind will use', async () => {
    const html = await siteWith(74);
    expect(html).not.toContain(SEARCH_PRELOADS_MARKER);
    for (const href of [
      '/pagefind/pagefind.js',
      '/pagefind/language.json',
      '/pagefind/pagefind-entry.json?ts=en_full',
      '/pagefind/pagefind.en_full.pf_meta',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/suggest/pagefind-entry.json?ts=en_sugg',
      '/pagefind/suggest/wasm.en.pagefind',
    ])
      expect(html).toContain(`href="${href}"`);
    expect(html).not.toContain('app-search-worker');
    expect(html).not.toContain('/pagefind/questions/');
    expect(html).not.toContain('app-search-questions');
  });

  it("preloads the readers' questions bundle, and says it is there, when the build wrote one", async () => {
    const html = await siteWith(74, { shared: true, questions: true });
    expect(html).toContain('<meta name="app-search-questions" content="/pagefind/questions/">');
    for (const href of [
      '/pagefind/questions/pagefind.js',
      '/pagefind/questions/pagefind-entry.json?ts=en_asked',
      '/pagefind/questions/pagefind.en_asked.pf_meta',
      '/pagefind/questions/words.json',
    ])
      expect(html).toContain(`href="${href}"`);
    expect(html.split('href="/pagefind/wasm.en.pagefind"')).toHaveLength(2);
  });

  it('preloads the maps to full-index ids the build wrote, and names their bundles', async () => {
    const both = await siteWith(74, { questions: true, fullIds: ['suggest', 'questions'] });
    expect(both).toContain(
      '<meta name="app-search-full-ids" content="/pagefind/suggest/ /pagefind/questions/">',
    );
    for (const bundle of ['suggest', 'questions'])
      expect(both).toContain(`href="/pagefind/${bundle}/full-ids.json"`);
    // A bundle too large for a map (search-index.ts: writeFullIds) has none to preload.
    const questionsOnly = await siteWith(74, { questions: true, fullIds: ['questions'] });
    expect(questionsOnly).toContain(
      '<meta name="app-search-full-ids" content="/pagefind/questions/">',
    );
    expect(questionsOnly).not.toContain('/pagefind/suggest/full-ids.json');
    const none = await siteWith(74, { questions: true });
    expect(none).not.toContain('app-search-full-ids');
    expect(none).not.toContain('full-ids.json');
  });

  it('preloads the WebAssembly the two bundles share once, from the full bundle', async () => {
    const html = await siteWith(74, { shared: true });
    expect(html).not.toContain('/pagefind/suggest/wasm.en.pagefind');
    expect(html.split('href="/pagefind/wasm.en.pagefind"')).toHaveLength(2);
    expect(html).toContain('href="/pagefind/suggest/pagefind-entry.json?ts=en_sugg"');
  });

  it('has a large full index searched in the worker, and does not preload what the worker fetches', async () => {
    const html = await siteWith(SEARCH_WORKER_FROM_PAGES);
    expect(html).toContain('<meta name="app-search-worker" content="/pagefind/">');
    expect(html).not.toContain('/pagefind/pagefind-entry.json');
    expect(html).not.toContain('/pagefind/wasm.en.pagefind');
    expect(html).toContain('href="/pagefind/suggest/pagefind-entry.json?ts=en_sugg"');
  });

  it('preloads the shared WebAssembly for the suggestions when the full index is searched in the worker', async () => {
    const html = await siteWith(SEARCH_WORKER_FROM_PAGES, { shared: true });
    expect(html.split('href="/pagefind/wasm.en.pagefind"')).toHaveLength(2);
    expect(html).not.toContain('/pagefind/suggest/wasm.en.pagefind');
    expect(html).not.toContain('/pagefind/pagefind-entry.json');
  });

  it('stops when the search page has lost its marker', async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'search-preloads-'));
    await mkdir(path.join(site, 'search'));
    await writeFile(path.join(site, 'search/index.html'), '<html><head></head></html>');
    await expect(writeSearchPreloads(site)).rejects.toThrow(
      /has no <meta name="app-search-preloads">/,
    );
  });
});
