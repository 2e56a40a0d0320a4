/**
 * How search understands a reader's words and who is asking, in Chromium on the built site: spelling
 * help, questions no page holds word for word, who each result is for, "I am a…", the header box
 * and the search page agreeing, glossary terms opened at the term, clean excerpts, axe in every
 * state of the search page, and the page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import {
  launchBrowser,
  openSite,
  POLL_OFTEN,
  siteUrl,
  type SiteContext,
} from '../helpers/browser.ts';
import { readBuilt } from '../helpers/dist.ts';
import {
  announcedCount,
  headerSuggestions,
  resultPaths,
  resultsShownFor,
  searchOnPage,
} from '../helpers/search.ts';

const { questions } = JSON.parse(
  await readFile(new URL('../data/search-questions.json', import.meta.url), 'utf8'),
) as {
  questions: { question: string }[];
};

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

/** What the search page says above its results (did you mean, how the words matched). */
function notice(on: Page): Promise<string> {
  return on.locator('#search-notice').innerText();
}

/** Who each shown result is for, in order. */
function labels(on: Page): Promise<string[]> {
  return on.locator('#search-results li .nhsuk-tag').allTextContents();
}

describe('understanding the words', () => {
  it('corrects a misspelt word, says so, and offers the corrected search', async () => {
    const found = await searchOnPage(page, 'dischage sumary');
    expect(found.slice(0, 3)).toContain('/requirements/discharge-summaries/');
    await expect(notice(page)).resolves.toMatch(
      /^Did you mean discharge summary\? No page uses ‘dischage’ or ‘sumary’/,
    );
    await expect(page.locator('#search-notice a').getAttribute('href')).resolves.toBe(
      '/search/?q=discharge%20summary',
    );
  });

  it('shows pages with most of the words when no page has them all, and says so plainly', async () => {
    const found = await searchOnPage(page, 'methotrexate rebook');
    expect(found).toEqual(
      expect.arrayContaining(['/requirements/did-not-attend/', '/guidance/practices/shared-care/']),
    );
    await expect(notice(page)).resolves.toContain(
      'No page has every word; showing pages with most of them.',
    );
  });

  it('does not mend an English word spelt right into another, and says it was left out', async () => {
    // An English word no page uses, one slip from a word pages do ("though", "through"), as the
    // build lists them.
    const [word] = JSON.parse(await readBuilt('pagefind/language-english.json')) as string[];
    const found = await searchOnPage(page, `discharge summary ${word}`);
    expect(found.slice(0, 3)).toContain('/requirements/discharge-summaries/');
    await expect(notice(page)).resolves.not.toContain('Did you mean');
    await expect(notice(page)).resolves.toContain(`No page uses ‘${word}’, so it was left out.`);
  });

  it('leaves out a word no page uses, and says which', async () => {
    const found = await searchOnPage(page, 'fit note zzqxv');
    expect(found.slice(0, 3)).toContain('/requirements/fit-notes/');
    await expect(notice(page)).resolves.toContain('No page uses ‘zzqxv’, so it was left out.');
  });

  it('searches a named scan no page uses as a scan, and says so', async () => {
    // No page of the site says "MRI" or "outcome" (if one comes to, choose another named scan).
    const found = await searchOnPage(page, 'who chases the MRI outcome');
    expect(found.slice(0, 3)).toContain('/requirements/test-results/');
    await expect(notice(page)).resolves.toContain(
      'No page uses ‘mri’ or ‘outcome’, so ‘mri’ was searched as ‘scan’ and ‘outcome’ as ‘result’.',
    );
  });

  it('hears a question about referring on to another specialty, finds the rule, and says so', async () => {
    // Neither "onward" nor "consultant to consultant": the question names only the specialty.
    const found = await searchOnPage(
      page,
      'found a heart murmur in my diabetes clinic, do I refer to cardiology myself or write to the GP',
    );
    expect(found.slice(0, 3)).toContain('/guidance/providers/onward-referral/');
    await expect(notice(page)).resolves.toContain(
      'Your question asks who refers a patient on, so pages on ‘onward referral’ are included.',
    );
  });

  it('says there are no results when nothing matches', async () => {
    expect(await searchOnPage(page, 'zzqxv')).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      '0 results for ‘zzqxv’',
    );
  });
});

