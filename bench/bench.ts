/**
 * `npm run bench`: how the site scales and what it costs its readers. Generates a synthetic corpus,
 * builds the real site and a bare Astro site over it, and measures build time and memory, the
 * Pagefind index, page weight, search latency and Lighthouse scores. Prints a table and writes
 * bench/results.json. Speed targets live here, not in the tests.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBareSite } from './lib/bare-site.ts';
import { generateCorpus } from './lib/corpus.ts';
import { LIGHTHOUSE_CATEGORIES, lighthouseScores } from './lib/lighthouse.ts';
import { measureProcess } from './lib/measure-process.ts';
import {
  measureSearchBoxes,
  type AddressMeasurement,
  type SearchMeasurement,
} from './measure-search.ts';
import { pageWeight } from './lib/page-weight.ts';
import { readOptions, usageError, wholeNumber } from '../scripts/lib/command-line.ts';
import { serveSite } from '../scripts/lib/site-server.ts';
import { stepsAfterPages, stepsBeforePages } from '../scripts/build-steps/index.ts';
import { SEARCH_BUNDLE_DIR } from '../scripts/build-steps/search-index.ts';
import { indexedPages } from './lib/results-corpus.ts';
import type { BuildStep } from '../scripts/build-steps/staging.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run bench [-- options]

Generates a synthetic corpus (the real requirements and organisations plus N documents that pass
the schemas, each written in the words of one real page, as often as that page uses them), then
measures, in one run:
  - build time and peak memory of the real site and of a bare Astro + MDX site over the same files
  - search indexing time (full and suggestions index, as the build does) and their size
  - the gzipped weight of a typical guidance page (HTML + CSS + JS)
  - search latency and bytes in the header box and on the search page, typed into and opened
    with ?q= (bench/measure-search.ts)
  - what the packs add: the time Astro spends on the pack pages, the PDF step, each PDF's size
  - Lighthouse scores for the home, a guidance and the search page
Prints a table and writes bench/results.json. Takes minutes: a 5,000-document run builds two sites.

Options:
  --docs <n>          documents to generate (default 5000)
  --no-lighthouse     skip the Lighthouse runs
  --keep              keep the generated corpus and builds in bench/tmp/
  --out <file>        where to write the results (default bench/results.json, or RESULTS_FILE)
  --help              show this help`;

const root = REPOSITORY_ROOT;
/** Inside the repository, so the bare site resolves the same Astro and MDX from node_modules. */
const tmp = path.join(root, 'bench', 'tmp');

/**
 * Builds an Astro project with the programmatic API, in a child process so it can be measured.
 * Given a fourth argument, it also writes there how long Astro took to render the pack pages
 * (their own lines of Astro's build log), so the bench can say what the packs add to a build.
 */
const BUILD_CHILD = `import { writeFileSync } from 'node:fs';
import { build } from 'astro';
const [root, outDir, cacheDir, timesFile] = process.argv.slice(1);
let log = '';
if (timesFile) process.stdout.write = (chunk) => ((log += String(chunk)), true);
await build({ root, outDir, cacheDir, logLevel: timesFile ? 'info' : 'error' });
if (timesFile) {
  const pages = [...log.replace(/\\u001b\\[[0-9;]*m/g, '').matchAll(/(\\/\\S+)\\s+\\(\\+([\\d.]+)(ms|s)\\)/g)];
  const packs = pages.filter((m) => /\\/pack\\/|^\\/packs\\//.test(m[1]));
  const ms = packs.reduce((sum, m) => sum + Number(m[2]) * (m[3] === 's' ? 1000 : 1), 0);
  writeFileSync(timesFile, JSON.stringify({ files: packs.length, seconds: ms / 1000, pagesLogged: pages.length }));
}`;

function buildAstro(
  projectRoot: string,
  outDir: string,
  env: Record<string, string> = {},
  timesFile?: string,
) {
  const cacheDir = path.join(outDir, '..', `${path.basename(outDir)}-cache`);
  return measureProcess(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      BUILD_CHILD,
      projectRoot,
      outDir,
      cacheDir,
      ...(timesFile ? [timesFile] : []),
    ],
    {
      cwd: projectRoot,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
    },
  );
}

