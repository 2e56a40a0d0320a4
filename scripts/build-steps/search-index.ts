/**
 * The one place the build talks to Pagefind. It writes three search bundles from the same pages:
 * - `pagefind/`: every word of every indexed page, for the search page and its filters;
 * - `pagefind/language.json` and `language-rare.json`: the indexed words and phrases, for query
 *   understanding, and `language-english.json`, the English words a slip would be mended from
 *   (scripts/build-steps/search-language.ts);
 * - `pagefind/suggest/`: only each page's title and own everyday keywords, for the header box's
 *   suggestions as you type, as a typeahead suggests titles. Its index is a small fraction of the
 *   full one, so the first query on a page downloads little and each keystroke is answered in
 *   milliseconds, even with thousands of pages. Enter (or "See all results") takes the reader to
 *   the full-text search page;
 * - `pagefind/questions/`: the questions readers ask of each page, in their own words (its
 *   frontmatter's `questions`), one record per page, for the search page, which merges what they
 *   find into its results. Kept out of the suggestions, which the header box downloads as you type:
 *   there they made its first query half as heavy again (97 to 153 KB) and each key slower.
 * Pagefind reports failures in an `errors` array rather than throwing, so every response is checked
 * here, and its background service is always closed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { shortenPagefindWait } from './pagefind-wait.ts';
import { shareWasm } from './shared-wasm.ts';
import { parseSearchTerms } from '../../src/lib/search-facets.ts';
import { askedWords } from '../../src/lib/reader-questions.ts';
import {
  FULL_INDEX,
  FULL_IDS_FILE,
  FULL_IDS_MAX_RECORDS,
  QUESTION_WORDS_FILE,
  QUESTIONS_INDEX,
  SUGGESTIONS_INDEX,
  builtPath,
} from '../../src/lib/site-files.ts';
import {
  englishWords,
  LANGUAGE_FILE,
  RARE_WORDS_FILE,
  REAL_WORDS_FILE,
  readIndexedPages,
  realWordsNear,
  searchLanguage,
  splitLanguage,
  type IndexedPage,
} from './search-language.ts';

/** Where the full index lives in the site; the search page loads `/pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = builtPath(FULL_INDEX);
/** Where the suggestions index lives; the header box loads `/pagefind/suggest/pagefind.js`. */
const SUGGEST_BUNDLE_DIR = builtPath(SUGGESTIONS_INDEX);
/** Where the readers' questions live; the search page loads `/pagefind/questions/pagefind.js`. */
const QUESTIONS_BUNDLE_DIR = builtPath(QUESTIONS_INDEX);

/** Pages handed to Pagefind at once: enough to keep its service busy without holding the whole site in memory. */
const PAGES_AT_ONCE = 64;

export interface SearchIndexSummary {
  /** Pages in the full index. */
  pages: number;
  /** Pages in the suggestions index: every page with search metadata (SearchMetadata.astro). */
  suggestions: number;
  /** Pages with readers' questions: none, and no questions bundle, when no page has any. */
  asked: number;
}

