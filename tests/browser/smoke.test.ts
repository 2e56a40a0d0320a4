import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the served site in Chromium', () => {
  it('shows the home page with the NHS.UK header, and search works without JavaScript', async () => {
    const site = await openSite(browser, { javaScriptEnabled: false });
    const page = await site.newPage();
    await page.goto(siteUrl('/'));
    await expect(page.locator('h1').textContent()).resolves.toContain('GP–hospital interface');
    await page.fill('#search-field', 'fit note');
    await page.press('#search-field', 'Enter');
    await page.waitForURL(/\/search\/\?q=fit\+note/);
    expect(site.foreignRequests).toEqual([]);
    await site.context.close();
  });

  it('sets text in Arial, the NHS.UK fallback for Frutiger, not the browser default serif', async () => {
    const site = await openSite(browser);
    const page = await site.newPage();
    await page.goto(siteUrl('/about/'));
    for (const selector of ['h1', 'main p', '.nhsuk-header', '.nhsuk-footer']) {
      const family = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family.toLowerCase(), selector).toMatch(/^arial, sans-serif$/);
    }
    await site.context.close();
  });
});
