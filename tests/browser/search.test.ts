import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openSite,
  POLL_OFTEN,
  siteUrl,
  type SiteContext,
} from '../helpers/browser.ts';
import { contentEntries, sitePath } from '../helpers/content.ts';
import {
  announcedCount,
  headerSuggestions,
  resultPaths,
  resultsShownFor,
  searchEachOnPage,
  searchOnPage,
} from '../helpers/search.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { questionsByPage } from '../../src/lib/reader-questions.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const entries = await contentEntries();
const requirements = entries.filter((e) => e.collection === 'requirements');
const documents = entries.filter(
  (e) => ['guidance', 'resources', 'toolkits'].includes(e.collection) && e.data.status !== 'draft',
);

/** The requirement's own page and every published document that supports it. */
function pagesFor(requirementId: string): string[] {
  return [
    `/requirements/${requirementId}/`,
    ...documents
      .filter((d) => (d.data.requirements as string[]).includes(requirementId))
      .map(sitePath),
  ];
}

let browser: Browser;
let site: SiteContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await openSite(browser);
  page = await site.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('search finds each requirement by the words people use', () => {
  it.each(requirements.map((r) => [r.id, r.data.keywords as string[]] as const))(
    '%s: each of its keywords finds it or its guidance in the top 3',
    async (id, keywords) => {
      expect(keywords.length).toBeGreaterThan(0);
      const found = await searchEachOnPage(page, keywords);
      for (const [i, keyword] of keywords.entries()) {
        const top = found[i]!;
        expect(
          top.some((path) => pagesFor(id).includes(path)),
          `"${keyword}" → ${top.join(', ')}`,
        ).toBe(true);
      }
    },
  );

  // A clinician quoting the contract back searches its clause: "SC11.5", "SC 11.5", "service
  // condition 11.5". Every service condition with a sub-number a requirement cites, in each form.
  const citing = new Map<string, Set<string>>();
  for (const requirement of requirements)
    for (const { ref } of requirement.data.clauses as { ref: string }[])
      for (const [clause] of ref.matchAll(/\bSC\d+\.\d+[A-Z]?\b/g))
        citing.set(
          clause,
          (citing.get(clause) ?? new Set()).add(`/requirements/${requirement.id}/`),
        );
  it('reads the clauses the requirements cite (a test per clause follows)', () => {
    expect(citing.size).toBeGreaterThanOrEqual(10);
  });
  it.each([...citing].map(([clause, pages]) => [clause, [...pages]] as const))(
    '%s, however written, finds the requirement that cites it first',
    async (clause, pages) => {
      const number = clause.slice(2);
      const forms = [clause, `SC ${number}`, `service condition ${number}`];
      for (const [i, [first]] of (await searchEachOnPage(page, forms)).entries())
        expect(pages, `"${forms[i]}" → ${first}`).toContain(first);
      // For a patient too, though a patient's own page on a requirement goes above the requirement
      // for its everyday words (search-understanding.test.ts).
      const patient = await site.newPage();
      await patient.goto(siteUrl('/search/'));
      await patient.selectOption('#search-role', 'patient');
      for (const [i, [first]] of (await searchEachOnPage(patient, forms)).entries())
        expect(pages, `as a patient, "${forms[i]}" → ${first}`).toContain(first);
      await patient.evaluate(() => localStorage.clear());
      await patient.close();
    },
  );

  it.each(requirements.map((r) => [r.id, r.data.keywords as string[]] as const))(
    '%s: each of its keywords suggests it or its guidance in the header box',
    async (id, keywords) => {
      const other = await site.newPage();
      await other.goto(siteUrl('/about/'));
      for (const keyword of keywords) {
        const suggested = await headerSuggestions(other, keyword);
        expect(
          suggested.some((path) => pagesFor(id).includes(path)),
          `"${keyword}" → ${suggested.join(', ')}`,
        ).toBe(true);
      }
      await other.close();
    },
  );

  it.each([
    ['discharge summary 24 hours', 'discharge-summaries'],
    ['fit note', 'fit-notes'],
    ['sick note', 'fit-notes'],
    ['DNA', 'did-not-attend'],
    ['did not attend', 'did-not-attend'],
    ['missed appointment', 'did-not-attend'],
  ])('"%s" finds %s in the top 3', async (query, id) => {
    const top = (await searchOnPage(page, query)).slice(0, 3);
    expect(
      top.some((path) => pagesFor(id).includes(path)),
      top.join(', '),
    ).toBe(true);
  });
});

