/**
 * Search speed as a clinician feels it, measured in Chromium against a served build:
 * - coldMs: typing a query into the header box of a page opened in a fresh browser (nothing cached,
 *   no service worker) until the first result is on screen; includes downloading Pagefind.
 * - warmMs: a second query in the same box, once the index is loaded.
 * - firstQueryKB: kilobytes downloaded from focusing the box to the first result of the cold query
 *   (the header-search script, Pagefind, its WebAssembly, and the index chunks the query needs).
 * Times run from the input event to the first result link being added to the page.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';

export interface SearchMeasurement {
  coldMs: number;
  warmMs: number;
  firstQueryKB: number;
}

export interface MeasureOptions {
  /** A page with the header search box (any page but /search/). */
  path?: string;
  coldQuery?: string;
  warmQuery?: string;
}

export async function measureSearch(baseUrl: string, options: MeasureOptions = {}): Promise<SearchMeasurement> {
  const { path = '/about/', coldQuery = 'discharge summary', warmQuery = 'fit note' } = options;
  const browser = await launchBrowser();
  try {
    // Service workers blocked: the offline precache would otherwise download the whole site alongside.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });

    let bytes = 0;
    let counting = true;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      if (!counting) return;
      pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined));
    });
    await page.focus('#search-field');
    const coldMs = await timeToFirstResult(page, coldQuery);
    counting = false;
    await Promise.all(pending);

    const warmMs = await timeToFirstResult(page, warmQuery);
    await context.close();
    return { coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), firstQueryKB: Math.round(bytes / 1024) };
  } finally {
    await browser.close();
  }
}

/** Puts the query in the box in one input event and times until a result link for it appears. */
async function timeToFirstResult(page: Page, query: string): Promise<number> {
  await page.fill('#search-field', '');
  await page.waitForFunction(() => (document.querySelector('#header-search-results') as HTMLElement | null)?.hidden ?? true);
  const measuring = page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('#search-field')!;
        let started = 0;
        input.addEventListener('input', () => (started = performance.now()), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          const list = document.querySelector('#header-search-results');
          if (started && list && !(list as HTMLElement).hidden && list.querySelector('li a')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error('No search result appeared within 30 s')), 30_000);
      }),
  );
  await page.locator('#search-field').evaluate((input, q) => {
    (input as HTMLInputElement).value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  return measuring;
}
