/**
 * The questions readers ask of a page, in their own words (its frontmatter's `questions`), in
 * Chromium on the built site: the search page finds the page by them, and shows the page's own
 * words, never the questions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openSite, type SiteContext } from '../helpers/browser.ts';
import { searchOnPage } from '../helpers/search.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { askedWords, questionsByPage } from '../../src/lib/reader-questions.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const asked = [...questionsByPage(await readContentFiles(REPOSITORY_ROOT))];

let browser: Browser;
let site: SiteContext;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await openSite(browser);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Asks each page's last question (the one most recently added, as an editor adds one) on the
 * search page; returns those whose page is not among the first five, and checks no result shows
 * the questions.
 */
async function missed(page: Page): Promise<string[]> {
  const misses: string[] = [];
  for (const [path, questions] of asked) {
    const question = questions.at(-1)!;
    const found = (await searchOnPage(page, question)).slice(0, 5);
    if (!found.includes(path)) misses.push(`"${question}" → ${found.join(', ')} (wanted ${path})`);
    // A page found only by its readers' questions is listed with its summary, not with them.
    const listed = (await page.locator('#search-results').innerText()).toLowerCase();
    expect(listed, question).not.toContain(askedWords(questions).slice(0, 4).join(' '));
  }
  return misses;
}

it(
  'finds a page by the questions its readers ask of it, which the page itself may not word that way',
  // Two searches a page (about 25 s on an idle 2-core machine); generous, as another test file runs
  // beside it.
  { timeout: 300_000 },
  async () => {
    expect(asked.length).toBeGreaterThan(0);
    const page = await site.newPage();
    const misses = await missed(page);
    expect(site.consoleErrors).toEqual([]);
    // The same questions with the readers' questions unavailable (their failed downloads are logged
    // as errors): the search page does without them. No service worker: once installed, it would
    // answer from its cache, past the route.
    const isolated = await openSite(browser, { serviceWorkers: 'block' });
    const without = await isolated.newPage();
    await without.route('**/pagefind/questions/**', (route) => route.abort());
    const missesWithout = await missed(without);
    await page.close();
    await isolated.context.close();
    console.log(
      `Readers' questions: ${asked.length - misses.length} of ${asked.length} pages found by their last question (${asked.length - missesWithout.length} without them)`,
    );
    // A question asked of several pages may find another of them first.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(asked.length / 4);
    // The bundle finds pages the rest of the search does not: 8 of 61 when this was written, 6 on
    // 5 December once the rest of the search read more questions' words itself (53 against 47).
    expect(missesWithout.length - misses.length).toBeGreaterThanOrEqual(asked.length / 20);
  },
);