describe('the search page', () => {
  it('narrows results with the filter checkboxes, shows counts and keeps the filters in the address', async () => {
    const all = await searchOnPage(page, 'referral');
    expect(all.length).toBeGreaterThan(1);
    // The filters are folded away above the results until opened.
    await expect(page.getByRole('checkbox', { name: /^Requirement/ }).isVisible()).resolves.toBe(
      false,
    );
    await page.locator('#search-filters summary').click();
    await page.getByRole('checkbox', { name: /^Requirement \(\d+\)$/ }).waitFor();
    // Values no result has are hidden.
    const counts = await page
      .locator('#search-filters [data-filter-item]:visible [data-filter-count]')
      .allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).not.toContain('(0)');
    const requirementBox = page.getByRole('checkbox', { name: /^Requirement \(\d+\)$/ });
    const label = await requirementBox.evaluate(
      (box) => (box as HTMLInputElement).labels?.[0]?.textContent,
    );
    const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all.length);
    await requirementBox.check();
    await expect(requirementBox.isChecked()).resolves.toBe(true);
    await page.waitForFunction(
      () =>
        document.querySelector('#search-status')?.textContent?.includes('filtered by Requirement'),
      undefined,
      POLL_OFTEN,
    );
    const narrowed = await resultPaths(page);
    expect(narrowed).toHaveLength(expected);
    expect(await announcedCount(page)).toBe(expected);
    expect(narrowed.every((path) => path.startsWith('/requirements/'))).toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('referral');
    expect(url.searchParams.getAll('type')).toEqual(['Requirement']);
  });

  it('restores a shared search from its address: query, filters and the same results', async () => {
    const shared = siteUrl('/search/?q=discharge&type=Guidance&audience=GPs');
    const other = await site.newPage();
    await other.goto(shared);
    await resultsShownFor(other, 'discharge');
    await expect(other.inputValue('#search-query')).resolves.toBe('discharge');
    await expect(other.getByRole('checkbox', { name: /^Guidance/ }).isChecked()).resolves.toBe(
      true,
    );
    await expect(other.getByRole('checkbox', { name: /^GPs/ }).isChecked()).resolves.toBe(true);
    const fromAddress = await resultPaths(other);
    expect(fromAddress.length).toBeGreaterThan(0);
    expect(fromAddress.every((path) => path.startsWith('/guidance/'))).toBe(true);
    // Doing the same search by hand gives the same results.
    const byHand = await site.newPage();
    await byHand.goto(siteUrl('/search/'));
    await byHand.locator('#search-filters summary').click();
    await byHand.getByRole('checkbox', { name: /^Guidance/ }).check();
    await byHand.getByRole('checkbox', { name: /^GPs/ }).check();
    await searchOnPage(byHand, 'discharge');
    await byHand.waitForFunction(
      () =>
        document
          .querySelector('#search-status')
          ?.textContent?.includes('filtered by Guidance, GPs'),
      undefined,
      POLL_OFTEN,
    );
    expect(await resultPaths(byHand)).toEqual(fromAddress);
    expect(new URL(byHand.url()).search).toBe(new URL(shared).search);
    await other.close();
    await byHand.close();
  });

  it.each([
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1280, height: 800 }],
  ])(
    'does not move the page about as a search from the address loads, on %s',
    async (_, viewport) => {
      const other = await site.newPage();
      await other.setViewportSize(viewport);
      await other.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
          }[]) {
            if (!entry.hadRecentInput) w.layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await other.goto(siteUrl('/search/?q=discharge+summary'));
      await resultsShownFor(other, 'discharge summary');
      // Two frames, so the shifts of the last render are reported.
      const shift = await other.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve((window as unknown as { layoutShift: number }).layoutShift),
              ),
            ),
          ),
      );
      // 0.1 is the limit of a "good" cumulative layout shift (web.dev, Core Web Vitals).
      expect(shift).toBeLessThan(0.1);
      await other.close();
    },
  );

  it('lands a header search (GET /search/?q=) on its results, and highlights the words on the page a result opens', async () => {
    const other = await site.newPage();
    await other.goto(siteUrl('/about/'));
    await other.fill('#search-field', 'fit note');
    await other.press('#search-field', 'Enter');
    await other.waitForURL(/\/search\/\?q=fit\+note/);
    await resultsShownFor(other, 'fit note');
    expect((await resultPaths(other)).length).toBeGreaterThan(0);
    await other.locator('#search-results li h2 a').first().click();
    await other.waitForURL(/pagefind-highlight=/);
    await other.locator('main mark.pagefind-highlight').first().waitFor();
    expect(
      (await other.locator('main mark.pagefind-highlight').allTextContents())
        .join(' ')
        .toLowerCase(),
    ).toMatch(/fit|note/);
    await other.close();
  });
});

