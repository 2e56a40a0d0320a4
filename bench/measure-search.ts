/**
 * Search speed as a clinician feels it, measured in Chromium against a served build, in two places:
 * - the header box on an article page (the issue's targets): results as you type, from the small
 *   suggestions index of titles, summaries and keywords;
 * - the /search/ page: full text with filters, which waits for a 250 ms pause in typing first.
 * For each:
 * - coldMs: typing a query into the box of a page opened in a fresh browser (nothing cached, no
 *   service worker) until the first result is on screen; includes downloading Pagefind.
 * - warmMs: a second query in the same box, once the index is loaded.
 * - firstQueryKB: kilobytes downloaded from focusing the box to the first result of the cold query
 *   (Pagefind, its WebAssembly, and the index chunks and result fragments the query needs), as
 *   sent over the wire by the server (compressed where it compresses).
 * Times run from the input event to the first result link being added to the page. Each figure is
 * the median of several runs, each in a fresh browser, so one slow run on a busy machine does not
 * decide it.
 *
 * A third measure, `searchPageFromAddress`, is the search page opened with `?q=` (from the header
 * form, a link or a bookmark): from the start of navigation to the first result on screen, cold (a
 * fresh browser) and warm (a second address in the same browser), with the bytes of the cold visit
 * and where its time went (when the last file of each kind arrived), and when the page itself was
 * first painted, so the search's own share of the time can be told from the page's.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium.ts';

export interface SearchMeasurement {
  coldMs: number;
  warmMs: number;
  firstQueryKB: number;
}

export interface SearchBox {
  /** A page with the box. */
  path: string;
  input: string;
  /** Matches once a result link is on screen, and no longer once the box is cleared. */
  firstResult: string;
}

/** The header box on an article page: what the issue's speed targets are about. */
const HEADER_BOX: SearchBox = {
  path: '/about/',
  input: '#search-field',
  firstResult: '#header-search-results:not([hidden]) li a',
};
/** The full-text search page. */
const SEARCH_PAGE_BOX: SearchBox = {
  path: '/search/',
  input: '#search-query',
  firstResult: '#search-results li a',
};

export interface MeasureOptions {
  box?: SearchBox;
  /** Fresh-browser runs to take the median of. */
  runs?: number;
  coldQuery?: string;
  warmQuery?: string;
}

async function measureSearch(
  baseUrl: string,
  options: MeasureOptions = {},
): Promise<SearchMeasurement> {
  const runs: SearchMeasurement[] = [];
  for (let run = 0; run < (options.runs ?? 5); run++)
    runs.push(await measureOnce(baseUrl, options));
  return {
    coldMs: median(runs.map((r) => r.coldMs)),
    warmMs: median(runs.map((r) => r.warmMs)),
    firstQueryKB: median(runs.map((r) => r.firstQueryKB)),
  };
}

/**
 * Both places search is used, logged as they are measured: `search` is the header box (the issue's
 * targets), `searchPage` the full-text page typed into, `searchPageFromAddress` the same page
 * opened with `?q=`.
 */
export async function measureSearchBoxes(baseUrl: string): Promise<{
  search: SearchMeasurement;
  searchPage: SearchMeasurement;
  searchPageFromAddress: AddressMeasurement;
}> {
  const search = await measureSearch(baseUrl, { box: HEADER_BOX });
  console.log(
    `✓ header box: cold ${search.coldMs} ms, warm ${search.warmMs} ms, first query ${search.firstQueryKB} KB`,
  );
  const searchPage = await measureSearch(baseUrl, { box: SEARCH_PAGE_BOX });
  console.log(
    `✓ search page: cold ${searchPage.coldMs} ms, warm ${searchPage.warmMs} ms, first query ${searchPage.firstQueryKB} KB`,
  );
  const searchPageFromAddress = await measureSearchFromAddress(baseUrl);
  const { coldMs, warmMs, firstQueryKB, timeline, pagePaintColdMs, pagePaintWarmMs } =
    searchPageFromAddress;
  console.log(
    `✓ search page opened with ?q=: cold ${coldMs} ms, warm ${warmMs} ms, ${firstQueryKB} KB (page first painted at ${pagePaintColdMs} ms cold, ${pagePaintWarmMs} ms warm)`,
  );
  console.log(
    `  cold, last file of each kind (ms from navigation): ${Object.entries(timeline)
      .map(([k, t]) => `${k} ${t.lastMs} (${t.files})`)
      .join(', ')}`,
  );
  return { search, searchPage, searchPageFromAddress };
}

/** When the last file of each kind arrived, in ms from navigation start, and how many there were. */
export type SearchTimeline = Record<string, { files: number; lastMs: number }>;

export interface AddressMeasurement extends SearchMeasurement {
  /**
   * When the page itself was first painted (first-contentful-paint), cold and warm, in ms from
   * navigation: what any page of the site takes on this machine before search can show anything.
   * The search's own share is the first result's time less this.
   */
  pagePaintColdMs: number;
  pagePaintWarmMs: number;
  /** From one cold run (the median one): where the time went before the first result. */
  timeline: SearchTimeline;
}

