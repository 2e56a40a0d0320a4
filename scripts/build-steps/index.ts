/**
 * The steps of `npm run build` around the Astro build of the pages, shared by scripts/build.ts and
 * the benchmark (bench/bench.ts), so a benchmarked site is built exactly as a published one.
 */
import { buildAttachments } from './attachments.ts';
import { buildToolkits } from './toolkits.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { copyNhsukAssets } from './nhsuk-assets.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSearchPreloads } from './search-preloads.ts';
import { writeModulePreloads } from './module-preloads.ts';
import { buildPackPdfs } from './pack-pdfs.ts';
import { buildServiceWorker } from './service-worker.ts';
import { precompress } from './precompress.ts';
import type { BuildStep } from './staging.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { questionsByPage } from '../../src/lib/reader-questions.ts';

/** Before the pages: they are copied in from public/, and toolkit and resource pages show the files' sizes. */
export function stepsBeforePages(root: string): BuildStep[] {
  return [
    { name: 'NHS.UK frontend assets', run: () => copyNhsukAssets(root) },
    { name: 'toolkit files', run: () => buildToolkits(root) },
    { name: 'resource attachments', run: () => buildAttachments(root) },
  ];
}

/**
 * After the pages, on the built site. The search index reads the readers' questions from the
 * content the pages were built from: `contentDir` (`CONTENT_ROOT`, or content/ of `root`).
 */
export function stepsAfterPages(root: string, contentDir = contentRoot(root)): BuildStep[] {
  return [
    // First: it writes the PDFs and the links to them into the pages the later steps read.
    { name: 'pack PDFs', run: buildPackPdfs },
    { name: 'security headers', run: writeSecurityHeaders },
    // Pagefind reads the built HTML.
    {
      name: 'search index',
      run: async (outDir) =>
        buildSearchIndex(outDir, {
          questions: questionsByPage(await readContentFiles(root, contentDir)),
        }),
    },
    // The search page's preloads name the index files Pagefind has just written.
    { name: 'search preloads', run: writeSearchPreloads },
    { name: 'module preloads', run: writeModulePreloads },
    // Once the files it compresses are final.
    { name: 'brotli copies', run: precompress },
    // Last: it precaches every file the steps before it wrote, the search index included.
    { name: 'offline service worker', run: (outDir) => buildServiceWorker(outDir) },
  ];
}
