/**
 * The reading path (issue 13): who each page is for, the answer first, patient pages that speak
 * to patients, the header navigation, one order for every list, letters where practices look, and
 * a landing page for managers and commissioners. Read from the built site.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentEntries, sitePath } from '../helpers/content.ts';
import { builtPages, distDir, readBuilt, readPage, servedPath } from '../helpers/dist.ts';

const entries = await contentEntries();
const published = entries.filter(
  (e) => ['guidance', 'resources', 'toolkits'].includes(e.collection) && e.data.status !== 'draft',
);
const guidanceIn = (folder: string) =>
  published.filter((e) => e.collection === 'guidance' && e.id.startsWith(`${folder}/`));
const patientPages = guidanceIn('patients');
const firstRequirement = new Map(
  published.map((e) => [sitePath(e), (e.data.requirements as string[])[0]!]),
);

/** The requirement ids in the order the home page lists them: the order every list follows. */
async function homeOrder(): Promise<string[]> {
  const $ = cheerio.load(await readPage('/'));
  return $('a[href^="/requirements/"]')
    .map((_, a) => $(a).attr('href')!.split('/')[2]!)
    .get()
    .filter((id) => id);
}

/** Where each linked document's main requirement sits in the home page order. */
function topicPositions(hrefs: string[], order: string[]): number[] {
  return hrefs
    .filter((href) => firstRequirement.has(href))
    .map((href) => order.indexOf(firstRequirement.get(href)!));
}

const isSorted = (numbers: number[]) => numbers.every((n, i) => i === 0 || numbers[i - 1]! <= n);

describe('who a page is for', () => {
  const CAPTIONS = [
    ['practices', 'Guidance for GP practices'],
    ['providers', 'Guidance for hospital teams'],
    ['patients', 'For patients'],
  ] as const;

  it.each(CAPTIONS)(
    'every page in guidance/%s/ says "%s" above its title and in its breadcrumbs',
    async (folder, caption) => {
      expect(guidanceIn(folder).length).toBeGreaterThan(0);
      for (const entry of guidanceIn(folder)) {
        const $ = cheerio.load(await readPage(sitePath(entry)));
        expect($('main .nhsuk-caption-l').first().text().trim(), sitePath(entry)).toBe(caption);
        expect($('main .nhsuk-caption-l').first().next().is('h1')).toBe(true);
        expect($('.nhsuk-breadcrumb__link').last().text().trim(), sitePath(entry)).toBe(caption);
      }
    },
  );

  it('labels each guidance document with who it is for in lists that mix readers', async () => {
    const $ = cheerio.load(await readPage('/requirements/fit-notes/'));
    const items = $('#group-guidance + ul li')
      .map((_, li) => $(li).text())
      .get();
    expect(items.some((text) => text.includes('(For GP practices)'))).toBe(true);
    expect(items.some((text) => text.includes('(For hospital teams)'))).toBe(true);
  });
});