export interface SearchIndexOptions {
  /** The questions readers ask of each page, by its address (src/lib/reader-questions.ts). */
  questions?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Indexes every page of the built site in `siteDir` that has `data-pagefind-body` into
 * `siteDir/pagefind/`, the title and own keywords of each of those pages into
 * `siteDir/pagefind/suggest/`, and the readers' `questions` of those that have any into
 * `siteDir/pagefind/questions/`.
 */
export async function buildSearchIndex(
  siteDir: string,
  { questions = new Map() }: SearchIndexOptions = {},
): Promise<SearchIndexSummary> {
  try {
    const full = await newIndex();
    const files = (await readdir(siteDir, { recursive: true }))
      .filter((file) => file.endsWith('.html'))
      .sort();
    for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
      await Promise.all(
        files.slice(start, start + PAGES_AT_ONCE).map(async (file) => {
          const sourcePath = file.split(path.sep).join('/');
          const added = await full.addHTMLFile({
            sourcePath,
            content: withWordBreaks(await readFile(path.join(siteDir, file), 'utf8')),
          });
          failOn(`index ${sourcePath}`, added.errors);
        }),
      );
    }
    const fullDir = path.join(siteDir, SEARCH_BUNDLE_DIR);
    const pages = await writeBundle(full, fullDir);
    if (pages === 0)
      throw new Error(
        `The search index is empty: no HTML page in ${siteDir} has data-pagefind-body.`,
      );
    const indexed = await readIndexedPages(fullDir);
    const language = searchLanguage(indexed);
    const { common, rare } = splitLanguage(language);
    await writeFile(path.join(fullDir, LANGUAGE_FILE), JSON.stringify(common));
    await writeFile(path.join(fullDir, RARE_WORDS_FILE), JSON.stringify(rare));
    await writeFile(
      path.join(fullDir, REAL_WORDS_FILE),
      JSON.stringify(realWordsNear(language, await englishWords())),
    );
    const suggest = await newIndex();
    await addRecords(suggest, indexed.flatMap(suggestionPages), 'the suggestions');
    const suggestDir = path.join(siteDir, SUGGEST_BUNDLE_DIR);
    const suggestions = await writeBundle(suggest, suggestDir);
    await writeFullIds(suggestDir, suggestions);
    // One copy of Pagefind's WebAssembly for every bundle, when Pagefind wrote the same file twice.
    await shareWasm(suggestDir, fullDir);
    const askedPages = indexed.flatMap((page) => questionPages(page, questions.get(page.url)));
    let asked = 0;
    if (askedPages.length > 0) {
      const questionsIndex = await newIndex();
      await addRecords(questionsIndex, askedPages, "the readers' questions");
      const questionsDir = path.join(siteDir, QUESTIONS_BUNDLE_DIR);
      asked = await writeBundle(questionsIndex, questionsDir);
      await writeFullIds(questionsDir, asked);
      await shareWasm(questionsDir, fullDir);
      // The words only the questions use ("registrar", "hosptial"): the query planner, which knows
      // the full text's words, would otherwise leave them out or mend them before they are searched.
      const known = new Set([...Object.keys(common.words), ...rare]);
      const own = [...new Set(askedPages.flatMap((p) => p.words))].filter((w) => !known.has(w));
      await writeFile(path.join(questionsDir, QUESTION_WORDS_FILE), JSON.stringify(own.sort()));
    }
    return { pages, suggestions, asked };
  } finally {
    await pagefind.close();
  }
}

/**
 * A page as Pagefind should read it: with a space after the end of each block element, and after
 * each line break. Pagefind separates the text of only some elements (paragraphs, list items,
 * table data cells, headings, divs) and the site's HTML has no space between tags, so a
 * requirement's "Timescale" term and its value were indexed as one word, "Timescalewithin", and the
 * clause table's headings as "editionContract editionClauseNote": neither found by its words, and
 * shown so in excerpts. Only the copy Pagefind reads is changed; a space after the end of these
 * elements (or a line break) shows nothing in a browser either.
 */
export function withWordBreaks(html: string): string {
  return html.replace(WORD_BREAK_AFTER, '$& ');
}

/** The end tags of the elements whose text is its own (HTML's block and table elements), and <br>. */
const WORD_BREAK_AFTER = new RegExp(
  `</(?:${[
    'address',
    'article',
    'aside',
    'blockquote',
    'caption',
    'dd',
    'details',
    'dialog',
    'div',
    'dl',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'h[1-6]',
    'header',
    'hgroup',
    'legend',
    'li',
    'main',
    'nav',
    'ol',
    'p',
    'pre',
    'section',
    'summary',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'ul',
  ].join('|')})\\s*>|<br\\b[^>]*>`,
  'gi',
);

/**
 * The pages the suggestions index holds for one indexed page: its title and own keywords (a
 * requirement's everyday words; not the words a document inherits from its requirements, which
 * lead to the requirement's page instead), its type and who it is for, to show beside the title.
 * The glossary is held term by term, each leading to the term itself (`/glossary/#dna`).
 * Summaries are left out: they would double the index and the time each keystroke takes, and
 * suggest pages whose titles do not show the words typed. Each suggestion carries the full
 * index's id for its page (`full`), which `writeFullIds` lists beside the bundle so the search page
 * can merge suggestions into its results.
 * Built from what Pagefind read from the page (SearchMetadata.astro writes `type` on every indexed
 * page), so the two indexes never disagree about a title. None for pages with no search metadata.
 */
export function suggestionPages(page: IndexedPage): { url: string; content: string }[] {
  const { title, type, keywords, reader } = page.meta;
  if (!title || !type) return [];
  const about = { type, full: page.id, ...(reader ? { reader } : {}) };
  const terms = parseSearchTerms(page.meta.terms);
  if (terms.length > 0) {
    return terms.map((term) => ({
      url: `${page.url}#${term.id}`,
      content: suggestionHtml({
        title: term.term,
        keywords: term.alsoKnownAs.join(', '),
        ...about,
        definition: true,
      }),
    }));
  }
  return [
    {
      url: page.url,
      content: suggestionHtml({ title, ...(keywords ? { keywords } : {}), ...about }),
    },
  ];
}