describe('who a result is for', () => {
  it('labels every result and suggestion with who it is for, not just "Guidance"', async () => {
    await searchOnPage(page, 'test results');
    const shown = await labels(page);
    expect(shown.length).toBe(await page.locator('#search-results li').count());
    expect(shown).toEqual(
      expect.arrayContaining([
        'For GP practices',
        'For hospital teams',
        'For patients',
        'Contract requirement',
      ]),
    );
    expect(shown).not.toContain('Guidance');
    const other = await site.newPage();
    await other.goto(siteUrl('/about/'));
    await headerSuggestions(other, 'test results');
    const suggested = await other
      .locator('#header-search-results .app-header-search__type')
      .allTextContents();
    expect(suggested).toContain('Contract requirement');
    expect(suggested).not.toContain('Guidance');
    await other.close();
  });

  it('ranks the chosen reader’s pages first, remembers the choice in this browser and hides nothing', async () => {
    const other = await site.newPage();
    const question = 'chase blood test the hospital ordered';
    await searchOnPage(other, question);
    const asNobody = await announcedCount(other);
    for (const [role, label] of [
      ['gp', 'For GP practices'],
      ['hospital-clinician', 'For hospital teams'],
      ['patient', 'For patients'],
    ] as const) {
      await other.selectOption('#search-role', role);
      await expect(other.evaluate(() => Object.values(localStorage))).resolves.toEqual([role]);
      // Remembered: a new visit to the search page ranks for the same reader.
      await other.goto(siteUrl(`/search/?q=${encodeURIComponent(question)}`));
      await other.waitForFunction(
        () => document.querySelector('#search-status')?.textContent?.includes(' for ‘'),
        undefined,
        POLL_OFTEN,
      );
      await expect(other.inputValue('#search-role')).resolves.toBe(role);
      await expect(
        labels(other).then((l) => l[0]),
        role,
      ).resolves.toBe(label);
      await expect(announcedCount(other)).resolves.toBe(asNobody);
    }
    // Remembered: the header box on another page ranks the same way.
    await other.goto(siteUrl('/about/'));
    await headerSuggestions(other, 'test results');
    await expect(
      other.locator('#header-search-results .app-header-search__type').first().textContent(),
    ).resolves.toBe('For patients');
    await other.evaluate(() => localStorage.clear());
    await other.close();
  });

  it.each([
    ['who do I ring about my hospital results', 'For patients', 'a patient'],
    ['the hospital rejected our referral, what can we do', 'For GP practices', 'a GP practice'],
    [
      'can I ask the GP to take over prescribing for my patient',
      'For hospital teams',
      'a hospital team',
    ],
  ])(
    'ranks the asker’s pages higher for a question that sounds like theirs, and says why: %s',
    async (question, label, who) => {
      const other = await site.newPage();
      await searchOnPage(other, question);
      await expect(labels(other).then((l) => l[0])).resolves.toBe(label);
      await expect(notice(other)).resolves.toContain(
        `ranked higher because your search sounds like it is from ${who}.`,
      );
      await other.close();
    },
  );

  it('puts the reader’s own page on a topic above another reader’s page the words found', async () => {
    // A kind of medicine named only in the practices' shared care page ("disease-modifying
    // antirheumatic drugs"): for anyone, that page leads; for a patient, the patients' page on
    // shared care comes first, though neither it nor its readers' questions name them.
    const practices = '/guidance/practices/shared-care/';
    const patients = '/guidance/patients/medicines-from-the-hospital-and-shared-care/';
    const anyone = await site.newPage();
    await expect(searchOnPage(anyone, 'antirheumatic').then((found) => found[0])).resolves.toBe(
      practices,
    );
    await anyone.close();
    const patient = await site.newPage();
    await patient.goto(siteUrl('/search/'));
    await patient.selectOption('#search-role', 'patient');
    const found = await searchOnPage(patient, 'antirheumatic');
    // Just above the page it goes with, which is not hidden, and the reader is told why.
    expect(found.slice(0, 2)).toEqual([patients, practices]);
    await expect(notice(patient)).resolves.toContain(
      'A page for patients on the same topic is shown above the result it goes with',
    );
    await patient.evaluate(() => localStorage.clear());
    await patient.close();
  });

  it('puts a patient’s own page on a requirement above the requirement, written for staff', async () => {
    // "Bleep" is one of the requirement's everyday words: the requirement leads for anyone, the
    // patients' page on it for a patient.
    const requirement = '/requirements/patient-queries/';
    const patients = '/guidance/patients/who-to-contact-about-your-hospital-care/';
    const query = 'bleep';
    const anyone = await site.newPage();
    await expect(searchOnPage(anyone, query).then((found) => found[0])).resolves.toBe(requirement);
    await anyone.close();
    const patient = await site.newPage();
    await patient.goto(siteUrl('/search/'));
    await patient.selectOption('#search-role', 'patient');
    await expect(searchOnPage(patient, query).then((found) => found.slice(0, 2))).resolves.toEqual([
      patients,
      requirement,
    ]);
    await patient.evaluate(() => localStorage.clear());
    await patient.close();
  });

  it('ranks the toolkits and resources with a manager’s own pages', async () => {
    const toolkit = '/toolkits/provider-commissioner-toolkit/';
    const anyone = await site.newPage();
    await expect(searchOnPage(anyone, 'escalation').then((found) => found[0])).resolves.not.toBe(
      toolkit,
    );
    await anyone.close();
    const manager = await site.newPage();
    await manager.goto(siteUrl('/search/'));
    await manager.selectOption('#search-role', 'manager');
    await expect(searchOnPage(manager, 'escalation').then((found) => found[0])).resolves.toBe(
      toolkit,
    );
    await manager.evaluate(() => localStorage.clear());
    await manager.close();
  });

  it('ranks as the reader said, without a guess, once they have said who they are', async () => {
    const other = await site.newPage();
    await other.goto(siteUrl('/search/'));
    await other.selectOption('#search-role', 'gp');
    await searchOnPage(other, 'my GP asked for my hospital results');
    await expect(labels(other).then((l) => l[0])).resolves.toBe('For GP practices');
    await expect(notice(other)).resolves.not.toContain('sounds like');
    await other.evaluate(() => localStorage.clear());
    await other.close();
  });
});

