/**
 * The packs on the built site: one per requirement and one handbook per group of readers, each
 * linked from the page it gathers, with links that lead somewhere and its PDF beside it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/lib/file-size.ts';
import {
  handbookPath,
  handbookPdf,
  HANDBOOK_GROUPS,
  requirementPackPath,
  requirementPackPdf,
} from '../../src/lib/packs.ts';
import { READER_GROUPS } from '../../src/lib/readers.ts';
import { siteConfig } from '../../src/site-config.ts';
import { CHROMIUM_INSTALL, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { builtPages, distDir, readPage } from '../helpers/dist.ts';

const requirementIds = (await builtPages())
  .map((file) => /^requirements\/([^/]+)\/index\.html$/.exec(file.split(path.sep).join('/'))?.[1])
  .filter((id): id is string => Boolean(id));
const packs = [
  ...requirementIds.map((id) => ({
    path: requirementPackPath(id),
    pdf: requirementPackPdf(id),
    from: `/requirements/${id}/`,
  })),
  ...HANDBOOK_GROUPS.map((group) => ({
    path: handbookPath(group),
    pdf: handbookPdf(group),
    // The group's own front page (practices and hospital teams share the guidance page).
    from: READER_GROUPS[group].href.split('#')[0]!,
  })),
];
const pages = new Map(
  await Promise.all(
    packs.map(async (pack) => [pack.path, load(await readPage(pack.path))] as [string, CheerioAPI]),
  ),
);

/** The file a site path is served from, or undefined when the site has none. */
function builtFile(sitePath: string): string | undefined {
  const file = path.join(distDir, decodeURIComponent(sitePath));
  return [file, path.join(file, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
}

describe('packs on the built site', () => {
  it('has a pack for every requirement and a handbook for every group of readers', () => {
    expect(requirementIds.length).toBeGreaterThan(10);
    for (const pack of packs) expect(builtFile(pack.path), pack.path).toBeDefined();
    expect(HANDBOOK_GROUPS).toEqual(['practices', 'hospital-teams', 'managers', 'patients']);
  });

  it('names the requirement in its pack', async () => {
    for (const id of requirementIds) {
      const title = load(await readPage(`/requirements/${id}/`))('main h1').text();
      expect(pages.get(requirementPackPath(id))!('main h1').text()).toBe(`${title}: topic pack`);
    }
  });

  it.each(packs)('links $path from $from, with its PDF and the PDF’s size', async (pack) => {
    const $ = load(await readPage(pack.from));
    expect($(`main a[href="${pack.path}"]`).length).toBe(1);
    const pdf = path.join(distDir, pack.pdf);
    if (!existsSync(pdf))
      throw new Error(
        `${pack.pdf} was not built: the build prints the packs to PDF with Chromium (${CHROMIUM_PATH}). Install it with: ${CHROMIUM_INSTALL}`,
      );
    const bytes = statSync(pdf).size;
    for (const page of [$, pages.get(pack.path)!]) {
      expect(page(`main a[href="${pack.pdf}"]`).text()).toMatch(
        new RegExp(
          `^Download (this pack|the handbook for .+) \\(PDF, ${formatFileSize(bytes)}\\)$`,
        ),
      );
    }
  });

  it.each(packs)('leads every link in $path somewhere that exists', ({ path: packPath }) => {
    const $ = pages.get(packPath)!;
    const broken: string[] = [];
    $('main a[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (href.startsWith('#')) {
        if ($(`[id="${decodeURIComponent(href.slice(1))}"]`).length !== 1) broken.push(href);
      } else if (href.startsWith('/')) {
        const url = new URL(href, siteConfig.siteUrl);
        if (!builtFile(url.pathname)) broken.push(href);
        const address = $(el).attr('data-app-address');
        if (address !== undefined && address !== url.href)
          broken.push(`${href} printed as ${address}`);
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(packs)('points links to pages that $path holds inside it', ({ path: packPath }) => {
    const $ = pages.get(packPath)!;
    const held = $('main .app-pack__address')
      .map((_, el) => new URL($(el).attr('href')!).pathname)
      .get();
    const outward = $('main .app-pack a[href^="/"]')
      .map((_, el) => new URL($(el).attr('href')!, siteConfig.siteUrl).pathname)
      .get();
    expect(held.length).toBeGreaterThan(0);
    expect(outward.filter((p) => held.includes(p))).toEqual([]);
  });

  it.each(packs)(
    'keeps the heading levels of $path in order, one h1, no level skipped',
    ({ path: packPath }) => {
      const $ = pages.get(packPath)!;
      const levels = $('main :is(h1, h2, h3, h4, h5, h6)')
        .map((_, el) => Number(el.tagName[1]))
        .get();
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      const skips = levels.flatMap((level, i) =>
        i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
      );
      expect(skips).toEqual([]);
    },
  );

  it.each(packs)('lists every source of $path once, at the end', ({ path: packPath }) => {
    const $ = pages.get(packPath)!;
    const sources = $('main section:has(> h2#sources) a')
      .map((_, el) => $(el).attr('href')!.replace(/\/+$/, ''))
      .get();
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources).size).toBe(sources.length);
    expect($('main h2').last().attr('id')).toBe('sources');
  });
});

describe('a requirement pack', () => {
  const $ = pages.get(requirementPackPath('discharge-summaries'))!;
  const sections = $('main h2')
    .map((_, el) => $(el).text())
    .get();

  it('gathers the requirement, its guidance for each reader, patient information, self-assessment, toolkit files and sources', () => {
    expect(sections).toEqual([
      'Contents',
      'The requirement',
      'Guidance for GP practices',
      'Guidance for hospital teams',
      'Information for patients',
      'Self-assessment and audit',
      'Toolkit files',
      'Sources',
    ]);
    expect($('main h3:contains("Clause history") + table tbody tr').length).toBeGreaterThan(0);
  });

  it('shows the self-assessment question and the audit that measures the requirement', () => {
    expect($('main dt:contains("What good looks like")').length).toBe(1);
    expect($('main h3:contains("Discharge summary audit template")').length).toBe(1);
    expect($('main h4:contains("What the audit measures") + ul li').text()).toContain(
      'Compliance (%)',
    );
  });

  it('lists the toolkit files with their type, size and full address', () => {
    const file = $('main section:has(> h2#toolkit-files) a').first();
    expect(file.text()).toMatch(/\((XLSX|CSV|DOCX), [\d.]+ (KB|bytes|MB)\)$/);
    expect(file.attr('data-app-address')).toMatch(new RegExp(`^${siteConfig.siteUrl}/toolkits/`));
  });
});

describe('the patients’ handbook', () => {
  const $ = pages.get(handbookPath('patients'))!;

  it('is patient information in plain words, without contract material or toolkits', () => {
    const text = $('main').text();
    expect(text).not.toMatch(/clause|service condition|\bSC\d|toolkit/i);
    expect($('main h2#requirements-at-a-glance, main h2#toolkits').length).toBe(0);
    expect($('main .app-pack__document').length).toBeGreaterThan(3);
  });

  it('is shorter than the handbook for GP practices', () => {
    const words = (packPath: string) => pages.get(packPath)!('main').text().split(/\s+/).length;
    expect(words(handbookPath('patients'))).toBeLessThan(words(handbookPath('practices')) / 2);
  });
});