/** The pack PDFs in a built site: each one's size, requirement packs and handbooks apart. */
async function packPdfSizes(
  siteDir: string,
): Promise<{ requirementKB: number[]; handbookKB: Record<string, number> }> {
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const sized = await Promise.all(
    files.map(async (f) => ({
      f,
      kb: Math.round((await stat(path.join(siteDir, f))).size / 1024),
    })),
  );
  return {
    requirementKB: sized
      .filter(({ f }) => f.startsWith('requirements'))
      .map(({ kb }) => kb)
      .sort((a, b) => a - b),
    handbookKB: Object.fromEntries(
      sized
        .filter(({ f }) => f.startsWith('packs'))
        .map(({ f, kb }) => [path.basename(f, '.pdf'), kb]),
    ),
  };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/** Runs build steps on `outDir` as `npm run build` does; returns each step's seconds by name. */
async function runSteps(steps: BuildStep[], outDir: string): Promise<Map<string, number>> {
  const seconds = new Map<string, number>();
  for (const step of steps) {
    const started = performance.now();
    await step.run(outDir);
    seconds.set(step.name, (performance.now() - started) / 1000);
  }
  return seconds;
}

/** The guidance page of median HTML size: what a typical reader opens. */
async function typicalGuidancePage(siteDir: string): Promise<string> {
  const files = (await readdir(path.join(siteDir, 'guidance'), { recursive: true })).filter(
    (f) => f.includes('bench') && f.endsWith('index.html'),
  );
  const sized = await Promise.all(
    files.map(async (f) => ({ f, size: (await stat(path.join(siteDir, 'guidance', f))).size })),
  );
  sized.sort((a, b) => a.size - b.size);
  const median = sized[Math.floor(sized.length / 2)];
  if (!median) throw new Error('The benchmark site has no generated guidance pages.');
  return `/guidance/${path.dirname(median.f).split(path.sep).join('/')}/`;
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

async function main(): Promise<void> {
  const { values } = readOptions(
    {
      options: {
        docs: { type: 'string', default: '5000' },
        'no-lighthouse': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        out: { type: 'string', default: process.env.RESULTS_FILE ?? 'bench/results.json' },
      },
    },
    HELP,
  );
  const docs =
    wholeNumber(values.docs, 1) ??
    usageError(
      `--docs expects a whole number of documents, e.g. --docs 1000; found "${values.docs}".`,
      HELP,
    );

  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const corpus = path.join(tmp, 'corpus');
  const siteDir = path.join(tmp, 'site-dist');
  const bareRoot = path.join(tmp, 'bare');
  try {
    // The files the pages step copies from public/, as `npm run build` makes them first.
    await runSteps(stepsBeforePages(root), siteDir);
    await generateCorpus(root, corpus, docs);
    console.log(`✓ generated ${docs} documents in ${path.relative(root, corpus)}/`);

    const packTimesFile = path.join(tmp, 'pack-times.json');
    const site = await buildAstro(root, siteDir, { CONTENT_ROOT: corpus }, packTimesFile);
    const packPages = JSON.parse(await readFile(packTimesFile, 'utf8')) as {
      files: number;
      seconds: number;
    };
    console.log(`✓ real site built in ${round(site.seconds)} s, peak ${site.peakMB} MB`);
    await writeBareSite(bareRoot, corpus);
    const bare = await buildAstro(bareRoot, path.join(tmp, 'bare-dist'));
    console.log(`✓ bare Astro site built in ${round(bare.seconds)} s, peak ${bare.peakMB} MB`);
    // The rest of `npm run build`, so the pages measured below behave as published (without the
    // service worker, each page's registration of /sw.js fails and Lighthouse marks that down).
    const stepSeconds = await runSteps(stepsAfterPages(root, corpus), siteDir);
    const index = {
      seconds: stepSeconds.get('search index')!,
      indexKB: Math.round((await folderBytes(path.join(siteDir, SEARCH_BUNDLE_DIR))) / 1024),
    };
    console.log(
      `✓ search indexes built in ${round(index.seconds)} s (${index.indexKB} KB), then the headers and service worker`,
    );
    const pdfSizes = await packPdfSizes(siteDir);
    const packs = {
      pageFiles: packPages.files,
      pagesSeconds: round(packPages.seconds),
      pdfSeconds: round(stepSeconds.get('pack PDFs')!),
      pdfs: pdfSizes.requirementKB.length + Object.keys(pdfSizes.handbookKB).length,
      requirementPdfKB: {
        median: pdfSizes.requirementKB[Math.floor(pdfSizes.requirementKB.length / 2)] ?? 0,
        max: pdfSizes.requirementKB.at(-1) ?? 0,
      },
      handbookPdfKB: pdfSizes.handbookKB,
    };
    console.log(
      `✓ packs: ${packs.pageFiles} files rendered in ${packs.pagesSeconds} s, ${packs.pdfs} PDFs printed in ${packs.pdfSeconds} s`,
    );

    const guidancePath = await typicalGuidancePage(siteDir);
    const weight = await pageWeight(siteDir, guidancePath);
    console.log(
      `✓ ${guidancePath} weighs ${weight.kb} KB gzipped (${weight.files.map((f) => path.basename(f.file)).join(', ')})`,
    );

    const server = await serveSite({ dir: siteDir });
    const baseUrl = server.url;
    let search: SearchMeasurement;
    let searchPage: SearchMeasurement;
    let searchPageFromAddress: AddressMeasurement;
    let lighthouse: Record<string, unknown> | null = null;
    try {
      ({ search, searchPage, searchPageFromAddress } = await measureSearchBoxes(baseUrl));
      if (!values['no-lighthouse']) {
        lighthouse = await lighthouseScores({
          home: `${baseUrl}/`,
          guidance: `${baseUrl}${guidancePath}`,
          search: `${baseUrl}/search/?q=discharge+summary`,
        });
        console.log('✓ Lighthouse');
      }
    } finally {
      await server.close();
    }

    const results = {
      docs,
      // With the real pages: bench:search checks it before storing figures beside these.
      indexedPages: await indexedPages(siteDir),
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        memoryGB: round(os.totalmem() / 1024 ** 3),
        node: process.version,
      },
      build: {
        siteSeconds: round(site.seconds),
        bareSeconds: round(bare.seconds),
        ratio: round(site.seconds / bare.seconds, 2),
        sitePeakMB: site.peakMB,
        barePeakMB: bare.peakMB,
        pagefindSeconds: round(index.seconds),
        indexKB: index.indexKB,
      },
      search,
      searchPage,
      searchPageFromAddress,
      packs,
      pageWeightKB: weight.kb,
      pageWeightPage: guidancePath,
      lighthouse,
    };
    await writeFile(path.resolve(root, values.out), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    console.log(`✓ wrote ${values.out}`);
  } finally {
    if (!values.keep) await rm(tmp, { recursive: true, force: true });
  }
}

function printTable(r: {
  docs: number;
  build: Record<string, number>;
  search: SearchMeasurement;
  searchPage: SearchMeasurement;
  searchPageFromAddress: AddressMeasurement;
  pageWeightKB: number;
  packs: {
    pagesSeconds: number;
    pdfSeconds: number;
    pdfs: number;
    requirementPdfKB: { max: number };
    handbookPdfKB: Record<string, number>;
  };
  lighthouse: Record<string, unknown> | null;
}): void {
  const rows: [string, string, string][] = [
    ['Build, real site', `${r.build.siteSeconds} s, ${r.build.sitePeakMB} MB peak`, ''],
    ['Build, bare Astro', `${r.build.bareSeconds} s, ${r.build.barePeakMB} MB peak`, ''],
    ['Build time ratio', String(r.build.ratio), '≤ 1.2 at 5,000 docs'],
    [
      'Search indexes (full + suggestions)',
      `${r.build.pagefindSeconds} s, index ${r.build.indexKB} KB`,
      '',
    ],
    ['Guidance page weight (gzip)', `${r.pageWeightKB} KB`, '≤ 40 KB'],
    [
      'Packs: pack pages / PDF step',
      `${r.packs.pagesSeconds} s / ${r.packs.pdfSeconds} s (${r.packs.pdfs} PDFs)`,
      '',
    ],
    ['Largest requirement pack PDF', `${r.packs.requirementPdfKB.max} KB`, '≤ 300 KB'],
    [
      'Largest handbook PDF',
      `${Math.max(0, ...Object.values(r.packs.handbookPdfKB))} KB`,
      '≤ 1,536 KB',
    ],
    [
      'Header search: cold / warm, first query',
      `${r.search.coldMs} ms / ${r.search.warmMs} ms, ${r.search.firstQueryKB} KB`,
      '≤ 300 ms / ≤ 50 ms, ≤ 150 KB',
    ],
    [
      'Search page: cold / warm, first query',
      `${r.searchPage.coldMs} ms / ${r.searchPage.warmMs} ms, ${r.searchPage.firstQueryKB} KB`,
      'includes a 250 ms typing pause',
    ],
    [
      'Search page opened with ?q=: cold / warm',
      `${r.searchPageFromAddress.coldMs} ms / ${r.searchPageFromAddress.warmMs} ms, ${r.searchPageFromAddress.firstQueryKB} KB (page painted at ${r.searchPageFromAddress.pagePaintColdMs} / ${r.searchPageFromAddress.pagePaintWarmMs} ms)`,
      '≤ 500 ms cold at 5,000 docs; ≤ 300 / ≤ 100 ms on the real site',
    ],
  ];
  for (const [page, scores] of Object.entries(r.lighthouse ?? {})) {
    rows.push([
      `Lighthouse ${page}`,
      LIGHTHOUSE_CATEGORIES.map(
        (c) => `${c} ${(scores as Record<string, number | null>)[c] ?? '–'}`,
      ).join(', '),
      '100 each',
    ]);
  }
  console.log(`\nBenchmark at ${r.docs} documents`);
  console.table(rows.map(([measure, value, target]) => ({ measure, value, target })));
}

try {
  await main();
} catch (error) {
  console.error(`Benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
