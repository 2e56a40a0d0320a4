import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  buildSearchIndex,
  questionPages,
  suggestionPages,
  withWordBreaks,
  writeFullIds,
} from './search-index.ts';
import { readIndexedPages, type IndexedPage } from './search-language.ts';
import { withRareWords, type SearchLanguage } from '../../src/lib/search-query.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

const page = (body: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Site header</header><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

const metadata = (type: string) =>
  `<div hidden data-pagefind-ignore><span data-pagefind-meta="type">${type}</span><span data-pagefind-meta="summary">Who issues them.</span></div>`;

/** A built site of two indexed requirement pages, /a/ and /b/. */
async function twoBuiltPages(): Promise<string> {
  const site = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
  for (const name of ['a', 'b']) {
    await mkdir(path.join(site, name));
    await writeFile(
      path.join(site, `${name}/index.html`),
      page(`<h1>Fit notes ${name}</h1>${metadata('Requirement')}<p>Sick note.</p>`),
    );
  }
  return site;
}

describe('buildSearchIndex', () => {
  it('indexes only the pages marked with data-pagefind-body, in the full bundle and the suggestions bundle', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'list'));
    await writeFile(
      path.join(dir, 'a/index.html'),
      page(`<h1>Fit notes</h1>${metadata('Requirement')}<p>Sick note.</p>`),
    );
    await writeFile(path.join(dir, 'list/index.html'), page('<h1>Everything</h1>', false));
    await expect(buildSearchIndex(dir)).resolves.toEqual({ pages: 1, suggestions: 1, asked: 0 });
    expect(await readdir(path.join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(await readdir(path.join(dir, 'pagefind/suggest'))).toContain('pagefind.js');
    // One page: every word is on one page only, so all are in the rare words' file.
    const read = async (file: string) =>
      JSON.parse(await readFile(path.join(dir, 'pagefind', file), 'utf8')) as unknown;
    const language = withRareWords(
      (await read('language.json')) as SearchLanguage,
      (await read('language-rare.json')) as string[],
    );
    expect(language.pages).toBe(1);
    expect(language.words).toMatchObject({ fit: 1, notes: 1, sick: 1, note: 1 });
    expect(language.words.everything).toBeUndefined();
  });

  it('keeps the words of neighbouring terms, table headings and lines apart', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await mkdir(path.join(dir, 'a'));
    await writeFile(
      path.join(dir, 'a/index.html'),
      page(
        `<h1>Letters</h1>${metadata('Requirement')}<dl><div><dt>Timescale</dt><dd>within 7 days</dd></div></dl>` +
          '<table><caption>Clauses by edition</caption><thead><tr><th>Contract edition</th><th>Clause</th></tr></thead></table>' +
          '<p>First line<br>second line</p>',
      ),
    );
    await buildSearchIndex(dir);
    const read = async (file: string) =>
      JSON.parse(await readFile(path.join(dir, 'pagefind', file), 'utf8')) as unknown;
    const { words } = withRareWords(
      (await read('language.json')) as SearchLanguage,
      (await read('language-rare.json')) as string[],
    );
    expect(words).toMatchObject({ timescale: 1, within: 1, edition: 1, contract: 1, clause: 1 });
    expect(words).toMatchObject({ line: 1, second: 1 });
    for (const joined of ['timescalewithin', 'editioncontract', 'editionclause', 'linesecond'])
      expect(words[joined]).toBeUndefined();
  });

  it("writes the readers' questions into a bundle of their own, not the full text or the suggestions", async () => {
    dir = await twoBuiltPages();
    const question = 'who writes the sick line after an op?';
    await expect(
      buildSearchIndex(dir, { questions: new Map([['/a/', [question]]]) }),
    ).resolves.toEqual({ pages: 2, suggestions: 2, asked: 1 });
    const [asked, ...others] = await readIndexedPages(path.join(dir, 'pagefind/questions'));
    expect(others).toEqual([]);
    expect(asked!.url).toBe('/a/');
    // As the planner reads a query: "op" is an operation.
    expect(asked!.content).toContain('writes sick line after operation');
    // The words no page uses, for the query planner to search as they are.
    const words = JSON.parse(
      await readFile(path.join(dir, 'pagefind/questions/words.json'), 'utf8'),
    ) as string[];
    expect(words).toEqual(['after', 'line', 'operation', 'writes']);
    expect(asked!.meta).toMatchObject({ title: 'Fit notes a', summary: 'Who issues them.' });
    for (const bundle of ['pagefind', 'pagefind/suggest'])
      for (const indexedPage of await readIndexedPages(path.join(dir, bundle)))
        expect(indexedPage.content).not.toContain('sick line');
  });

  it("maps each suggestion and question to its page's id in the full index", async () => {
    dir = await twoBuiltPages();
    await buildSearchIndex(dir, { questions: new Map([['/b/', ['who writes the sick line?']]]) });
    const fullIdOf = new Map(
      (await readIndexedPages(path.join(dir, 'pagefind'))).map((p) => [p.url, p.id]),
    );
    for (const [bundle, urls] of [
      ['pagefind/suggest', ['/a/', '/b/']],
      ['pagefind/questions', ['/b/']],
    ] as const) {
      const records = await readIndexedPages(path.join(dir, bundle));
      const ids = JSON.parse(
        await readFile(path.join(dir, bundle, 'full-ids.json'), 'utf8'),
      ) as Record<string, string>;
      expect(records.map((r) => r.url).sort()).toEqual(urls);
      expect(ids).toEqual(Object.fromEntries(records.map((r) => [r.id, fullIdOf.get(r.url)])));
      // A record's own id is not its page's: the search page needs the map.
      for (const record of records) expect(ids[record.id]).not.toBe(record.id);
    }
    // A bundle with more records than the map is worth gets none.
    await rm(path.join(dir, 'pagefind/suggest/full-ids.json'));
    await writeFullIds(path.join(dir, 'pagefind/suggest'), 2, 1);
    expect(await readdir(path.join(dir, 'pagefind/suggest'))).not.toContain('full-ids.json');
    await writeFullIds(path.join(dir, 'pagefind/suggest'), 2, 2);
    expect(await readdir(path.join(dir, 'pagefind/suggest'))).toContain('full-ids.json');
  });

  it('writes no questions bundle when no page has questions', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await mkdir(path.join(dir, 'a'));
    await writeFile(
      path.join(dir, 'a/index.html'),
      page(`<h1>Fit notes</h1>${metadata('Requirement')}`),
    );
    await expect(buildSearchIndex(dir)).resolves.toEqual({ pages: 1, suggestions: 1, asked: 0 });
    expect(await readdir(path.join(dir, 'pagefind'))).not.toContain('questions');
  });

  it('stops with a readable message when there is nothing to index', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a page');
    await expect(buildSearchIndex(dir)).rejects.toThrow(
      /^(The search index is empty|Pagefind could not)/,
    );
  });
});

