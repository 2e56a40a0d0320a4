/**
 * The facts a clinician quotes, checked against the values the sources give (issue 13): what a
 * reader sees on the built pages and in the letters they download, not whole-page snapshots.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { contentEntries, type ContentEntry } from '../helpers/content.ts';
import { builtPages, distDir, readBuilt, readPage } from '../helpers/dist.ts';
import { splitFrontmatter } from '../../src/lib/content-files.ts';

const entries = await contentEntries();
const requirements = entries.filter((e) => e.collection === 'requirements');
const requirement = (id: string) => requirements.find((r) => r.id === id)!;
const body = (entry: ContentEntry) => splitFrontmatter(entry.text)!.body;

/** The readable text of a page's main content, with white space collapsed. */
async function mainText(sitePath: string): Promise<string> {
  const $ = cheerio.load(await readPage(sitePath));
  return $('main').text().replace(/\s+/g, ' ');
}

const pages = await builtPages();
const pageTexts = await Promise.all(
  pages.map(async (page) => {
    const $ = cheerio.load(await readBuilt(page));
    return { page, text: $('main').text().replace(/\s+/g, ' ') };
  }),
);

describe('no page repeats a corrected claim', () => {
  const wrong: [string, RegExp][] = [
    [
      'clinic letters: 10 days for all of 2017-19',
      /10 days (in|under) (the )?(2017-19|2017 to 2019)/i,
    ],
    ['clinic letters: 7 days only in later editions', /7 days in (a |the )?later edition/i],
    ['clinic letters: later editions set 7 days', /later editions? (set|says?|gives?) 7 days/i],
    ['clinic letters: an unconfirmed 14-day step', /14-day step/i],
    [
      'prescribing guidance published in January 2018',
      /(first )?published (version 1\.0 )?in January 2018/i,
    ],
    ['prescribing guidance published in January 2018', /In January 2018 NHS England published/i],
    ['a hedge on the nine members', /showed only part of (the|its) member list/i],
    ['a hedge on the nine members', /membership is to be confirmed/i],
    ['the delivery plan without its day', /(?<!\b9 )May 2023/],
  ];

  it.each(wrong)('no page says %s', (_, pattern) => {
    const offending = pageTexts.filter(({ text }) => pattern.test(text)).map(({ page }) => page);
    expect(offending).toEqual([]);
  });

  it('every page giving a 10-day clinic letter limit also gives the 7 days from April 2018', () => {
    const tenDays = pageTexts.filter(
      ({ text }) => /clinic letter/i.test(text) && /10 days/.test(text),
    );
    expect(tenDays.length).toBeGreaterThan(0);
    for (const { page, text } of tenDays)
      expect([page, /7 days/.test(text) && /April 2018/.test(text)]).toEqual([page, true]);
  });
});