// The two loops below take a minute or two; their time limits are generous, as another test file
// runs beside this one and the machine may be shared.
describe('one query, two views', () => {
  it(
    'shows on the search page every page the header box suggested, for each of the questions',
    { timeout: 600_000 },
    async () => {
      const box = await site.newPage();
      await box.goto(siteUrl('/about/'));
      const missing: string[] = [];
      for (const { question } of questions) {
        const suggested = await headerSuggestions(box, question);
        const found = await searchOnPage(page, question);
        const lost = suggested.filter((path) => !found.includes(path));
        // With what the page said and the role it searched as, to tell why if it ever happens.
        if (lost.length > 0)
          missing.push(
            `"${question}": ${lost.join(', ')} (role "${await page.inputValue('#search-role')}"; ${await page.locator('#search-notice').innerText()})`,
          );
      }
      expect(missing).toEqual([]);
      await box.close();
    },
  );

  it(
    'shows every page the box suggested when Enter is pressed on a word cut short',
    { timeout: 600_000 },
    async () => {
      const box = await site.newPage();
      const missing: string[] = [];
      // Every third question, as typed up to the third letter of its second long word: "how long
      // sho" (every third: each opens two pages, and CI has fifteen minutes for every test).
      const cutShort = questions
        .filter((_, i) => i % 3 === 0)
        .flatMap(({ question }) => {
          const long = [...question.matchAll(/[a-z]{5,}/gi)][1];
          return long ? [question.slice(0, long.index + 3)] : [];
        });
      expect(cutShort.length).toBeGreaterThan(18);
      for (const typed of cutShort) {
        await box.goto(siteUrl('/about/'));
        const suggested = await headerSuggestions(box, typed);
        await box.press('#search-field', 'Enter');
        await resultsShownFor(box, typed);
        const found = await resultPaths(box);
        const lost = suggested.filter((path) => !found.includes(path));
        if (lost.length > 0) missing.push(`"${typed}": ${lost.join(', ')}`);
      }
      expect(missing).toEqual([]);
      await box.close();
    },
  );
});