const indexed = (meta: Record<string, string>): IndexedPage => ({
  id: 'en_1',
  url: '/a/',
  content: '',
  meta,
  filters: {},
});

describe('withWordBreaks', () => {
  it('puts a space after block and table elements and line breaks, not inside words', () => {
    expect(withWordBreaks('<dt>Timescale</dt><dd>within</dd>')).toBe(
      '<dt>Timescale</dt> <dd>within</dd> ',
    );
    expect(withWordBreaks('<th>A</th><TH>B</TH >one<br/>two<br class="x">three')).toBe(
      '<th>A</th> <TH>B</TH > one<br/> two<br class="x"> three',
    );
    // Inline elements are parts of words: "<b>GP</b>s" stays one word.
    expect(withWordBreaks('<b>GP</b>s and <a href="/">e</a>-RS')).toBe(
      '<b>GP</b>s and <a href="/">e</a>-RS',
    );
  });
});

describe('questionPages', () => {
  it("holds the questions' words, escaped, and what is shown of the page", () => {
    const [only] = questionPages(
      indexed({
        title: 'Fit notes',
        type: 'Requirement',
        summary: 'Who issues them.',
        reader: 'Contract requirement',
      }),
      ['who does the sick note', 'A&E said "see your GP" for a sick note'],
    );
    expect(only!.url).toBe('/a/');
    expect(only!.content).toContain('<p>sick note a&#38;e see gp</p>');
    for (const shown of [
      'title">Fit notes',
      'summary">Who issues them.',
      'full">en_1',
      'type">Requirement',
    ])
      expect(only!.content).toContain(`data-pagefind-meta="${shown}</span>`);
    expect(only!.content).toContain(
      '<span data-pagefind-filter="reader">Contract requirement</span>',
    );
  });

  it('holds nothing for a page without questions, words in them or search metadata', () => {
    expect(questionPages(indexed({ title: 'Fit notes', type: 'Requirement' }))).toEqual([]);
    expect(
      questionPages(indexed({ title: 'Fit notes', type: 'Requirement' }), ['what is it?']),
    ).toEqual([]);
    expect(questionPages(indexed({ title: 'Fit notes' }), ['who does the sick note'])).toEqual([]);
  });
});

describe('suggestionPages', () => {
  it('keeps the title and keywords, titles weighted above keywords, and the type to show, but not the summary', () => {
    const [only] = suggestionPages(
      indexed({
        title: 'Fit notes',
        type: 'Requirement',
        summary: 'Who issues them.',
        keywords: 'sick note, Med3',
      }),
    );
    expect(only!.url).toBe('/a/');
    expect(only!.content).toContain('<h1 data-pagefind-weight="10">Fit notes</h1>');
    expect(only!.content).not.toContain('Who issues them.');
    expect(only!.content).toContain('<p data-pagefind-weight="2">sick note, Med3</p>');
    expect(only!.content).toContain('data-pagefind-meta="type"');
  });

  it("carries who the page is for and the full index's id for the page", () => {
    const [only] = suggestionPages(
      indexed({ title: 'Fit notes', type: 'Guidance', reader: 'For GP practices' }),
    );
    expect(only!.content).toContain('<span data-pagefind-meta="full">en_1</span>');
    expect(only!.content).toContain('<span data-pagefind-filter="reader">For GP practices</span>');
  });

  it('holds the glossary term by term, each leading to its own anchor', () => {
    const terms = JSON.stringify([
      { id: 'dna', term: 'Did not attend (DNA)', alsoKnownAs: ['WNB'] },
      { id: 'gp', term: 'GP', alsoKnownAs: [] },
    ]);
    const pages = suggestionPages({
      ...indexed({ title: 'Glossary', type: 'Glossary', terms }),
      url: '/glossary/',
    });
    expect(pages.map((p) => p.url)).toEqual(['/glossary/#dna', '/glossary/#gp']);
    expect(pages[0]!.content).toContain('>Did not attend (DNA)</h1>');
    expect(pages[0]!.content).toContain('>WNB</p>');
  });

  it('escapes text, so a title with markup characters stays text', () => {
    const [only] = suggestionPages(indexed({ title: 'A&E <letters> "now"', type: 'Guidance' }));
    expect(only!.content).toContain('A&#38;E &#60;letters&#62; &#34;now&#34;');
    expect(only!.content).not.toContain('<letters>');
  });

  it('leaves out pages without search metadata', () => {
    expect(suggestionPages(indexed({ title: 'Toolkits' }))).toEqual([]);
  });
});
