/**
 * Packs on paper and as PDFs: the printout leaves the site's navigation out and prints where each
 * link leads; each PDF opens, has a bookmark per section, holds its title as text, and prints to
 * the same number of pages when printed again from the same content.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handbookPdf, HANDBOOK_GROUPS, requirementPackPdf } from '../../src/lib/packs.ts';
import { siteConfig } from '../../src/site-config.ts';
import { packPageOf, printPackPdf } from '../../scripts/build-steps/pack-pdfs.ts';
import { launchBrowser, openSite, siteUrl } from '../helpers/browser.ts';
import { builtPages, distDir, readPage } from '../helpers/dist.ts';
import { readPdf, type PdfReading } from '../helpers/pdf.ts';

const requirementIds = (await builtPages())
  .map((file) => /^requirements\/([^/]+)\/index\.html$/.exec(file.split(path.sep).join('/'))?.[1])
  .filter((id): id is string => Boolean(id));
const pdfs = [...requirementIds.map(requirementPackPdf), ...HANDBOOK_GROUPS.map(handbookPdf)];

let browser: Browser;
let page: Page;
let reprintDir: string;
/** Each PDF as built, and printed again from the same built site. */
const readings = new Map<string, { built: PdfReading; again: PdfReading }>();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await openSite(browser, { serviceWorkers: 'block' })).newPage();
  reprintDir = await mkdtemp(path.join(os.tmpdir(), 'packs-'));
  for (const pdf of pdfs) {
    const again = path.join(reprintDir, path.basename(pdf));
    await printPackPdf(page, siteUrl(), pdf, again);
    readings.set(pdf, {
      built: await readPdf(path.join(distDir, pdf)),
      again: await readPdf(again),
    });
  }
  await page.goto(siteUrl('/requirements/discharge-summaries/pack/'));
  await page.emulateMedia({ media: 'print' });
  // Generous: each pack is printed again, and another test file runs beside this one.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (reprintDir) await rm(reprintDir, { recursive: true, force: true });
});

/** The text a `::after` adds to the first element matching `selector` ('none' when it adds nothing). */
function afterContent(selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
}

describe('printing a pack', () => {
  it('leaves out the header, breadcrumbs, footer and the download link, and keeps the contents list', async () => {
    for (const selector of [
      '.nhsuk-header',
      '.nhsuk-breadcrumb',
      '.nhsuk-footer',
      '.app-pack-pdf',
    ]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.app-pack__contents').isVisible()).resolves.toBe(true);
  });

  it('prints the full address after a link to another page of the site', async () => {
    const link = page.locator('main a[data-app-address]').first();
    const address = await link.getAttribute('data-app-address');
    expect(address).toMatch(new RegExp(`^${siteConfig.siteUrl}/`));
    await expect(link.evaluate((el) => getComputedStyle(el, '::after').content)).resolves.toBe(
      `" (${address})"`,
    );
  });

  it('prints nothing after links within the pack', async () => {
    await expect(afterContent('main .app-pack__contents a')).resolves.toBe('none');
  });

  it('starts each section on a new page and never leaves a heading at the foot of one', async () => {
    const section = page.locator('main .app-pack > section').first();
    await expect(section.evaluate((el) => getComputedStyle(el).breakBefore)).resolves.toBe('page');
    await expect(
      page
        .locator('main h3')
        .first()
        .evaluate((el) => getComputedStyle(el).breakAfter),
    ).resolves.toBe('avoid');
  });
});

describe.each(pdfs)('the PDF %s', (pdf) => {
  it('opens, with the pack’s title as its title and as text', async () => {
    const { built } = readings.get(pdf)!;
    const title = load(await readPage(packPageOf(pdf)))('main h1').text();
    expect(built.pages).toBeGreaterThan(1);
    expect(built.title).toBe(`${title} - ${siteConfig.serviceName}`);
    expect(built.text).toContain(title);
  });

  it('has a bookmark for each top-level section of the pack', async () => {
    const { built } = readings.get(pdf)!;
    const $ = load(await readPage(packPageOf(pdf)));
    const sections = $('main h2')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(built.outline).toHaveLength(1);
    expect(built.outline[0]!.items).toHaveLength(sections.length);
  });

  it('prints to the same number of pages again from the same content', () => {
    const { built, again } = readings.get(pdf)!;
    expect(again.pages).toBe(built.pages);
  });
});

describe('the requirement pack PDFs', () => {
  it('hold the requirement’s title as text', async () => {
    for (const id of requirementIds) {
      const title = load(await readPage(`/requirements/${id}/`))('main h1').text();
      expect(readings.get(requirementPackPdf(id))!.built.text, id).toContain(title);
    }
  });
});
