/**
 * The offline service worker, generated with workbox-build once the pages and the search index are
 * in the staging folder. It precaches every page, asset and search file, so after one visit the
 * whole site and its search work with no network. Each file's revision is a hash of its content,
 * so a new build replaces exactly what changed; the new worker takes over at once (skipWaiting,
 * clientsClaim) and the next page visited comes from the new build.
 */
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { PAGEFIND_FILES_UNUSED, SERVICE_WORKER, builtPath } from '../../src/lib/site-files.ts';

/** The worker's file; the site registers it from src/scripts/offline.ts. */
const SERVICE_WORKER_FILE = builtPath(SERVICE_WORKER);

export async function buildServiceWorker(
  siteDir: string,
): Promise<{ files: number; bytes: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: [
      '**/*.{html,css,js,mjs,json,xml,svg,png,ico,webmanifest,woff2,csv}',
      'pagefind/**/*',
    ],
    // Generated files readers download on purpose stay network-only: they can be large.
    // Of the search bundles, only what the site's own scripts load: no Pagefind UI, no
    // language-less WebAssembly, and one copy of the highlighter (the full bundle's).
    // The open data (api/) is for other systems and grows with the whole corpus (10.8 MB at
    // 10,000 documents, past the size limit below): it is fetched from the network.
    globIgnores: [
      SERVICE_WORKER_FILE,
      'toolkits/**/*.{zip,docx,xlsx}',
      // Pack PDFs: the pack pages they are printed from are precached instead.
      '**/*.pdf',
      'api/**',
      ...PAGEFIND_FILES_UNUSED,
      // The brotli copies of files it precaches (precompress.ts): the server picks one or the other.
      '**/*.br',
    ],
    swDest: path.join(siteDir, SERVICE_WORKER_FILE),
    // Pages are static: ?q=, filters, ?pagefind-highlight= and Pagefind's ?ts= never change a file.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0)
    throw new Error(
      `The service worker could not be generated cleanly:\n  ${warnings.join('\n  ')}`,
    );
  return { files: count, bytes: size };
}
