import type { Locator, Page } from 'playwright-core';
import { siteUrl } from './browser.ts';

/** Site paths the links lead to, in order (without the highlight parameter). */
function linkPaths(links: Locator): Promise<string[]> {
  return links.evaluateAll((found) =>
    found.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Site paths of the results the search page shows, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return linkPaths(page.locator('#search-results li h2 a'));
}

/** Types the query into the search page's box and waits until the results for it are shown. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  if (!page.url().includes('/search/')) await page.goto(siteUrl('/search/'));
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(
    (q) => document.querySelector('#search-status')?.textContent?.includes(`for ‘${q}’`),
    query,
  );
  return resultPaths(page);
}

/** The result count the live region announces, e.g. 12 for "12 results for ‘fit note’". */
export async function announcedCount(page: Page): Promise<number> {
  const text = (await page.locator('#search-status').textContent()) ?? '';
  const match = /^(\d+) results?/.exec(text);
  if (!match) throw new Error(`No result count in "${text}"`);
  return Number(match[1]);
}

/**
 * Types the query into the header box of the page (any page but /search/) and returns the site paths
 * of the suggestions shown for it, in order.
 */
export async function headerSuggestions(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-field', query);
  await page.waitForFunction(
    (q) => document.querySelector('#header-search-status')?.textContent?.includes(`‘${q}’`),
    query,
  );
  return linkPaths(page.locator('#header-search-results li a'));
}