/**
 * The record the questions index holds for one indexed page with readers' questions: the words
 * they use (`askedWords`), and what the search page shows of a page only they found (its title,
 * summary, type and who it is for) with the full index's id for the page (`full`), which
 * `writeFullIds` lists beside the bundle so the search page can merge it into the full-text
 * results. None for a page without questions or search metadata.
 */
export function questionPages(
  page: IndexedPage,
  questions: readonly string[] = [],
): { url: string; content: string; words: string[] }[] {
  const { title, type, summary, reviewed, reader } = page.meta;
  const words = askedWords(questions);
  if (!title || !type || words.length === 0) return [];
  const content = [
    '<!doctype html><html lang="en"><body><main data-pagefind-body>',
    `<p>${escapeHtml(words.join(' '))}</p>`,
    hiddenMeta({ title, type, full: page.id, summary, reviewed }, reader),
    '</main></body></html>',
  ].join('');
  return [{ url: page.url, content, words }];
}

/**
 * What a record carries but does not index: its metadata, and who the page is for as a filter (the
 * reader ranking asks each bundle for a reader's pages).
 */
function hiddenMeta(meta: Record<string, string | undefined>, reader: string | undefined): string {
  return [
    '<div hidden data-pagefind-ignore>',
    ...Object.entries({ ...meta, reader }).map(([key, value]) =>
      value ? `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>` : '',
    ),
    reader ? `<span data-pagefind-filter="reader">${escapeHtml(reader)}</span>` : '',
    '</div>',
  ].join('');
}

/**
 * A definition's title weighs half a page's: "DNA policy" should suggest the pages about missed
 * appointments before the glossary's meaning of DNA.
 */
function suggestionHtml(page: {
  title: string;
  keywords?: string;
  type: string;
  full: string;
  reader?: string;
  definition?: boolean;
}): string {
  return [
    '<!doctype html><html lang="en"><body><main data-pagefind-body>',
    `<h1 data-pagefind-weight="${page.definition ? 5 : 10}">${escapeHtml(page.title)}</h1>`,
    page.keywords
      ? `<p data-pagefind-weight="${page.definition ? 1 : 2}">${escapeHtml(page.keywords)}</p>`
      : '',
    hiddenMeta({ type: page.type, full: page.full }, page.reader),
    '</main></body></html>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // "A&E" and "A&G" are words to clinicians: kept whole rather than split into single letters.
    includeCharacters: '&',
  });
  failOn('create the search index', errors);
  if (!index) throw new Error('Pagefind did not create an index.');
  return index;
}

/** Adds records made by the build to a bundle, `PAGES_AT_ONCE` at a time. */
async function addRecords(
  index: pagefind.PagefindIndex,
  records: readonly { url: string; content: string }[],
  bundle: string,
): Promise<void> {
  for (let start = 0; start < records.length; start += PAGES_AT_ONCE)
    await Promise.all(
      records
        .slice(start, start + PAGES_AT_ONCE)
        .map(async ({ url, content }) =>
          failOn(`add ${url} to ${bundle}`, (await index.addHTMLFile({ url, content })).errors),
        ),
    );
}

/** Writes one bundle and returns how many pages it holds. */
async function writeBundle(index: pagefind.PagefindIndex, outputPath: string): Promise<number> {
  const written = await index.writeFiles({ outputPath });
  failOn(`write the search index to ${outputPath}`, written.errors);
  await shortenPagefindWait(outputPath);
  return indexedPageCount(outputPath);
}

/**
 * Writes the full index's id of each record's page (its `full` meta) beside a bundle of `records`
 * records, if they are at most `maxRecords` (site-files.ts: `FULL_IDS_FILE`): a suggestion or a
 * question found is then placed among the full text's results without its fragment, which is
 * downloaded only if the page is shown.
 */
export async function writeFullIds(
  bundleDir: string,
  records: number,
  maxRecords = FULL_IDS_MAX_RECORDS,
): Promise<void> {
  if (records > maxRecords) return;
  const ids = Object.fromEntries(
    (await readIndexedPages(bundleDir)).flatMap((record) =>
      record.meta.full ? [[record.id, record.meta.full]] : [],
    ),
  );
  await writeFile(path.join(bundleDir, FULL_IDS_FILE), JSON.stringify(ids));
}

function failOn(action: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n  ${errors.join('\n  ')}`);
}

/** Pages in the index, from the bundle's entry file (Pagefind's own `page_count` counts every HTML file read). */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