/**
 * How long the header box may take to say what it found: generous, as the first query in a fresh
 * page downloads Pagefind while the offline worker fills its cache (speed is the benchmark's).
 */
const SUGGESTED = { timeout: 10_000 };

describe('the header search box', () => {
  it('loads nothing for search until focused, then suggests pages as you type with the count announced', async () => {
    const other = await site.newPage();
    const requested: string[] = [];
    other.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await other.goto(siteUrl('/requirements/clinic-letters/'));
    await other.waitForLoadState('networkidle');
    expect(
      requested.filter((p) => p.startsWith('/pagefind/') || p.includes('header-search')),
    ).toEqual([]);
    await other.focus('#search-field');
    await other.waitForResponse((response) =>
      response.url().includes('/pagefind/suggest/pagefind.js'),
    );
    await other.keyboard.type('sick note');
    const results = other.locator('#header-search-results');
    await results.locator('a[href*="/requirements/fit-notes/"]').waitFor();
    // The suggestions index is searched on the page: Pagefind's Web Worker is not downloaded.
    expect(requested.filter((p) => p.includes('pagefind-worker'))).toEqual([]);
    // Nor the readers' questions, which only the search page searches.
    expect(requested.filter((p) => p.startsWith('/pagefind/questions/'))).toEqual([]);
    // Typed a letter at a time: each prefix gets its own answer, the last one stays.
    await expect
      .poll(() => results.getByRole('status').textContent(), SUGGESTED)
      .toMatch(/^[1-5] suggestions? for ‘sick note’\.$/);
    // Keyboard: Down arrow into the list, Escape back to the box.
    await other.keyboard.press('ArrowDown');
    await expect(
      other.evaluate(() => document.activeElement?.closest('#header-search-results') !== null),
    ).resolves.toBe(true);
    await other.keyboard.press('Escape');
    await expect(other.evaluate(() => document.activeElement?.id)).resolves.toBe('search-field');
    await expect(results.isHidden()).resolves.toBe(true);
    await other.close();
  });

  it('suggests pages for a word still being typed, and loads the rarer words only for a slip', async () => {
    const other = await site.newPage();
    const requested: string[] = [];
    other.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await other.goto(siteUrl('/about/'));
    await other.focus('#search-field');
    const results = other.locator('#header-search-results');
    // "appoin": no word, but the beginning of "appointment", which pages use.
    await other.keyboard.type('missed appoin');
    await expect
      .poll(() => results.getByRole('status').textContent(), SUGGESTED)
      .toMatch(/^[1-5] suggestions? for ‘missed appoin’\.$/);
    await results.locator('a[href*="/requirements/did-not-attend/"]').waitFor();
    expect(requested.filter((p) => p.endsWith('/language-rare.json'))).toEqual([]);
    // A slip is mended with the whole vocabulary, loaded then.
    await other.fill('#search-field', 'dischage sumary');
    await expect
      .poll(() => results.getByRole('status').textContent(), SUGGESTED)
      .toMatch(/suggestions? for ‘dischage sumary’/);
    await results.locator('a[href*="/requirements/discharge-summaries/"]').waitFor();
    expect(requested.filter((p) => p.endsWith('/language-rare.json'))).toHaveLength(1);
    // Enter on a word cut short: the search page reads it as the box did.
    await other.fill('#search-field', 'missed appoin');
    await results.locator('a[href*="/requirements/did-not-attend/"]').waitFor();
    await other.press('#search-field', 'Enter');
    await other.waitForURL(/\/search\/\?q=missed/);
    await resultsShownFor(other, 'missed appoin');
    expect(await resultPaths(other)).toContain('/requirements/did-not-attend/');
    // Past its stem, the word it begins is searched, and the page says so.
    await searchOnPage(other, 'missed appointm');
    await expect(other.locator('#search-notice').textContent()).resolves.toContain(
      '‘appointm’ was searched as ‘appointment’.',
    );
    expect(await resultPaths(other)).toContain('/requirements/did-not-attend/');
    await other.close();
  });

  it('reads a last word with a space after it as whole, and keeps the space as the search runs again', async () => {
    const other = await site.newPage();
    // Sent as typed, with no space after it: "hos" may be cut short, and begins words pages use.
    await other.goto(siteUrl('/search/?q=hos'));
    await resultsShownFor(other, 'hos');
    expect((await resultPaths(other)).length).toBeGreaterThan(0);
    // With a space after it, it is a whole word, and no page uses it.
    await other.goto(siteUrl('/search/?q=hos+'));
    await resultsShownFor(other, 'hos');
    await expect(other.locator('#search-notice').textContent()).resolves.toContain(
      'No page uses ‘hos’',
    );
    expect(await resultPaths(other)).toEqual([]);
    // Run again (a role chosen): still whole, in the address and in both boxes.
    await other.selectOption('#search-role', 'gp');
    await other.waitForFunction(
      () => new URLSearchParams(location.search).get('q') === 'hos ',
      undefined,
      POLL_OFTEN,
    );
    await expect(other.inputValue('#search-query')).resolves.toBe('hos ');
    await expect(other.inputValue('#search-field')).resolves.toBe('hos ');
    expect(await resultPaths(other)).toEqual([]);
    await other.evaluate(() => localStorage.clear());
    await other.close();
  });

  it('suggests by title and keywords, and leaves words found only in body text to the full-text search', async () => {
    const other = await site.newPage();
    await other.goto(siteUrl('/about/'));
    const results = other.locator('#header-search-results');

    // "methotrexate" appears only in the body of the practice shared-care guidance.
    expect(await headerSuggestions(other, 'methotrexate')).not.toContain(
      '/guidance/practices/shared-care/',
    );
    await results.getByRole('link', { name: /for ‘methotrexate’$/ }).click();
    await other.waitForURL(/\/search\/\?q=methotrexate/);
    await resultsShownFor(other, 'methotrexate');
    expect(await resultPaths(other)).toContain('/guidance/practices/shared-care/');

    await other.goto(siteUrl('/about/'));
    expect(await headerSuggestions(other, 'zzqx')).toEqual([]);
    await expect(results.getByRole('status').textContent()).resolves.toBe(
      'No suggestions for ‘zzqx’. Press Enter to search the full text.',
    );
    await expect(results.getByRole('link').textContent()).resolves.toBe(
      'Search the full text for ‘zzqx’',
    );
    await other.close();
  });
});

