import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, POLL_OFTEN, siteUrl } from '../helpers/browser.ts';
import { resultPaths, resultsShownFor, searchOnPage } from '../helpers/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('after one visit, with the network off', () => {
  it('shows "Available offline", then serves pages and search from the service worker', async () => {
    const site = await openSite(browser);
    const page = await site.newPage();
    await page.goto(siteUrl('/requirements/discharge-summaries/'));
    // The notice appears once the worker is active, i.e. has precached the whole site: a few
    // seconds alone, but it timed out at 20 s once on a 2-core machine busy with other work.
    await page.locator('#offline-notice').waitFor({ state: 'visible', timeout: 90_000 });
    await expect(page.locator('#offline-notice').textContent()).resolves.toContain(
      'Available offline',
    );
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
      undefined,
      POLL_OFTEN,
    );

    await site.context.setOffline(true);
    // A page never opened before, reached by typing its address.
    await page.goto(siteUrl('/requirements/fit-notes/'));
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Fit notes from hospital clinicians',
    );
    // Full search, with a filter from the address.
    await page.goto(siteUrl('/search/?q=sick+note&type=Requirement'));
    await resultsShownFor(page, 'sick note');
    expect(await resultPaths(page)).toContain('/requirements/fit-notes/');
    expect(await searchOnPage(page, 'discharge summary')).toContain(
      '/requirements/discharge-summaries/',
    );
    // A slip needs the words on one page only too (language-rare.json): precached as well.
    expect(await searchOnPage(page, 'dischage sumary')).toContain(
      '/requirements/discharge-summaries/',
    );
    // Results as you type in the header, on another page.
    await page.goto(siteUrl('/about/'));
    await page.focus('#search-field');
    await page.keyboard.type('DNA');
    await page.locator('#header-search-results a[href*="/requirements/did-not-attend/"]').waitFor();

    expect(site.foreignRequests).toEqual([]);
    await site.context.close();
  }, 180_000);

  it('(control) the same page does not load offline without the service worker', async () => {
    const site = await openSite(browser, { serviceWorkers: 'block' });
    const page = await site.newPage();
    await page.goto(siteUrl('/requirements/discharge-summaries/'));
    await site.context.setOffline(true);
    await expect(page.goto(siteUrl('/requirements/fit-notes/'))).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED/,
    );
    await site.context.close();
  });
});
