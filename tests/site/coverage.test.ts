import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/lib/documents-api.ts';
import { contentEntries } from '../helpers/content.ts';
import { builtPages, publishedDocuments, readBuilt, readPage } from '../helpers/dist.ts';

/** The contract requirements the site is built around (content brief, section 3). */
const REQUIREMENT_IDS = [
  'local-access-policy',
  'did-not-attend',
  'onward-referral',
  'test-results',
  'patient-queries',
  'discharge-summaries',
  'clinic-letters',
  'medicines-on-discharge',
  'fit-notes',
  'shared-care',
  'call-and-recall',
  'e-rs-referrals',
  'interface-lead',
  'advice-and-guidance',
];

/** Glossary anchors other pages link to as `/glossary/#<id>`. */
const GLOSSARY_IDS = [
  'e-rs',
  'advice-and-guidance',
  'did-not-attend',
  'fit-note',
  'shared-care',
  'clinic-letter',
  'discharge-summary',
  'icb',
  'ccg',
  'lmc',
  'prsb-headings',
  'provider',
  'commissioner',
  'gpfv',
];

/** The three readers every requirement needs something for, by the audiences that count for each. */
const SIDES = {
  'provider-side (hospital-clinician or provider-manager)': [
    'hospital-clinician',
    'provider-manager',
  ],
  'practice-side (gp or practice-staff)': ['gp', 'practice-staff'],
  'patient (patient)': ['patient'],
} as const;

const entries = await contentEntries();
const requirementIds = entries.filter((e) => e.collection === 'requirements').map((e) => e.id);
const glossary = entries.filter((e) => e.collection === 'glossary');

describe('the published corpus', async () => {
  const documents = await publishedDocuments();

  it('has at least 25 published documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(25);
  });

  it('has every contract requirement of the brief in content/requirements', () => {
    expect(requirementIds).toEqual(expect.arrayContaining(REQUIREMENT_IDS));
  });

  it.each(requirementIds)(
    '%s has provider-side, practice-side and patient documents linked to it',
    (id) => {
      const linked = documents.filter((doc) => doc.requirements.includes(id));
      const missing = Object.entries(SIDES)
        .filter(
          ([, audiences]) =>
            !linked.some((doc) =>
              doc.audience.some((a) => (audiences as readonly string[]).includes(a)),
            ),
        )
        .map(([side]) => side);
      expect(
        missing,
        `no published ${missing.join(', ')} document lists requirement "${id}"`,
      ).toEqual([]);
    },
  );

  it.each(documents.map((doc) => [new URL(doc.url).pathname, doc] as [string, DocumentRecord]))(
    '%s cites at least one web source and has published ≤ updated < reviewDue',
    (_, doc) => {
      expect(doc.sources.length).toBeGreaterThanOrEqual(1);
      for (const source of doc.sources) expect(source.url).toMatch(/^https?:\/\/[^/\s]+/);
      for (const date of [doc.published, doc.updated, doc.reviewDue])
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        doc.published <= doc.updated,
        `published ${doc.published} is after updated ${doc.updated}`,
      ).toBe(true);
      expect(
        doc.updated < doc.reviewDue,
        `reviewDue ${doc.reviewDue} is not after updated ${doc.updated}`,
      ).toBe(true);
    },
  );
});

describe('the glossary', async () => {
  const $ = cheerio.load(await readPage('/glossary/'));

  it('defines every term other pages link to', () => {
    expect(glossary.map((e) => e.id)).toEqual(expect.arrayContaining(GLOSSARY_IDS));
  });

  it.each(glossary.map((e) => [e.id, e.data.term as string]))(
    'has an anchor #%s headed "%s"',
    (id, term) => {
      const anchor = $(`[id="${id}"]`);
      expect(anchor).toHaveLength(1);
      expect(anchor.text()).toContain(term);
    },
  );

  it('is linked from the site footer', async () => {
    const home = cheerio.load(await readPage('/'));
    expect(home('footer a[href="/glossary/"]')).toHaveLength(1);
  });

  it('every /glossary/#term link on the site points at a term that exists', async () => {
    const broken: string[] = [];
    let links = 0;
    for (const page of await builtPages()) {
      const html = cheerio.load(await readBuilt(page));
      html('a[href^="/glossary/#"]').each((_, a) => {
        links += 1;
        const id = html(a).attr('href')!.slice('/glossary/#'.length);
        if ($(`[id="${id}"]`).length !== 1) broken.push(`${page} → /glossary/#${id}`);
      });
    }
    expect(links, 'no page links to a glossary term, so this check means nothing').toBeGreaterThan(
      0,
    );
    expect(broken).toEqual([]);
  });
});