describe('under a strict Content Security Policy', () => {
  it('searches on the search page, in the header and highlights on result pages, with no violation', async () => {
    // No service worker: it would answer from its cache, without the policy header added here.
    const strict = await openSite(browser, { serviceWorkers: 'block' });
    const policy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
    await strict.context.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    const other = await strict.newPage();
    expect(await searchOnPage(other, 'sick note')).toContain('/requirements/fit-notes/');
    await other.goto(siteUrl('/about/'));
    await other.focus('#search-field');
    await other.keyboard.type('DNA');
    await other.locator('#header-search-results a[href*="/requirements/did-not-attend/"]').click();
    await other.locator('main mark.pagefind-highlight').first().waitFor();
    expect(strict.consoleErrors).toEqual([]);
    expect(strict.foreignRequests).toEqual([]);
    // Control: the policy is really in force (an inline script is refused).
    const refused = await other.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const script = document.createElement('script');
          script.textContent = 'void 0';
          document.head.append(script);
          setTimeout(() => resolve(false), 1000);
        }),
    );
    expect(refused).toBe(true);
    await strict.context.close();
  });
});

describe("where what the suggestions and the readers' questions find goes", () => {
  it(
    'shows the same results with the maps to full-index pages as without them (a large site) or with them broken, fetching fewer fragments',
    { timeout: 240_000 },
    async () => {
      const asked = [...questionsByPage(await readContentFiles(REPOSITORY_ROOT)).values()];
      const queries = [
        ...requirements.map((r) => (r.data.keywords as string[])[0]!),
        // Every fifth page's first question: pages the questions find, which the words may not.
        ...asked.filter((_, i) => i % 5 === 0).map((questions) => questions[0]!),
        // Glossary terms: a term suggested leads to its own anchor.
        'DNA',
        'what does WNB mean',
      ];
      // No service worker: it would answer from its cache, past the routes set here.
      const isolated = await openSite(browser, { serviceWorkers: 'block' });
      const withMaps = await isolated.newPage();
      const without = await isolated.newPage();
      // As on a site too large for the maps (src/lib/site-files.ts: FULL_IDS_MAX_RECORDS).
      let hadMaps = false;
      await without.route(/\/search\/(\?.*)?$/, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        hadMaps ||= html.includes('<meta name="app-search-full-ids"');
        await route.fulfill({
          response,
          body: html.replace(/<meta name="app-search-full-ids"[^>]*>/, ''),
        });
      });
      const mergedFragments = new Map<Page, number>([
        [withMaps, 0],
        [without, 0],
      ]);
      for (const page of mergedFragments.keys())
        page.on('request', (request) => {
          if (/\/pagefind\/(suggest|questions)\/fragment\//.test(request.url()))
            mergedFragments.set(page, mergedFragments.get(page)! + 1);
        });
      const hrefs = (page: Page) =>
        page
          .locator('#search-results li h2 a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const shown = new Map<string, (string | null)[]>();
      for (const query of queries) {
        await searchOnPage(withMaps, query);
        await searchOnPage(without, query);
        shown.set(query, await hrefs(withMaps));
        expect(await hrefs(without), query).toEqual(shown.get(query));
      }
      expect(hadMaps).toBe(true);
      expect(isolated.consoleErrors).toEqual([]);
      // Without the maps each search downloads the fragments of the first five of each (less those
      // an earlier search on the page downloaded); with them, only of a page shown that the full
      // text did not find.
      expect(mergedFragments.get(without)).toBeGreaterThan(2 * queries.length);
      expect(mergedFragments.get(withMaps)).toBeLessThan(mergedFragments.get(without)! / 4);
      // A map that fails to load, and one from an earlier build (cached) that lacks the records:
      // the page reads the ids from the fragments instead.
      const broken = await isolated.newPage();
      await broken.route('**/pagefind/suggest/full-ids.json', (route) => route.abort());
      await broken.route('**/pagefind/questions/full-ids.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: '{}' }),
      );
      for (const query of queries) {
        await searchOnPage(broken, query);
        expect(await hrefs(broken), query).toEqual(shown.get(query));
      }
      await isolated.context.close();
    },
  );
});

describe('Show more results', () => {
  /** Opens a search with more than one page of results; returns its result links. */
  async function openLongSearch(other: Page) {
    // A word on nearly every page, so there is more than one page of results.
    await other.goto(siteUrl('/search/?q=hospital'));
    await other.locator('#search-more').waitFor({ state: 'visible' });
    return other.locator('#search-results > li a:first-child');
  }
  const hrefsOf = (links: ReturnType<Page['locator']>) =>
    links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it('marks the list busy while the rest of a page of results is added, and not once they are in', async () => {
    const other = await site.newPage();
    // Every value the list's aria-busy takes, from the first script on.
    await other.addInitScript(() => {
      const seen: (string | null)[] = [];
      (window as unknown as { busy: (string | null)[] }).busy = seen;
      document.addEventListener('DOMContentLoaded', () => {
        const list = document.querySelector('#search-results')!;
        new MutationObserver(() => seen.push(list.getAttribute('aria-busy'))).observe(list, {
          attributes: true,
          attributeFilter: ['aria-busy'],
        });
      });
    });
    const links = await openLongSearch(other);
    expect(await links.count()).toBe(20);
    const busy = await other.evaluate(() => (window as unknown as { busy: unknown[] }).busy);
    expect(busy).toContain('true');
    await expect(other.locator('#search-results').getAttribute('aria-busy')).resolves.toBeNull();
    await other.close();
  });

  it('adds the next results and moves focus to the first of them', async () => {
    const other = await site.newPage();
    const links = await openLongSearch(other);
    expect(await links.count()).toBe(20);
    await other.locator('#search-more').click();
    await other.waitForFunction(
      () => document.querySelectorAll('#search-results > li').length > 20,
      undefined,
      POLL_OFTEN,
    );
    await other.waitForFunction(
      () => document.activeElement?.closest('#search-results') !== null,
      undefined,
      POLL_OFTEN,
    );
    const hrefs = await hrefsOf(links);
    await expect(other.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      hrefs[20],
    );
    await other.close();
  });

  it('shows what one press shows, in the same order, however fast the button is pressed', async () => {
    const once = await site.newPage();
    const onceLinks = await openLongSearch(once);
    await once.locator('#search-more').click();
    await once.waitForFunction(
      () => document.querySelectorAll('#search-results > li').length > 20,
      undefined,
      POLL_OFTEN,
    );
    await once.waitForTimeout(500);
    const expected = await hrefsOf(onceLinks);
    await once.close();

    const other = await site.newPage();
    const links = await openLongSearch(other);
    // Two clicks in one go, before any result of the first has arrived.
    await other.locator('#search-more').evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await other.waitForFunction(
      () => document.querySelectorAll('#search-results > li').length > 20,
      undefined,
      POLL_OFTEN,
    );
    await other.waitForTimeout(500);
    const hrefs = await hrefsOf(links);
    expect(hrefs.length).toBeGreaterThan(20);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(expected);
    await other.close();
  });
});

describe('without JavaScript', () => {
  it('keeps the query in the box, says search needs JavaScript and offers the requirements', async () => {
    const noScript = await openSite(browser, { javaScriptEnabled: false });
    const other = await noScript.newPage();
    const query = 'fit note "for" <work>';
    await other.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
    // The server puts the words back (scripts/lib/site-server.ts): the header's box shows them.
    await expect(other.locator('#search-field').inputValue()).resolves.toBe(query);
    await expect(other.locator('#search-field').isVisible()).resolves.toBe(true);
    await expect(other.locator('#search-query').inputValue()).resolves.toBe(query);
    await expect(other.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
    // The form, which cannot search without JavaScript, is not shown.
    await expect(other.locator('#search-query').isVisible()).resolves.toBe(false);
    const links = await other.locator('main a[href^="/requirements/"]').count();
    expect(links).toBe(requirements.length);
    await noScript.context.close();
  });
});

it('makes no request to any other site', () => {
  expect(site.foreignRequests).toEqual([]);
  expect(site.consoleErrors).toEqual([]);
});

describe('the relevance test’s helper', () => {
  it('names the query, what the page says and the downloads still open when a search never answers', async () => {
    // A context of its own, so no fragment comes from an earlier test's cache or service worker.
    const fresh = await openSite(browser, { serviceWorkers: 'block' });
    try {
      const stuck = await fresh.newPage();
      // A result's text that never arrives: the page can show nothing for the query.
      await stuck.route('**/pagefind/fragment/**', () => undefined);
      await expect(searchEachOnPage(stuck, ['fit note'], 2_000)).rejects.toThrow(
        /no results for ‘fit note’ within 2000 ms.*Downloads still open: .*\/pagefind\/fragment\//s,
      );
    } finally {
      await fresh.context.close();
    }
  });
});