describe('the answer first', () => {
  const withInBrief = published.filter((e) => /^## In brief$/m.test(e.text));

  it('"In brief" follows the lede, and the contents list comes after it', async () => {
    expect(withInBrief.length).toBeGreaterThan(30);
    for (const entry of withInBrief) {
      const $ = cheerio.load(await readPage(sitePath(entry)));
      const main = $('main').children().toArray();
      const lede = main.findIndex((el) => $(el).hasClass('nhsuk-lede-text'));
      const brief = main.findIndex((el) => $(el).attr('id') === 'in-brief');
      const contents = main.findIndex((el) => $(el).hasClass('app-contents'));
      // Only hidden search metadata or a "superseded" warning may come between.
      const between = main
        .slice(lede + 1, brief)
        .filter((el) => !$(el).is('[hidden], .nhsuk-card--warning'));
      expect(brief, sitePath(entry)).toBeGreaterThan(lede);
      expect(
        between.map((el) => el.tagName),
        sitePath(entry),
      ).toEqual([]);
      if (contents !== -1) expect(contents, sitePath(entry)).toBeGreaterThan(brief);
      expect($('.app-contents a[href="#in-brief"]')).toHaveLength(0);
    }
  });
});

describe('patient pages', () => {
  it.each(patientPages.map(sitePath))(
    '%s has a care card saying what to do if you feel worse while waiting',
    async (url) => {
      const $ = cheerio.load(await readPage(url));
      const card = $('main .nhsuk-card--care');
      expect(card).toHaveLength(1);
      expect(card.hasClass('nhsuk-card--care--urgent')).toBe(true);
      expect(card.find('.nhsuk-card__heading').text()).toContain('Urgent advice:');
      expect(card.text()).toMatch(/urgent GP appointment/);
      expect(card.text()).toMatch(/NHS 111/);
      expect(card.text()).toMatch(/Call 999/);
      expect(card.text()).toMatch(/worse while you're waiting/);
    },
  );

  it.each(patientPages.map(sitePath))(
    '%s keeps sources, co-producers and edit links in a closed "About this information"',
    async (url) => {
      const $ = cheerio.load(await readPage(url));
      const about = $('main details.nhsuk-details').last();
      expect(about.find('.nhsuk-details__summary-text').text().trim()).toBe(
        'About this information',
      );
      expect(about.attr('open')).toBeUndefined();
      for (const id of ['sources', 'co-produced-by', 'supports-these-contract-requirements']) {
        expect(about.find(`#${id}`), id).toHaveLength(1);
      }
      expect(about.find('a:contains("Edit this page")')).toHaveLength(1);
      expect($('main').children().last().is(about)).toBe(true);
      expect($('.app-contents a[href="#sources"]')).toHaveLength(0);
    },
  );

  it('only patient pages carry the care card', async () => {
    const $ = cheerio.load(await readPage(sitePath(guidanceIn('practices')[0]!)));
    expect($('.nhsuk-card--care')).toHaveLength(0);
  });
});

describe('the header and footer on every page', async () => {
  const pages = await builtPages();
  const SECTIONS = [
    ['Requirements', '/requirements/'],
    ['Guidance', '/guidance/'],
    ['Toolkits', '/toolkits/'],
    ['Self-assessment', '/self-assessment/'],
    ['Patients', '/patients/'],
    ['About', '/about/'],
  ];

  it.each(pages)(
    '%s has the NHS.UK header navigation, no NHS logo, and says who publishes the site',
    async (page) => {
      const $ = cheerio.load(await readBuilt(page));
      const links = $('header nav.nhsuk-header__navigation .nhsuk-header__navigation-link');
      expect(links.map((_, a) => [[$(a).text().trim(), $(a).attr('href')]]).get()).toEqual(
        SECTIONS,
      );
      expect(
        $(
          'header .nhsuk-header__logo, header .nhsuk-header__service-logo, header svg[aria-label="NHS"]',
        ),
      ).toHaveLength(0);
      expect($('header .nhsuk-header__service-name').text().trim()).toBe('Care Interface Hub');
      const footer = $('footer').text();
      expect(footer).toContain('published by the Interface Working Group');
      expect(footer).toContain('not an official NHS England publication');
    },
  );

  it('marks the current section, and only that one', async () => {
    for (const [url, section] of [
      ['/guidance/', 'Guidance'],
      ['/guidance/practices/fit-notes/', 'Guidance'],
      ['/guidance/patients/leaving-hospital/', 'Patients'],
      ['/self-assessment/', 'Self-assessment'],
    ]) {
      const $ = cheerio.load(await readPage(url!));
      const current = $('.nhsuk-header__navigation-link[aria-current]');
      expect(current.map((_, a) => $(a).text().trim()).get(), url).toEqual([section]);
    }
    expect(servedPath('index.html')).toBe('/');
  });

  it('the about page says plainly who publishes the site', async () => {
    const $ = cheerio.load(await readPage('/about/'));
    expect($('#who-publishes-this-site').next('p').text()).toMatch(
      /published by the Interface Working Group\..*not an official NHS England publication/,
    );
  });
});

describe('every list in the same order', () => {
  it('the GP and hospital guidance lists follow the home page order of requirements', async () => {
    const order = await homeOrder();
    expect(order).toHaveLength(entries.filter((e) => e.collection === 'requirements').length);
    const $ = cheerio.load(await readPage('/guidance/'));
    const lists = ['for-gp-practices', 'for-hospital-teams'].map((id) =>
      $(`#${id}`)
        .nextAll('ul')
        .first()
        .find('li > a')
        .map((_, a) => $(a).attr('href')!)
        .get(),
    );
    const [gp, hospital] = lists.map((hrefs) => hrefs.map((href) => firstRequirement.get(href)));
    expect(gp).toHaveLength(guidanceIn('practices').length);
    expect(gp).toEqual(order.filter((id) => gp!.includes(id)));
    expect(hospital).toEqual([...hospital!].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
    expect(lists[0]!.at(-1)).toBe(`/guidance/practices/${order.at(-1)}/`);
  });

  it.each([
    '/patients/',
    '/toolkits/',
    '/resources/',
    '/managers/',
    '/requirements/fit-notes/',
    '/organisations/bma-gpc/',
  ])('the lists on %s follow the same topic order', async (url) => {
    const order = await homeOrder();
    const $ = cheerio.load(await readPage(url));
    const lists = $('main ul.nhsuk-list--border').toArray();
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const hrefs = $(list)
        .find('li > a')
        .map((_, a) => $(a).attr('href')!)
        .get();
      expect(isSorted(topicPositions(hrefs, order)), `${url}: ${hrefs.join(', ')}`).toBe(true);
    }
  });
});

describe('letters where practices look', () => {
  const toolkit = published.find((e) => e.id === 'gp-practice-toolkit')!;
  const letters = (toolkit.data.files as { file: string; requirement?: string }[]).filter(
    (f) => f.requirement,
  );

  it('each GP guidance page links its own letter from the GP practice toolkit', async () => {
    expect(letters.length).toBeGreaterThanOrEqual(6);
    for (const letter of letters) {
      const pages = guidanceIn('practices').filter((e) =>
        (e.data.requirements as string[]).includes(letter.requirement!),
      );
      expect(pages.length, letter.file).toBeGreaterThan(0);
      for (const page of pages) {
        const $ = cheerio.load(await readPage(sitePath(page)));
        const href = `/toolkits/gp-practice-toolkit/${letter.file}`;
        const link = $(`#template-letter ~ ul a[href="${href}"]`);
        expect(link, sitePath(page)).toHaveLength(1);
        expect(link.text()).toMatch(/\(DOCX, \d+ KB\)$/);
        await expect(stat(path.join(distDir, href))).resolves.toBeTruthy();
      }
    }
  });

  it('hospital and patient pages do not offer the practice letters', async () => {
    const $ = cheerio.load(await readPage('/guidance/providers/fit-notes/'));
    expect($('#template-letter')).toHaveLength(0);
  });
});

describe('the managers and commissioners page', () => {
  it('is linked from the home page card', async () => {
    const $ = cheerio.load(await readPage('/'));
    expect($('.nhsuk-card a[href="/managers/"]').text().trim()).toBe('Managers and commissioners');
  });

  it('links the toolkits, the self-assessment, the audits, the review list and the escalation route', async () => {
    const $ = cheerio.load(await readPage('/managers/'));
    const hrefs = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const toolkit of published.filter((e) => e.collection === 'toolkits'))
      expect(hrefs).toContain(sitePath(toolkit));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/self-assessment/',
        '/reviews/',
        '/toolkits/provider-commissioner-toolkit/discharge-summary-audit.xlsx',
        '/toolkits/provider-commissioner-toolkit/clinic-letter-audit.xlsx',
        '/toolkits/provider-commissioner-toolkit/escalation-route.docx',
      ]),
    );
  });

  it('lists the guidance and resources that name commissioners in their audience, and only those', async () => {
    const $ = cheerio.load(await readPage('/managers/'));
    const listed = $('#for-commissioners + ul li > a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .sort();
    const expected = published
      .filter(
        (e) =>
          e.collection !== 'toolkits' && (e.data.audience as string[]).includes('commissioner'),
      )
      .map(sitePath)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
  });
});

describe('the self-assessment page', () => {
  it('asks for the organisation, the assessor and the date, and has a place for progress', async () => {
    const $ = cheerio.load(await readPage('/self-assessment/'));
    expect($('label[for="assessment-organisation"]').text().trim()).toBe('Organisation');
    expect($('label[for="assessment-assessor"]').text().trim()).toBe('Assessor');
    expect(
      $('.nhsuk-date-input input')
        .map((_, i) => $(i).attr('id'))
        .get(),
    ).toEqual(['assessment-date-day', 'assessment-date-month', 'assessment-date-year']);
    expect($('#self-assessment-progress').attr('role')).toBe('status');
    expect(
      $('#report-details dt')
        .map((_, dt) => $(dt).text())
        .get(),
    ).toEqual(['Organisation', 'Assessor', 'Date of assessment']);
  });
});