describe('results', () => {
  it('opens a glossary result at its term, in the box and on the page', async () => {
    await searchOnPage(page, 'WNB');
    const links = await page
      .locator('#search-results li h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.find((href) => href.includes('/glossary/'))).toMatch(
      /\/glossary\/(\?[^#]*)?#did-not-attend$/,
    );
    const other = await site.newPage();
    await other.goto(siteUrl('/about/'));
    await headerSuggestions(other, 'DNA policy');
    const hrefs = await other
      .locator('#header-search-results li a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.filter((h) => h.includes('/glossary')).every((h) => h.includes('#did-not-attend')),
    ).toBe(true);
    expect(hrefs.some((h) => h.includes('/requirements/did-not-attend/'))).toBe(true);
    await other.close();
  });

  it('opens the glossary at the term a question names, not the term holding most of its words', async () => {
    for (const [question, term] of [
      // "Letter" is a word of the clinic letter's entry too.
      ['what does WNB mean on a letter', 'did-not-attend'],
      // Its words fill the access recovery plan's entry more than the interface's own.
      ['what does primary and secondary care interface mean', 'interface'],
    ] as const) {
      await searchOnPage(page, question);
      const links = await page
        .locator('#search-results li h2 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(
        links.find((href) => href.includes('/glossary/')),
        question,
      ).toMatch(new RegExp(`/glossary/(\\?[^#]*)?#${term}$`));
    }
  });

  it('shows excerpts of the body text only, without the page’s metadata', async () => {
    for (const query of ['fit notes', 'status current', 'clinic letters']) {
      await searchOnPage(page, query);
      const excerpts = (
        await page.locator('#search-results .app-search-result__excerpt').allTextContents()
      ).join(' ');
      expect(excerpts, query).not.toMatch(
        /Status\s*current|Page last reviewed|Contract requirement[A-Z]|Applies to/,
      );
    }
  });

  it('puts the first result above the fold on a phone, with the filters folded away', async () => {
    const phone = await site.newPage();
    await phone.setViewportSize({ width: 412, height: 823 });
    await phone.goto(siteUrl('/search/?q=discharge+summary'));
    await phone.locator('#search-results li a').first().waitFor();
    const top = await phone
      .locator('#search-results li a')
      .first()
      .evaluate((a) => a.getBoundingClientRect().top);
    expect(top).toBeLessThan(823 * 1.5);
    await expect(
      phone.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open),
    ).resolves.toBe(false);
    await phone.close();
  });
});

describe('accessibility of the search page in every state', () => {
  it.each([
    ['with results', '/search/?q=discharge+summary', false],
    ['with no results', '/search/?q=zzqxv', false],
    ['with "Did you mean"', '/search/?q=dischage+sumary', false],
    ['with pages holding most of the words', '/search/?q=methotrexate+rebook', false],
    ['with the filters open', '/search/?q=referral', true],
    ['with a filter chosen', '/search/?q=referral&type=Guidance', false],
  ])('has no axe violation %s', async (_, path, openFilters) => {
    const other = await site.newPage();
    await other.goto(siteUrl(path));
    await other.waitForFunction(
      () => !document.querySelector('#search-status')?.textContent?.startsWith('Loading'),
      undefined,
      POLL_OFTEN,
    );
    if (openFilters) {
      await other.locator('#search-filters summary').click();
      await other.locator('#search-filters [data-filter-count]:not(:empty)').first().waitFor();
    }
    const results = await runAxe(other);
    expect(results.passes.length).toBeGreaterThan(0);
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await other.close();
  });
});

describe('without JavaScript', () => {
  it('says what to do instead', async () => {
    const noScript = await openSite(browser, { javaScriptEnabled: false });
    const other = await noScript.newPage();
    await other.goto(siteUrl('/search/?q=fit+note'));
    await expect(other.locator('main').textContent()).resolves.toMatch(
      /Search needs JavaScript.*choose the contract requirement/s,
    );
    await noScript.context.close();
  });
});

it('makes no request to any other site and logs no error', () => {
  expect(site.foreignRequests).toEqual([]);
  expect(site.consoleErrors).toEqual([]);
});
