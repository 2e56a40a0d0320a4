/** What someone who uses the keyboard alone needs on every page: skip the header, see focus, search. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, siteUrl, type SiteContext } from '../helpers/browser.ts';

let browser: Browser;
let site: SiteContext;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await openSite(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** The id, or failing that the tag and text, of the element that has focus. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || `${el?.tagName.toLowerCase()}: ${el?.textContent?.trim().slice(0, 40)}`;
  });
}

/** The styles that draw a focus indicator: outline and box-shadow. Runs in the page. */
function indicatorStyles(el: Element): string {
  const style = getComputedStyle(el);
  return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(' | ');
}

describe('keyboard use', () => {
  it('offers a skip link first, and Enter on it moves focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(siteUrl('/requirements/'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Skip to main content',
    );
    await expect(page.locator('.nhsuk-skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('maincontent');
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('main') !== null),
    ).resolves.toBe(true);
    await page.close();
  });

  it('shows where focus is: a focused link looks different from the same link unfocused', async () => {
    const page = await site.newPage();
    await page.goto(siteUrl('/'));
    const link = page.locator('main a[href="/requirements/"]');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    const unfocused = await link.evaluate(indicatorStyles);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      '/requirements/',
    );
    expect(await link.evaluate(indicatorStyles)).not.toBe(unfocused);
    await page.close();
  });

  it('reaches the header search with Tab, and Enter runs the search', async () => {
    const page = await site.newPage();
    await page.goto(siteUrl('/about/'));
    const visited: string[] = [];
    for (let i = 0; i < 5 && (await focused(page)) !== 'search-field'; i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused(page));
    }
    expect(visited.at(-1), `Tab visited: ${visited.join(', ')}`).toBe('search-field');
    await page.keyboard.type('discharge summary');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=discharge\+summary$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('discharge summary');
    await page.close();
  });
});
