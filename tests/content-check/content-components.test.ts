import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = path.resolve(import.meta.dirname, '../..');
const fixtureContent = path.join(repository, 'tests/fixtures/components/content');

/**
 * Builds a page that uses every content component, from a fixture content folder (CONTENT_ROOT)
 * into a temporary folder with its own cache, so the real dist/ and content cache are untouched.
 */
describe('content components in MDX', () => {
  let out: string;
  let $: cheerio.CheerioAPI;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'hub-components-'));
    const previous = process.env.CONTENT_ROOT;
    process.env.CONTENT_ROOT = fixtureContent;
    try {
      await build({ root: repository, outDir: path.join(out, 'dist'), cacheDir: path.join(out, 'cache'), logLevel: 'error' });
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
    expect($('main .nhsuk-inset-text').text()).toMatch(/^Information: The hospital sends the summary within 24 hours\.$/);
  });

  it('renders a warning callout with its heading', () => {
    expect($('main .nhsuk-card--warning .nhsuk-card__heading').text()).toBe('Important: Local arrangements differ');
  });

  it('renders a care card at its urgency, with the urgency announced to screen readers', () => {
    const card = $('main .nhsuk-card--care.nhsuk-card--care--urgent');
    expect(card.find('.nhsuk-card__heading .nhsuk-u-visually-hidden').text()).toBe('Urgent advice: ');
    expect(card.find('.nhsuk-card__content li').text()).toBe('you have not had your results after 2 weeks');
  });

  it('renders a don’t list with a cross for each item', () => {
    const list = $('main ul.nhsuk-list--cross');
    expect(list.find('li').map((_, li) => $(li).text().trim()).get()).toEqual(['do not ask the practice to re-refer', 'do not send the patient back for a fit note']);
    expect(list.find('svg.nhsuk-icon--cross')).toHaveLength(2);
  });

  it('renders a summary list of key and value rows', () => {
    expect($('main .nhsuk-summary-list__key').map((_, el) => $(el).text()).get()).toEqual(['Timescale', 'Who sends it']);
    expect($('main .nhsuk-summary-list__value').first().text()).toBe('Within 24 hours');
  });
});
