import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

/** The served build (see tests/setup/build-site.ts). */
export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).href;
}

/**
 * For `page.waitForFunction`: check every 20 ms, not at each animation frame (Playwright's
 * default). With a second page open in the same browser, a wait on the first one polled that way
 * took about half a second more each time (a search on the search page: 650 ms to see its results
 * announced, against 150 ms checking every 20 ms, measured over 30 questions); with one page open
 * the two are the same.
 */
export const POLL_OFTEN = { polling: 20 } as const;

/**
 * Visits each item in one of `tabs` pages opened side by side (`open` opens one), so one page's
 * waiting overlaps another's work; an item goes to whichever page is free next. The pages are
 * closed at the end.
 */
export async function visitInTabs<T>(
  tabs: number,
  open: () => Promise<Page>,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await open();
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift())
          await visit(page, item);
      } finally {
        await page.close();
      }
    }),
  );
}

/** Starts headless Chromium, or fails with the command that installs it: the tests never skip. */
export async function launchBrowser(): Promise<Browser> {
  try {
    return await launchChromium();
  } catch (error) {
    throw new Error(
      `Chromium is needed for the browser tests. ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

export interface SiteContext {
  context: BrowserContext;
  /** Every request that tried to leave the site's own host (blocked, unless `intercept` is false). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
}

export interface SiteOptions {
  /**
   * Whether every request goes through Playwright, so one to another host is blocked before it
   * leaves (the default). Without it such requests are still recorded, not stopped, and the
   * browser's HTTP cache is on, as a reader's is (Playwright turns it off while it intercepts). A
   * test that asks thousands of searches passes `false`: intercepted, each search's requests (the
   * favicon again at each change of address, among them) went through Playwright uncached, and
   * under load a fragment of under 1 KB took up to 8 s, against under 2 s without, on a shared
   * 2-core machine at a load of 10.
   */
  intercept?: boolean;
}

/**
 * A fresh browser context in which any request to another host is blocked and recorded (or, with
 * `intercept: false`, only recorded), so a test can assert that the site makes no third-party
 * requests.
 */
export async function openSite(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
  { intercept = true }: SiteOptions = {},
): Promise<SiteContext> {
  const context = await browser.newContext(options);
  const own = new URL(inject('siteUrl')).host;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const isOwn = (url: URL) =>
    url.host === own || url.protocol === 'data:' || url.protocol === 'blob:';
  if (intercept)
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (isOwn(url)) return route.continue();
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
  else
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!isOwn(url)) foreignRequests.push(url.href);
    });
  return {
    context,
    foreignRequests,
    consoleErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
  };
}
