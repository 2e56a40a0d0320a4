/**
 * The steps of `npm run build` around the Astro build of the pages, shared by scripts/build.ts and
 * the benchmark (scripts/bench.ts), so a benchmarked site is built exactly as a published one.
 */
import { buildToolkits } from '../build-toolkits.ts';
import { writeSecurityHeaders } from '../build-security-headers.ts';
import { copyNhsukAssets } from '../copy-nhsuk-assets.ts';
import { buildPackPdfs } from './pack-pdfs.ts';
import { buildSearchIndex } from './pagefind.ts';
import { buildServiceWorker } from './service-worker.ts';
import type { BuildStep } from './staging.ts';

/** Before the pages: they are copied in from public/, and the toolkit pages show the files' sizes. */
export function stepsBeforePages(root: string): BuildStep[] {
  return [
    { name: 'NHS.UK frontend assets', run: () => copyNhsukAssets(root) },
    { name: 'toolkit files', run: () => buildToolkits(root) },
  ];
}

/** After the pages, on the built site. */
export function stepsAfterPages(root: string): BuildStep[] {
  return [
    // First: it writes the PDFs and the links to them into the pages the later steps read.
    { name: 'pack PDFs', run: (outDir) => buildPackPdfs(outDir, { root }) },
    { name: 'security headers', run: writeSecurityHeaders },
    // Pagefind reads the built HTML.
    { name: 'search index', run: (outDir) => buildSearchIndex(outDir) },
    // Last: it precaches every file the steps before it wrote, the search index included.
    { name: 'offline service worker', run: (outDir) => buildServiceWorker(outDir) },
  ];
}
