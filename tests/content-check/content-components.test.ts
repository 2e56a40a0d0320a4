import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const repository = REPOSITORY_ROOT;
const fixturePage = path.join(
  repository,
  'tests/fixtures/components/content/guidance/components.mdx',
);

/**
 * Builds the site with one more page, which uses every content component: a copy of content/ plus
 * the fixture page, through CONTENT_ROOT, into a temporary folder with its own cache, so the real
 * dist/ and content cache are untouched. Toolkit pages read the files the test build (globalSetup)
 * generated into public/toolkits/.
 */
describe('content components in MDX', () => {
  let out: string;
  let $: cheerio.CheerioAPI;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'hub-components-'));
    await cp(path.join(repository, 'content'), path.join(out, 'content'), { recursive: true });
    await cp(fixturePage, path.join(out, 'content/guidance/components.mdx'));
    const previous = process.env.CONTENT_ROOT;
    process.env.CONTENT_ROOT = path.join(out, 'content');
    try {
      await build({
        root: repository,
        outDir: path.join(out, 'dist'),
        cacheDir: path.join(out, 'cache'),
        logLevel: 'error',
      });
    } finally {
      if (previous === undefined) delete process.env.CONTENT_ROOT;
      else process.env.CONTENT_ROOT = previous;
    }
    $ = cheerio.load(await readFile(path.join(out, 'dist/guidance/components/index.html'), 'utf8'));
  }, 180_000);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('renders inset text with its hidden "Information" prefix', () => {
    expect($('main .nhsuk-inset-text').text()).toMatch(
      /^Information: The hospital sends the summary within 24 hours\.$/,
    );
  });

  it('renders a warning callout with its heading', () => {
    expect($('main .nhsuk-card--warning .nhsuk-card__heading').text()).toBe(
      'Important: Local arrangements differ',
    );
  });

  it('renders a care card at its urgency, with the urgency announced to screen readers', () => {
    const card = $('main .nhsuk-card--care.nhsuk-card--care--urgent');
    expect(card.find('.nhsuk-card__heading .nhsuk-u-visually-hidden').text()).toBe(
      'Urgent advice: ',
    );
    expect(card.find('.nhsuk-card__content li').text()).toBe(
      'you have not had your results after 2 weeks',
    );
  });

  it('renders a don’t list with a cross for each item', () => {
    const list = $('main ul.nhsuk-list--cross');
    expect(
      list
        .find('li')
        .map((_, li) => $(li).text().trim())
        .get(),
    ).toEqual([
      'do not ask the practice to re-refer',
      'do not send the patient back for a fit note',
    ]);
    expect(list.find('svg.nhsuk-icon--cross')).toHaveLength(2);
  });

  it('renders a summary list of key and value rows', () => {
    expect(
      $('main .nhsuk-summary-list__key')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Timescale', 'Who sends it']);
    expect($('main .nhsuk-summary-list__value').first().text()).toBe('Within 24 hours');
  });
});
