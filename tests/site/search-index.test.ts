import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import {
  PAGEFIND_MODULES,
  PAGEFIND_WAIT,
  SHORTER_WAIT,
} from '../../scripts/build-steps/pagefind-wait.ts';
import { SEARCH_TYPE_LABELS } from '../../src/lib/search-facets.ts';
import {
  knownWord,
  nearestWord,
  planQuery,
  planWithRareWords,
  withRareWords,
  type SearchLanguage,
} from '../../src/lib/search-query.ts';
import { builtPages, distDir, readBuilt } from '../helpers/dist.ts';

const pages = await builtPages();
const parsed = await Promise.all(
  pages.map(async (page) => ({ page, $: cheerio.load(await readBuilt(page)) })),
);
const indexed = parsed.filter(({ $ }) => $('[data-pagefind-body]').length > 0);

/** The vocabulary's two files, and the whole vocabulary they make. */
async function vocabulary() {
  const common = JSON.parse(await readBuilt('pagefind/language.json')) as SearchLanguage;
  const rare = JSON.parse(await readBuilt('pagefind/language-rare.json')) as string[];
  return { common, rare, whole: withRareWords(common, rare) };
}

describe('the search index', () => {
  it('holds every page marked for it, and only those', async () => {
    const entry = JSON.parse(await readBuilt('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en!.page_count).toBe(indexed.length);
  });

  it('has a suggestions bundle for the header box holding the same pages, the glossary term by term', async () => {
    const entry = JSON.parse(await readBuilt('pagefind/suggest/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const $glossary = parsed.find((p) => p.page === 'glossary/index.html')!.$;
    const terms = $glossary('section[aria-labelledby] > h2[id]').length;
    expect(terms).toBeGreaterThan(10);
    expect(entry.languages.en!.page_count).toBe(indexed.length - 1 + terms);
  });

  it('writes the vocabulary the search uses for spelling help and weighing words', async () => {
    const { common, rare, whole } = await vocabulary();
    expect(common.pages).toBe(indexed.length);
    expect(common.words.discharge).toBeGreaterThan(1);
    expect(common.phrases).toContainEqual(expect.arrayContaining(['e-RS', 'Choose and Book']));
    // The words on one page only are in a file of their own, loaded when a query needs them.
    expect(Object.values(common.words).every((count) => count > 1)).toBe(true);
    expect(rare.length).toBeGreaterThan(100);
    expect(whole.words.methotrexate).toBeGreaterThan(0);
  });

  it('writes the English words no page uses that are one slip from a word pages do', async () => {
    const { whole } = await vocabulary();
    const real = JSON.parse(await readBuilt('pagefind/language-english.json')) as string[];
    expect(real.length).toBeGreaterThan(100);
    // Each would be mended into a word the pages use, were it not listed; none is theirs.
    for (const word of real) {
      expect(knownWord(word, whole), word).toBeUndefined();
      expect(nearestWord(word, whole), word).toBeDefined();
    }
  });

  it('plans every listed question as the whole vocabulary would, whichever file it needed', async () => {
    const { common, rare, whole } = await vocabulary();
    const questions = await Promise.all(
      ['search-questions.json', 'search-questions-blind.json'].map(async (file) => {
        const list = JSON.parse(
          await readFile(path.join(import.meta.dirname, '..', 'data', file), 'utf8'),
        ) as { questions: { question: string }[] };
        return list.questions.map((q) => q.question);
      }),
    );
    let commonOnly = 0;
    for (const question of questions.flat()) {
      let loaded = false;
      const plan = await planWithRareWords(question, common, async () => {
        loaded = true;
        return withRareWords(common, rare);
      });
      expect(plan, question).toEqual(planQuery(question, whole));
      if (!loaded) commonOnly++;
    }
    // Short questions in the words pages use, at least, are planned without the rare words.
    expect(commonOnly).toBeGreaterThan(50);
  });

  it('plans a query typed letter by letter as the whole vocabulary would, mostly without the rare words', async () => {
    const { common, rare, whole } = await vocabulary();
    const list = JSON.parse(
      await readFile(path.join(import.meta.dirname, '..', 'data', 'search-questions.json'), 'utf8'),
    ) as { questions: { question: string }[] };
    let typed = 0;
    let commonOnly = 0;
    for (const { question } of list.questions)
      for (let end = 2; end <= question.length; end++) {
        const text = question.slice(0, end);
        let loaded = false;
        const plan = await planWithRareWords(
          text,
          common,
          async () => {
            loaded = true;
            return withRareWords(common, rare);
          },
          { typing: true },
        );
        expect(plan, text).toEqual(planQuery(text, whole, { typing: true }));
        typed++;
        if (!loaded) commonOnly++;
      }
    // A word cut short is the beginning of words on two pages or more ("summ"), not a word to load
    // the rare words for: most of what is typed on the way to a question needs only the first file.
    expect(commonOnly / typed).toBeGreaterThan(0.5);
    expect(planQuery('discharge summ', common, { typing: true }).parts.map((p) => p.words)).toEqual(
      [['discharge'], ['summ']],
    );
  });

  it('keeps page metadata out of the indexed text, so excerpts hold only the body', async () => {
    const $ = cheerio.load(await readBuilt('requirements/fit-notes/index.html'));
    const indexedText = $('[data-pagefind-body]')
      .clone()
      .find('[data-pagefind-ignore]')
      .remove()
      .end()
      .text();
    expect(indexedText).not.toMatch(/Status\s*current|Applies to|Page last reviewed/);
    expect(indexedText).toContain('sick note');
  });

  it('leaves out the home page, listing pages, the search page and the 404 page', () => {
    const names = indexed.map(({ page }) => page);
    for (const page of [
      'index.html',
      'guidance/index.html',
      'requirements/index.html',
      'search/index.html',
      '404.html',
    ]) {
      expect(names).not.toContain(page);
    }
    expect(names).toContain('requirements/fit-notes/index.html');
  });

  it.each(indexed.map(({ page }) => page))(
    '%s has one type, a summary and only its main content indexed',
    (page) => {
      const { $ } = parsed.find((p) => p.page === page)!;
      const types = $('[data-pagefind-filter="type"]')
        .map((_, el) => $(el).text())
        .get();
      expect(types).toHaveLength(1);
      expect(Object.values(SEARCH_TYPE_LABELS)).toContain(types[0]);
      expect($('[data-pagefind-meta="summary"]').text().trim()).not.toBe('');
      // Header, breadcrumbs and footer sit outside the indexed element.
      expect(
        $(
          '[data-pagefind-body] header, [data-pagefind-body] footer, [data-pagefind-body] .nhsuk-breadcrumb',
        ),
      ).toHaveLength(0);
    },
  );

  it.each(['requirements/fit-notes/index.html', 'guidance/practices/fit-notes/index.html'])(
    '%s weights its title and summary above body text',
    async (page) => {
      const $ = cheerio.load(await readBuilt(page));
      expect(Number($('[data-pagefind-body] h1').attr('data-pagefind-weight'))).toBeGreaterThan(1);
      expect(
        Number($('[data-pagefind-body] .nhsuk-lede-text').attr('data-pagefind-weight')),
      ).toBeGreaterThan(1);
    },
  );

  it('gives requirement pages their everyday synonyms as weighted, indexed text', async () => {
    const $ = cheerio.load(await readBuilt('requirements/fit-notes/index.html'));
    const synonyms = $('[data-pagefind-body] [data-pagefind-weight="7"]').text();
    expect(synonyms).toContain('sick note');
    expect($('[data-pagefind-filter="type"]').text()).toBe('Requirement');
  });
});

describe('scripts under a strict CSP', () => {
  it.each(pages)('%s has no inline script and no inline event handler', (page) => {
    const { $ } = parsed.find((p) => p.page === page)!;
    const inline = $('script:not([src])').filter(
      (_, el) => $(el).attr('type') !== 'application/ld+json' && $(el).text().trim() !== '',
    );
    expect(inline.length).toBe(0);
    const handlers = $('*').filter((_, el) =>
      Object.keys((el as unknown as { attribs: Record<string, string> }).attribs ?? {}).some((a) =>
        a.startsWith('on'),
      ),
    );
    expect(handlers.length).toBe(0);
  });
});

describe('the search page asks for what its first results need at once', () => {
  const $ = parsed.find((p) => p.page === 'search/index.html')!.$;
  const preloaded = $('link[rel="preload"], link[rel="modulepreload"]')
    .map((_, link) => $(link).attr('href'))
    .get();

  it("preloads each bundle's module, entry file (as Pagefind will ask for it), meta and WebAssembly", async () => {
    for (const bundle of ['/pagefind/', '/pagefind/suggest/', '/pagefind/questions/']) {
      const entry = JSON.parse(await readBuilt(`${bundle.slice(1)}pagefind-entry.json`)) as {
        languages: Record<string, { hash: string }>;
      };
      const { hash } = entry.languages.en!;
      expect(preloaded).toEqual(
        expect.arrayContaining([
          `${bundle}pagefind.js`,
          `${bundle}pagefind-entry.json?ts=${hash}`,
          `${bundle}pagefind.${hash}.pf_meta`,
        ]),
      );
    }
    // One WebAssembly for every bundle (scripts/build-steps/shared-wasm.ts), preloaded once.
    expect(preloaded.filter((href) => href.endsWith('.pagefind'))).toEqual([
      '/pagefind/wasm.en.pagefind',
    ]);
    expect(preloaded).toContain('/pagefind/language.json');
    // The readers' questions are there, with the words only they use.
    expect($('meta[name="app-search-questions"]').attr('content')).toBe('/pagefind/questions/');
    expect(preloaded).toContain('/pagefind/questions/words.json');
    // And the English words they are planned with, not mended into the pages' words.
    expect(preloaded).toContain('/pagefind/language-english.json');
    // Where what the suggestions and the questions find goes among the full text's results.
    expect(preloaded).toContain('/pagefind/suggest/full-ids.json');
    expect(preloaded).toContain('/pagefind/questions/full-ids.json');
    expect($('meta[name="app-search-full-ids"]').attr('content')).toBe(
      '/pagefind/suggest/ /pagefind/questions/',
    );
    expect($('meta[name="app-search-preloads"]')).toHaveLength(0);
  });

  it("preloads every module the page's scripts import", async () => {
    await init;
    const scripts = $('script[type="module"][src]')
      .map((_, script) => $(script).attr('src'))
      .get();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const [imports] = parse(await readBuilt(script.slice(1)));
      for (const { n, d } of imports)
        if (d === -1 && n)
          expect(preloaded).toContain(new URL(n, `https://site${script}`).pathname);
    }
  });

  it('preloads only files the site has', async () => {
    for (const href of preloaded)
      await expect(readBuilt(href!.slice(1).replace(/\?.*$/, ''))).resolves.toBeTruthy();
  });

  it("ships Pagefind's module with its start-up wait shortened (scripts/build-steps/pagefind-wait.ts)", async () => {
    for (const bundle of ['pagefind', 'pagefind/suggest', 'pagefind/questions'])
      for (const file of PAGEFIND_MODULES) {
        const module = await readBuilt(`${bundle}/${file}`);
        expect(module, `${bundle}/${file}`).toContain(SHORTER_WAIT);
        expect(module, `${bundle}/${file}`).not.toContain(PAGEFIND_WAIT);
      }
  });

  it('has brotli copies that hold what their files hold (scripts/build-steps/precompress.ts)', async () => {
    // Made after every step that edits a file (as shared-wasm.ts edits Pagefind's modules): a
    // browser that accepts brotli gets the copy, never the file.
    const copies = (await readdir(distDir, { recursive: true }))
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.br'));
    for (const file of ['pagefind/suggest/pagefind.js.br', 'pagefind/wasm.en.pagefind.br'])
      expect(copies).toContain(file);
    for (const copy of copies) {
      const stored = await readFile(path.join(distDir, copy.slice(0, -3)));
      const data = brotliDecompressSync(await readFile(path.join(distDir, copy)));
      // Pagefind's own data is stored gzipped; its copy holds it unzipped, behind its signature.
      const gzipped = /\.(pagefind|pf_\w+)$/.test(copy.slice(0, -3));
      expect(data.equals(gzipped ? gunzipSync(stored) : stored), copy).toBe(true);
      if (gzipped) expect(data.subarray(0, 12).toString(), copy).toBe('pagefind_dcd');
    }
  });
});

describe('the offline service worker', () => {
  it('precaches every page, the scripts and styles, and the whole search index', async () => {
    const worker = await readFile(path.join(distDir, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    for (const page of pages) expect(precached).toContain(page);
    for (const file of await readdir(path.join(distDir, '_astro')))
      // A brotli copy is the same file for the server to send (precompress.ts), never precached.
      if (file.endsWith('.br')) expect(precached).not.toContain(`_astro/${file}`);
      else expect(precached).toContain(`_astro/${file}`);
    for (const file of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind-highlight.js',
      'pagefind/language.json',
      'pagefind/language-rare.json',
      'pagefind/language-english.json',
    ]) {
      expect(precached).toContain(file);
    }
    for (const file of [
      'pagefind/suggest/pagefind.js',
      'pagefind/suggest/pagefind-worker.js',
      'pagefind/questions/pagefind.js',
      'pagefind/questions/words.json',
      'pagefind/suggest/full-ids.json',
      'pagefind/questions/full-ids.json',
    ]) {
      expect(precached).toContain(file);
    }
    expect(precached).not.toContain('pagefind/questions/pagefind-worker.js');
    // The suggestions load the full bundle's WebAssembly, precached above
    // (scripts/build-steps/shared-wasm.ts).
    expect(await readBuilt('pagefind/suggest/pagefind.js')).toContain('../wasm.');
    expect(precached).not.toContain('pagefind/suggest/wasm.en.pagefind');
    for (const bundle of ['pagefind', 'pagefind/suggest', 'pagefind/questions']) {
      const indexChunks = await readdir(path.join(distDir, bundle, 'index'));
      for (const chunk of indexChunks)
        if (chunk.endsWith('.br')) expect(precached).not.toContain(`${bundle}/index/${chunk}`);
        else expect(precached).toContain(`${bundle}/index/${chunk}`);
    }
  });
});
