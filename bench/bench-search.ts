/**
 * `npm run bench:search`: measures search speed (bench/measure-search.ts) on the site already built
 * in dist/, served on a free 127.0.0.1 port by the site's own server (as `npm start` serves it).
 * It builds nothing: run `npm run build` first (or build the large bench corpus with
 * `CONTENT_ROOT=<corpus> npm run build`). Prints the figures and stores
 * them in bench/results.json as `search` (the header box), `searchPage` (the full-text page) and
 * `searchPageFromAddress` (the search page opened with ?q=). Set RESULTS_FILE to write elsewhere.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexedPages, sameCorpus } from './lib/results-corpus.ts';
import { measureSearchBoxes } from './measure-search.ts';
import { readOptions } from '../scripts/lib/command-line.ts';
import { serveSite } from '../scripts/lib/site-server.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run bench:search [-- --help]

Measures search speed in Chromium on the site already built in dist/ (run \`npm run build\` first,
or \`CONTENT_ROOT=<corpus> npm run build\` for a bench corpus), served by the site's own server:
  - the header box: cold, warm, and kilobytes for a first query
  - the search page typed into: cold, warm, kilobytes
  - the search page opened with ?q=: cold, warm, kilobytes, and when the page was first painted
Prints the figures and stores them in bench/results.json (search, searchPage,
searchPageFromAddress), keeping its other figures, when dist/ holds the corpus that file was
measured on (the same number of indexed pages); otherwise it only prints them. Set RESULTS_FILE
to write elsewhere.

Options:
  --help   show this help`;

readOptions({ options: {} }, HELP);

const root = REPOSITORY_ROOT;
const dist = path.join(root, 'dist');
const pages = await indexedPages(dist);
if (pages === undefined) {
  console.error('No built site with a search index in dist/. Run `npm run build` first.');
  process.exit(1);
}
const resultsFile = path.resolve(root, process.env.RESULTS_FILE ?? 'bench/results.json');
const previous = existsSync(resultsFile)
  ? (JSON.parse(await readFile(resultsFile, 'utf8')) as Record<string, unknown>)
  : {};
const store = sameCorpus(previous, pages);
const server = await serveSite({ dir: dist });
try {
  const { search, searchPage, searchPageFromAddress } = await measureSearchBoxes(server.url);
  const shown = path.relative(process.cwd(), resultsFile);
  if (store) {
    await writeFile(
      resultsFile,
      `${JSON.stringify({ ...previous, search, searchPage, searchPageFromAddress }, null, 2)}\n`,
    );
    console.log(`✓ wrote ${shown}`);
  } else {
    const measuredOn =
      typeof previous.indexedPages === 'number'
        ? `${previous.indexedPages} indexed pages`
        : `${String(previous.docs)} generated documents`;
    console.log(
      `Not stored: dist/ has ${pages} indexed pages, but ${shown} holds a run over ${measuredOn}. Set RESULTS_FILE to store these figures in a file of their own.`,
    );
  }
} finally {
  await server.close();
}