/** The search page opened with `?q=`, as from the header form: no typing, no pause. */
export async function measureSearchFromAddress(
  baseUrl: string,
  runs = 5,
): Promise<AddressMeasurement> {
  const measured: AddressMeasurement[] = [];
  for (let run = 0; run < runs; run++) measured.push(await measureAddressOnce(baseUrl));
  const byCold = [...measured].sort((a, b) => a.coldMs - b.coldMs);
  return {
    coldMs: median(measured.map((r) => r.coldMs)),
    warmMs: median(measured.map((r) => r.warmMs)),
    firstQueryKB: median(measured.map((r) => r.firstQueryKB)),
    pagePaintColdMs: median(measured.map((r) => r.pagePaintColdMs)),
    pagePaintWarmMs: median(measured.map((r) => r.pagePaintWarmMs)),
    timeline: byCold[Math.floor(byCold.length / 2)]!.timeline,
  };
}

/** Kinds of file the search page fetches, by the end of their address. */
const FILE_KINDS: [string, RegExp][] = [
  ['page and scripts', /\/search\/(\?.*)?$|\/_astro\/|\.css$/],
  ['pagefind.js and wasm', /pagefind(-entry\.json|\.js|.*wasm.*)$/],
  ['vocabulary', /language\.json$/],
  ['index meta', /\.pf_meta$/],
  ['index chunks', /\.pf_index$/],
  ['filters', /\.pf_filter$/],
  ['fragments', /\.pf_fragment$/],
];

async function measureAddressOnce(baseUrl: string): Promise<AddressMeasurement> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Notes the moment the first result appears, in ms since navigation start.
    await context.addInitScript(() => {
      const w = window as unknown as { firstResultMs?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('#search-results li a')) {
          w.firstResultMs = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    let bytes = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      pending.push(
        request
          .sizes()
          .then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize))
          .catch(() => undefined),
      );
    });
    const page = await context.newPage();
    const open = async (query: string) => {
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, baseUrl).href);
      await page.waitForFunction(
        () => (window as unknown as { firstResultMs?: number }).firstResultMs !== undefined,
        null,
        { timeout: 30_000 },
      );
      return page.evaluate(() => ({
        result: (window as unknown as { firstResultMs: number }).firstResultMs,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
    };
    const cold = await open('discharge summary');
    const coldMs = cold.result;
    const timeline = await page.evaluate(
      ({ kinds, until }) => {
        const result: Record<string, { files: number; lastMs: number }> = {};
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        for (const entry of [
          ...entries,
          performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming,
        ]) {
          if (entry.responseEnd > until) continue;
          const kind =
            kinds.find(([, pattern]) => new RegExp(pattern).test(entry.name))?.[0] ?? 'other';
          const seen = (result[kind] ??= { files: 0, lastMs: 0 });
          seen.files += 1;
          seen.lastMs = Math.max(seen.lastMs, Math.round(entry.responseEnd));
        }
        return result;
      },
      {
        kinds: FILE_KINDS.map(([kind, pattern]) => [kind, pattern.source] as [string, string]),
        until: coldMs,
      },
    );
    await Promise.all(pending);
    const firstQueryKB = Math.round(bytes / 1024);
    const warm = await open('fit note');
    await context.close();
    return {
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warm.result),
      firstQueryKB,
      pagePaintColdMs: Math.round(cold.paint),
      pagePaintWarmMs: Math.round(warm.paint),
      timeline,
    };
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

async function measureOnce(baseUrl: string, options: MeasureOptions): Promise<SearchMeasurement> {
  const { box = HEADER_BOX, coldQuery = 'discharge summary', warmQuery = 'fit note' } = options;
  const browser = await launchChromium();
  try {
    // Service workers blocked: the offline precache would otherwise download the whole site alongside.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(box.path, baseUrl).href, { waitUntil: 'networkidle' });

    let bytes = 0;
    let counting = true;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      if (!counting) return;
      pending.push(
        request
          .sizes()
          .then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize))
          .catch(() => undefined),
      );
    });
    await page.focus(box.input);
    const coldMs = await timeToFirstResult(page, box, coldQuery);
    counting = false;
    await Promise.all(pending);

    const warmMs = await timeToFirstResult(page, box, warmQuery);
    await context.close();
    return {
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      firstQueryKB: Math.round(bytes / 1024),
    };
  } finally {
    await browser.close();
  }
}

/** Puts the query in the box in one input event and times until a result link for it appears. */
async function timeToFirstResult(page: Page, box: SearchBox, query: string): Promise<number> {
  await page.fill(box.input, '');
  await page.waitForFunction(
    (selector) => document.querySelector(selector) === null,
    box.firstResult,
  );
  const measuring = page.evaluate(
    ({ input: inputSelector, firstResult }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(inputSelector)!;
        let started = 0;
        input.addEventListener('input', () => (started = performance.now()), {
          once: true,
          capture: true,
        });
        const observer = new MutationObserver(() => {
          if (started && document.querySelector(firstResult)) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error('No search result appeared within 30 s')), 30_000);
      }),
    box,
  );
  await page.locator(box.input).evaluate((input, q) => {
    (input as HTMLInputElement).value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  return measuring;
}
