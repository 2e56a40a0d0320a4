/**
 * "Copy the quote" on a requirement page: one press puts the line a GP pastes into a letter on
 * the clipboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const site = await openSite(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  page = await site.newPage();
  await page.goto(siteUrl('/requirements/clinic-letters/'));
});
afterAll(async () => {
  await browser?.close();
});

describe('copying the quote line on /requirements/clinic-letters/', () => {
  it('copies exactly the "How to quote this" text and says so', async () => {
    await page.getByRole('button', { name: 'Copy the quote' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Quote copied. Paste it into your letter.');
    const quote = (await page.locator('#quote-text').textContent())!.trim();
    expect(quote).toMatch(/^NHS Standard Contract, Service Condition 11 .*within 7 days/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(quote);
  });

  it('hides the button when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Copy the quote' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(page.locator('#quote-text').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
