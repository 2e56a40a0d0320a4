import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { editionLabel } from '../../src/lib/labels.ts';
import { contentEntries, sitePath } from '../helpers/content.ts';
import { builtPages, publishedDocuments, readBuilt, readPage } from '../helpers/dist.ts';

const entries = await contentEntries();
const documentEntries = entries.filter((e) =>
  ['guidance', 'resources', 'toolkits'].includes(e.collection),
);
const published = documentEntries.filter((e) => e.data.status !== 'draft');
const drafts = documentEntries.filter((e) => e.data.status === 'draft');

describe('every built page', async () => {
  const pages = await builtPages();

  it('includes every page family', () => {
    for (const family of [
      'index.html',
      'about/index.html',
      'requirements/index.html',
      'organisations/index.html',
      'search/index.html',
      '404.html',
    ]) {
      expect(pages).toContain(family);
    }
  });

  it.each(pages)('%s has lang="en", a <title> and exactly one h1', async (page) => {
    const $ = cheerio.load(await readBuilt(page));
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text().trim()).not.toBe('');
    expect($('h1')).toHaveLength(1);
  });
});

describe('requirement pages', () => {
  const requirements = entries.filter((e) => e.collection === 'requirements');

  it.each(requirements.map((r) => r.id))(
    '/requirements/%s/ lists every document that references it',
    async (id) => {
      const $ = cheerio.load(await readPage(`/requirements/${id}/`));
      const linked = $('#linked-documents ~ section a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort();
      const expected = published
        .filter((e) => (e.data.requirements as string[]).includes(id))
        .map(sitePath)
        .sort();
      expect(linked).toEqual(expected);
    },
  );

  it('shows every requirement in the requirements table with its clauses', async () => {
    const $ = cheerio.load(await readPage('/requirements/'));
    const rows = $('table tbody tr');
    expect(rows).toHaveLength(requirements.length);
    for (const requirement of requirements) {
      const row = rows.filter(
        (_, tr) => $(tr).find(`a[href="/requirements/${requirement.id}/"]`).length > 0,
      );
      const clauses = requirement.data.clauses as { edition: string; ref: string }[];
      for (const clause of clauses)
        expect(row.text()).toContain(`${editionLabel(clause.edition)}: ${clause.ref}`);
    }
  });
});

describe('document pages', () => {
  it.each(published.map((e) => sitePath(e)))(
    '%s links its requirements, co-producers and review dates',
    async (url) => {
      const entry = published.find((e) => sitePath(e) === url)!;
      const $ = cheerio.load(await readPage(url));
      const requirementLinks = $('#supports-these-contract-requirements + ul a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(requirementLinks.sort()).toEqual(
        (entry.data.requirements as string[]).map((id) => `/requirements/${id}/`).sort(),
      );
      const organisationLinks = $('#co-produced-by + ul a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(organisationLinks.sort()).toEqual(
        (entry.data.organisations as string[]).map((id) => `/organisations/${id}/`).sort(),
      );
      expect($('.app-review-dates').text()).toMatch(
        /Page last reviewed:.*\d{4}[\s\S]*Next review due:.*\d{4}/,
      );
    },
  );
});

describe('drafts', () => {
  it('the content has at least one draft, so this check means something', () => {
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('are never built into dist/ or listed in the API', async () => {
    const pages = await builtPages();
    const apiIds = (await publishedDocuments()).map((d) => d.id);
    for (const draft of drafts) {
      expect(pages).not.toContain(`${sitePath(draft).slice(1)}index.html`);
      expect(apiIds).not.toContain(draft.id);
    }
  });
});

describe('/api/documents.json', () => {
  it('lists exactly the published documents, with their frontmatter', async () => {
    const records = await publishedDocuments();
    expect(records.map((r) => new URL(r.url).pathname).sort()).toEqual(
      published.map(sitePath).sort(),
    );
    for (const entry of published) {
      const record = records.find((r) => new URL(r.url).pathname === sitePath(entry))!;
      expect(record).toMatchObject({
        id: entry.id,
        title: entry.data.title,
        summary: entry.data.summary,
        requirements: entry.data.requirements,
        organisations: entry.data.organisations,
        audience: entry.data.audience,
        published: String(entry.data.published),
        updated: String(entry.data.updated),
        reviewDue: String(entry.data.reviewDue),
      });
      expect(record.sources.map((s) => s.url)).toEqual(
        (entry.data.sources as { url: string }[]).map((s) => s.url),
      );
    }
  });
});

describe('feeds', () => {
  it('the RSS feed has an item for every published document', async () => {
    const $ = cheerio.load(await readBuilt('rss.xml'), { xml: true });
    expect($('item')).toHaveLength(published.length);
  });

  it('the sitemap lists the requirement pages', async () => {
    const sitemap = await readBuilt('sitemap-0.xml');
    expect(sitemap).toContain('/requirements/discharge-summaries/');
  });
});
