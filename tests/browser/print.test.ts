/** A guidance page printed (or saved as PDF) for a meeting: the document alone, with its links' addresses. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSite, siteUrl } from '../helpers/browser.ts';
import { publishedDocuments } from '../helpers/dist.ts';

const guidance = (await publishedDocuments()).find((d) => d.type === 'guidance')!;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await openSite(browser)).newPage();
  await page.goto(siteUrl(new URL(guidance.url, 'http://x').pathname));
  await page.emulateMedia({ media: 'print' });
});
afterAll(async () => {
  await browser?.close();
});

/** The text a `::after` adds to the first element matching `selector` ('none' when it adds nothing). */
function afterContent(selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
}

describe(`printing ${guidance.url}`, () => {
  it('leaves out the header, search, breadcrumbs, contents list and footer', async () => {
    for (const selector of [
      '.nhsuk-header',
      '.nhsuk-breadcrumb',
      '.app-contents',
      '.nhsuk-footer',
    ]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
  });

  it('prints the address after a link to another page', async () => {
    const href = await page.locator('main a[href^="/requirements/"]').first().getAttribute('href');
    await expect(afterContent(`main a[href="${href}"]`)).resolves.toBe(`" (${href})"`);
  });

  it('prints the full address after a link to another website', async () => {
    const href = await page.locator('main a[href^="https://"]').first().getAttribute('href');
    await expect(afterContent(`main a[href="${href}"]`)).resolves.toContain(href!);
  });

  it('prints nothing after in-page links, which lead nowhere on paper', async () => {
    await expect(afterContent('main a[href^="#"]')).resolves.toBe('none');
  });

  it('shows no link address on screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    await expect(afterContent('main a[href^="/requirements/"]')).resolves.toBe('none');
    await page.emulateMedia({ media: 'print' });
  });
});