describe('the clinic letters requirement', async () => {
  const text = await mainText('/requirements/clinic-letters/');

  it('says the rule now is 7 days, and gives each step with its date', () => {
    expect(requirement('clinic-letters').data.ruleNow).toMatch(/within 7 days/);
    expect(text).toMatch(/2016\/17 contract: 14 days/);
    expect(text).toMatch(/From April 2017[^.]*: 10 days/);
    expect(text).toMatch(/From April 2018, still within the 2017-19 contract: 7 days/);
  });

  it("says the BMA's summary still gives 10 days, and cites Pulse and NHS Digital", async () => {
    expect(text).toMatch(/BMA[’']s summary, last updated in April 2020, still gives 10 days/);
    const $ = cheerio.load(await readPage('/requirements/clinic-letters/'));
    expect(
      $('main a[href*="pulsetoday.co.uk/news/referrals/more-restrictions"]').length,
    ).toBeGreaterThan(0);
    const nhsDigital =
      'digital.nhs.uk/services/transfer-of-care-initiative/outpatient-clinic-letter';
    expect($(`main a[href*="${nhsDigital}"]`).length).toBeGreaterThan(0);
  });
});

describe('other corrected facts', () => {
  it('dates the prescribing guidance January 2018 and its publication 13 March 2018', async () => {
    for (const sitePath of [
      '/resources/responsibility-for-prescribing/',
      '/requirements/shared-care/',
    ]) {
      const text = await mainText(sitePath);
      expect(text).toMatch(/dated January 2018/);
      expect(text).toMatch(/13 March 2018/);
    }
  });

  it('says the supply of medicines after clinic was added for 2017/18', async () => {
    expect(await mainText('/requirements/medicines-on-discharge/')).toMatch(/added for 2017\/18/);
  });

  it('gives SC6.2A in the 2018/19 edition and names Croner-i as a secondary source', async () => {
    const text = await mainText('/requirements/e-rs-referrals/');
    expect(text).toMatch(/SC6\.2A[^.]*2018\/19 edition/);
    expect(text).toMatch(/Croner-i, a secondary source/);
  });

  it("quotes the patient leaflet's date and its electronic copy's address", async () => {
    const text = await mainText('/resources/patient-referral-leaflet/');
    expect(text).toContain('First published: October 2017');
    expect(text).toContain('www.england.nhs.uk/patientinterface/');
    expect(text).not.toMatch(/to be confirmed/);
  });

  it('dates the delivery plan for recovering access to primary care 9 May 2023', async () => {
    expect(await mainText('/requirements/call-and-recall/')).toContain('9 May 2023');
  });

  it('lists the nine members on the about page, with no hedge', async () => {
    const $ = cheerio.load(await readPage('/about/'));
    const members = $('#members ~ ul')
      .first()
      .find('li')
      .map((_, li) => $(li).text().trim())
      .get();
    expect(members.sort()).toEqual(
      [
        'Academy of Medical Royal Colleges',
        'BMA Consultants Committee',
        'BMA General Practitioners Committee',
        'National Association for Patient Participation',
        'NHS Clinical Commissioners',
        'NHS Providers',
        'Royal College of General Practitioners',
        'Royal College of Nursing',
        'Royal College of Physicians',
      ].sort(),
    );
    expect($('main').text()).not.toMatch(/member[^.]*to be confirmed/i);
  });
});

describe.each(requirements.map((r) => [r.id, r] as const))(
  'the %s requirement page',
  async (id, entry) => {
    const $ = cheerio.load(await readPage(`/requirements/${id}/`));

    it('starts with the rule now', () => {
      expect($('main h2').first().attr('id')).toBe('rule-now');
      expect($('#rule-now').next('p').text().trim()).toBe(entry.data.ruleNow);
    });

    it('has a "How to quote this" line in an inset, with a copy button', () => {
      const inset = $('#how-to-quote').closest('.nhsuk-inset-text');
      expect(inset.find('#how-to-quote').text().trim()).toBe('How to quote this');
      expect(inset.find('#quote-text').text().trim()).toBe(entry.data.howToQuote);
      expect(inset.find('button[data-copy-target="quote-text"]').text().trim()).toBe(
        'Copy the quote',
      );
    });

    it('says where a clause number is unknown at most once in its text', () => {
      const unknown = new RegExp(
        [
          'to be confirmed',
          'not confirmed',
          'no source (we have found|seen)',
          'not been found in any source',
        ].join('|'),
        'gi',
      );
      expect(body(entry).match(unknown)?.length ?? 0).toBeLessThanOrEqual(1);
    });
  },
);

describe('the GP practice letters', async () => {
  const toolkit = entries.find((e) => e.id === 'gp-practice-toolkit')!;
  const letters = (toolkit.data.files as { file: string; source?: string }[]).filter((f) =>
    f.file.endsWith('.docx'),
  );
  const folder = path.join('content/toolkits', toolkit.id);

  it.each(letters)(
    '$file ends with the quote line of its requirement, not a gap to fill',
    async (letter) => {
      const source = await readFile(path.join(folder, letter.source!), 'utf8');
      const ids = [...source.matchAll(/\{\{quote:([a-z0-9-]+)\}\}/g)].map((m) => m[1]!);
      expect(ids).toHaveLength(1);
      const { value: text } = await mammoth.extractRawText({
        path: path.join(distDir, 'toolkits', toolkit.id, letter.file),
      });
      expect(text).toContain(`The requirement: ${requirement(ids[0]!).data.howToQuote as string}`);
      expect(text).not.toMatch(/to be confirmed locally|\{\{/);
    },
  );

  it('are linked from the "template letters" resource', async () => {
    const $ = cheerio.load(await readPage('/resources/contract-template-letters/'));
    const linked = $('main a[href^="/toolkits/gp-practice-toolkit/letter-"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(linked.sort()).toEqual(
      letters.map((l) => `/toolkits/gp-practice-toolkit/${l.file}`).sort(),
    );
  });
});

describe('patient pages', () => {
  const patientPages = entries.filter(
    (e) => e.collection === 'guidance' && e.id.startsWith('patients/'),
  );

  it.each(patientPages.map((e) => [e.id, e] as const))(
    '%s tells patients what to expect, without contract caveats',
    (_, entry) => {
      expect(body(entry)).not.toMatch(/contract|clause|to be confirmed|uncertain|edition/i);
    },
  );
});
