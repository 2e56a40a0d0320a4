/**
 * Visits every page of the built site once in Chromium, and from that one visit checks what every
 * reader relies on: no WCAG 2.2 AA failure axe can find, no request to another website, no error in
 * the console (a CSP violation, a missing file or a script error all show up there).
 */
import axe, { type Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, WCAG_22_AA } from '../helpers/axe.ts';
import {
  launchBrowser,
  openSite,
  siteUrl,
  visitInTabs,
  type SiteContext,
} from '../helpers/browser.ts';
import { builtPages, servedPath } from '../helpers/dist.ts';

/** Pages checked side by side: enough to keep both cores busy while axe runs. */
const TABS = 3;

/** The search page with a query, too, so the results it draws are checked as well. */
const SEARCH_WITH_RESULTS = '/search/?q=discharge+summary';
const paths = [...(await builtPages()).map(servedPath), SEARCH_WITH_RESULTS];
let browser: Browser;
let site: SiteContext;
const violations: string[] = [];
/** Pages on which axe ran and checked something, so a silent axe failure cannot pass for a clean site. */
const analysed: string[] = [];

/** One line per failing element, e.g. `color-contrast on /about/: .nhsuk-footer a (Elements must meet…)`. */
function describeViolation(path: string, violation: Result): string[] {
  return violation.nodes.map(
    (node) => `${violation.id} on ${path}: ${node.target.join(' ')} (${violation.help})`,
  );
}

async function checkPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(siteUrl(path), {
    waitUntil: path === SEARCH_WITH_RESULTS ? 'networkidle' : 'load',
  });
  if (!response?.ok() && path !== '/404.html')
    throw new Error(`${path} answered ${response?.status()}`);
  const results = await runAxe(page);
  if (results.passes.length > 0) analysed.push(path);
  violations.push(...results.violations.flatMap((v) => describeViolation(path, v)));
}

// Up to ten minutes: measured 430 s for 86 pages on a shared 2-core machine at load 16 (120 s
// timed out there); an unloaded machine takes well under two minutes.
beforeAll(async () => {
  browser = await launchBrowser();
  site = await openSite(browser);
  await visitInTabs(TABS, () => site.newPage(), paths, checkPage);
  // Generous: axe on the packs' long pages takes most of it, and 424 s was measured on a shared
  // 2-core machine at a load average above 20.
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

describe(`every built page in Chromium (${paths.length} pages)`, () => {
  it('runs axe on every page, home, search and 404 included', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/search/', '/404.html']));
    expect(analysed.sort()).toEqual([...paths].sort());
  });

  it('has no WCAG 2.2 AA violation that axe can detect', () => {
    expect(violations, `axe found:\n${violations.join('\n')}`).toEqual([]);
  });

  it(
    'would catch a violation, with every WCAG 2.2 AA rule axe runs (an unlabelled field, an image without alt text)',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      try {
        await page.goto(siteUrl('/'));
        await page.evaluate(() => {
          document
            .querySelector('main')!
            .insertAdjacentHTML('afterbegin', '<input type="text"><img src="/favicon.svg">');
        });
        const results = await runAxe(page);
        expect(results.violations.map((v) => v.id)).toEqual(
          expect.arrayContaining(['label', 'image-alt']),
        );
        // Every rule of the tags ran (a mistyped tag would silently leave its rules out), but the
        // experimental and deprecated ones axe leaves out by default.
        const ran = [
          ...results.passes,
          ...results.violations,
          ...results.incomplete,
          ...results.inapplicable,
        ].map((r) => r.id);
        const rules = axe
          .getRules(WCAG_22_AA)
          .filter((r) => !r.tags.includes('experimental') && !r.tags.includes('deprecated'))
          .map((r) => r.ruleId);
        expect(rules).toContain('target-size');
        expect(new Set(ran)).toEqual(new Set(rules));
      } finally {
        await page.close();
      }
    },
  );

  it('makes no request to any other website', () => {
    expect(site.foreignRequests).toEqual([]);
  });

  it('logs no console error (CSP violations, missing files, script errors)', () => {
    expect(site.consoleErrors).toEqual([]);
  });
});
