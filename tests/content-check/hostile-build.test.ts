import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, visitInTabs } from '../helpers/browser.ts';
import { servedPath } from '../helpers/dist.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/site-server.ts';

/**
 * The boundary a pull request meets, proved end to end. Content the check refuses never builds
 * (tests/fixtures/broken-content, one file per class); this builds the real content plus
 * tests/fixtures/hostile-content, which passes the check while pushing at every edge it allows
 * (text that looks like script in every field, allowed HTML with tricky attributes, components
 * given markup as text), then opens every page in Chromium with the CSP switched off, so only
 * the content boundary itself stands between a payload and the reader.
 */

const repository = path.resolve(import.meta.dirname, '../..');
const hostileContent = path.join(repository, 'tests/fixtures/hostile-content/content');
/** Every payload in the hostile content calls this path if it ever runs. */
const BEACON = '/__hostile/';
/** Pages opened side by side: every page checked in 23 s rather than 32 s one at a time (2-core machine). */
const TABS = 3;

let copy: string;
let server: SiteServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const beacons: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'hub-hostile-'));
  for (const item of [
    'scripts',
    'src',
    'public',
    'content',
    'package.json',
    'tsconfig.json',
    'astro.config.mjs',
  ]) {
    await cp(path.join(repository, item), path.join(copy, item), { recursive: true });
  }
  await cp(hostileContent, path.join(copy, 'content'), { recursive: true });
  await symlink(path.join(repository, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const env = { ...process.env, CONTENT_ROOT: '' };
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
    cwd: copy,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  // A control page the detector must catch, so a quiet run means the payloads really did not run.
  await writeFile(
    path.join(copy, 'dist/__control.html'),
    `<!doctype html><script>fetch('${BEACON}control')</script>`,
  );
  server = await serveSite({ dir: path.join(copy, 'dist') });
  origin = server.url;
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith(BEACON)) {
      beacons.push(url.pathname);
      return route.fulfill({ status: 204 });
    }
    if (url.origin === origin || url.protocol === 'data:') return route.continue();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('a site built from hostile content that passes the check', () => {
  it('would notice a script that runs (control page)', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/__control.html`);
    await expect.poll(() => beacons).toContain(`${BEACON}control`);
    beacons.length = 0;
    await page.close();
  });

  it('runs no script from content, navigates nowhere on its own and ends every page with the footer', async () => {
    const files = (await readdir(path.join(copy, 'dist'), { recursive: true }))
      .filter((file) => file.endsWith('.html') && file !== '__control.html')
      .sort();
    expect(files).toContain(path.join('guidance/hostile/markdown-edges/index.html'));
    const broken: string[] = [];
    const dialogs: string[] = [];
    // Side by side, so one page's wait below overlaps another's loading.
    const open = async () => {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      return page;
    };
    await visitInTabs(TABS, open, files, async (page, file) => {
      const url = `${origin}${servedPath(file)}`;
      await page.goto(url, { waitUntil: 'load' });
      // A <meta http-equiv="refresh" content="0"> or a script would have moved the page by now.
      await page.waitForTimeout(150);
      if (page.url() !== url) broken.push(`${servedPath(file)} navigated to ${page.url()}`);
      const endsWithFooter = await page.evaluate(() => {
        const last = [...document.body.children].filter((e) => e.tagName !== 'SCRIPT').at(-1);
        return Boolean(
          last?.matches('footer.nhsuk-footer') && !last.closest('main, textarea, details'),
        );
      });
      if (!endsWithFooter) broken.push(`${servedPath(file)} does not end with the footer`);
    });
    expect(files.length).toBeGreaterThan(50);
    expect({ beacons, dialogs, foreign, broken }).toEqual({
      beacons: [],
      dialogs: [],
      foreign: [],
      broken: [],
    });
  }, 600_000);

  it('shows the hostile text as text', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/guidance/hostile/markdown-edges/`);
    expect(await page.locator('h1').textContent()).toContain(
      "<script>fetch('/__hostile/title')</script>",
    );
    expect(await page.locator('main kbd').first().textContent()).toBe('Ctrl');
    await page.goto(`${origin}/guidance/hostile/mdx-edges/`);
    expect(await page.locator('main').textContent()).toContain(
      '<img src=x onerror="fetch(\'/__hostile/item\')">',
    );
    await page.close();
  });

  it('publishes a resource attachment with its type and size, and the link works', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/resources/hostile/with-attachment/`);
    const link = page.getByRole('link', { name: /^Audit template \(CSV, \d+ bytes\)$/ });
    expect(await link.getAttribute('href')).toBe(
      '/resources/hostile/with-attachment/audit-template.csv',
    );
    const response = await page.request.get(
      `${origin}/resources/hostile/with-attachment/audit-template.csv`,
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('HYPERLINK');
    await page.close();
  });
});
