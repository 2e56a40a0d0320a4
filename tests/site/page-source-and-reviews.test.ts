import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { reviewState } from '../../src/lib/review.ts';
import { contentEntries, sitePath } from '../helpers/content.ts';
import { readPage } from '../helpers/dist.ts';
import { dateOfIsoDay } from '../../src/lib/dates.ts';

const entries = await contentEntries();
const published = entries.filter(
  (e) => ['guidance', 'resources', 'toolkits'].includes(e.collection) && e.data.status !== 'draft',
);

describe('"Edit this page", "View history" and "Last updated" on every document page', () => {
  it.each(published.map((e) => [sitePath(e), e.file] as const))(
    '%s links to its file on GitHub',
    async (page, file) => {
      const $ = cheerio.load(await readPage(page));
      const links = $('.app-page-source a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links).toEqual([
        expect.stringMatching(new RegExp(`^https://github\\.com/.+/edit/main/${file}$`)),
        expect.stringMatching(new RegExp(`^https://github\\.com/.+/commits/main/${file}$`)),
      ]);
      expect($('.app-page-source').text()).toMatch(/Last updated: \d{1,2} [A-Z][a-z]+ \d{4}/);
    },
  );
});

describe('the reviews page', () => {
  it('lists exactly the published documents overdue or due within 90 days', async () => {
    const $ = cheerio.load(await readPage('/reviews/'));
    const listed = new Set(
      $('main table a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    const due = published
      .filter((e) => reviewState(dateOfIsoDay(String(e.data.reviewDue)), new Date()) !== 'in-date')
      .map(sitePath);
    expect([...listed].sort()).toEqual([...new Set(due)].sort());
    expect($('#no-reviews-due').length).toBe(due.length === 0 ? 1 : 0);
  });
});
