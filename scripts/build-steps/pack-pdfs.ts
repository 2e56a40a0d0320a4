/**
 * Build step: a PDF of every pack (src/layouts/PackLayout.astro), printed by Chromium from the
 * built page, so the PDF and the page are the same document: tagged, with an outline from its
 * headings, selectable text and the page's title as its title. Then each page's PDF marker
 * (src/components/PackPdfLink.astro) becomes a link with the PDF's size. Without Chromium the
 * markers are removed and the packs are published without PDFs: no page links to a missing file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { serveSite } from '../lib/site-server.ts';
import {
  CHROMIUM_INSTALL,
  CHROMIUM_PATH,
  chromiumInstalled,
  launchChromium,
} from '../lib/chromium.ts';

/** The marker PackPdfLink.astro writes: the PDF's site path and the link text. */
const MARKER =
  /<div class="app-pack-pdf"\s+data-app-pack-pdf="([^"]+)"\s+data-app-pdf-text="([^"]+)"\s*><\/div>/g;

/** PDFs printed side by side: one per core of a small build machine. */
const TABS = 2;

/** One PDF written by the step. */
export interface PackPdf {
  /** Its site path, e.g. /requirements/fit-notes/pack/fit-notes-pack.pdf */
  pdf: string;
  bytes: number;
}

/** The pack page a PDF is printed from: the folder it sits in. */
export const packPageOf = (pdf: string) => `${path.posix.dirname(pdf)}/`;

/**
 * Prints one pack page to a PDF file and returns its size. `siteUrl` is where the built site is
 * served. Links that leave the pack point at the published site in the PDF (their
 * `data-app-address`), not at the server the PDF was printed from.
 */
export async function printPackPdf(
  page: Page,
  siteUrl: string,
  pdf: string,
  file: string,
): Promise<number> {
  const response = await page.goto(new URL(packPageOf(pdf), siteUrl).href, { waitUntil: 'load' });
  if (!response?.ok())
    throw new Error(`${packPageOf(pdf)} answered ${response?.status()} while printing its PDF`);
  await page.evaluate(() => {
    for (const link of document.querySelectorAll('a[data-app-address]'))
      link.setAttribute('href', link.getAttribute('data-app-address')!);
  });
  const bytes = await page.pdf({
    path: file,
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
  });
  return bytes.byteLength;
}

/** Every built HTML page that holds a PDF marker, with its HTML. */
async function pagesWithMarkers(siteDir: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const file of await readdir(siteDir, { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(path.join(siteDir, file), 'utf8');
    if (html.includes('data-app-pack-pdf=')) pages.set(file, html);
  }
  return pages;
}

/** Replaces each marker with the link to its PDF, or with nothing when the PDF was not built. */
async function writeLinks(
  siteDir: string,
  pages: ReadonlyMap<string, string>,
  built: ReadonlyMap<string, number>,
): Promise<void> {
  for (const [file, html] of pages) {
    const linked = html.replace(MARKER, (_, pdf: string, text: string) => {
      const bytes = built.get(pdf);
      if (bytes === undefined) return '';
      return `<p class="app-pack-pdf"><a class="app-pack-pdf__link" href="${pdf}" download>${text} (PDF, ${formatFileSize(bytes)})</a></p>`;
    });
    await writeFile(path.join(siteDir, file), linked);
  }
}

/**
 * Prints every pack's PDF into the built site in `siteDir` (served on a free 127.0.0.1 port by the
 * site's own server, scripts/lib/site-server.ts) with one browser, then links them. Returns the PDFs
 * written; none when Chromium is not installed, which it says in one line.
 */
export async function buildPackPdfs(siteDir: string): Promise<PackPdf[]> {
  const pages = await pagesWithMarkers(siteDir);
  const pdfs = [
    ...new Set([...pages.values()].flatMap((html) => [...html.matchAll(MARKER)].map((m) => m[1]!))),
  ].sort();
  if (!chromiumInstalled()) {
    console.log(
      `  Chromium not found at ${CHROMIUM_PATH}: packs published without PDFs (install it: ${CHROMIUM_INSTALL})`,
    );
    await writeLinks(siteDir, pages, new Map());
    return [];
  }
  const server = await serveSite({ dir: siteDir });
  const browser = await launchChromium();
  const built = new Map<string, number>();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const queue = [...pdfs];
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await context.newPage();
        for (let pdf = queue.shift(); pdf; pdf = queue.shift()) {
          built.set(pdf, await printPackPdf(page, server.url, pdf, path.join(siteDir, pdf)));
        }
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  await writeLinks(siteDir, pages, built);
  const total = [...built.values()].reduce((sum, bytes) => sum + bytes, 0);
  const [largest, largestBytes] = [...built].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
  console.log(
    `  ${built.size} pack PDFs, ${formatFileSize(total)} in all (largest ${path.posix.basename(largest)}, ${formatFileSize(largestBytes)})`,
  );
  return pdfs.map((pdf) => ({ pdf, bytes: built.get(pdf)! }));
}
