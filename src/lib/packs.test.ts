import { describe, expect, it } from 'vitest';
import type { HubDocument } from './documents.ts';
import {
  contentDate,
  cssString,
  handbookDocuments,
  handbookTitle,
  limitPack,
  packAnchor,
  packPrintCss,
  readerNames,
  requirementPackSections,
  REQUIREMENT_PACK_FULL_LIMIT,
  shareLimit,
  uniqueSources,
} from './packs.ts';

function doc(id: string, fields: Partial<HubDocument> = {}): HubDocument {
  return {
    type: 'guidance',
    collection: 'guidance',
    id,
    url: `/guidance/${id}/`,
    title: id,
    summary: '',
    requirements: ['fit-notes'],
    organisations: [],
    audience: ['gp'],
    published: new Date('2026-01-01'),
    updated: new Date('2026-01-01'),
    reviewDue: new Date('2027-01-01'),
    sources: [],
    status: 'current',
    ...fields,
  };
}

const documents = [
  doc('providers/fit-notes', {
    title: 'B hospital',
    audience: ['hospital-clinician', 'provider-manager'],
  }),
  doc('practices/fit-notes', { title: 'A practice' }),
  doc('patients/fit-notes', { type: 'patient-information', audience: ['patient'] }),
  doc('practices/shared-care', { requirements: ['shared-care'] }),
  doc('gp-toolkit', {
    collection: 'toolkits',
    type: 'toolkit',
    audience: ['gp', 'practice-staff'],
  }),
  doc('provider-toolkit', { collection: 'toolkits', type: 'toolkit', audience: ['commissioner'] }),
];

describe('a requirement pack', () => {
  it('gathers the guidance on the requirement, one section per group of readers, patients last', () => {
    const sections = requirementPackSections(documents, 'fit-notes');
    expect(sections.map((s) => [s.heading, s.documents.map((d) => d.id)])).toEqual([
      ['Guidance for GP practices', ['practices/fit-notes']],
      ['Guidance for hospital teams', ['providers/fit-notes']],
      ['Information for patients', ['patients/fit-notes']],
    ]);
    expect(sections[0]!.id).toBe('guidance-for-gp-practices');
  });

  it('gives each document a section id of its own, from its address', () => {
    expect(packAnchor({ collection: 'guidance', id: 'practices/fit-notes' })).toBe(
      'guidance-practices-fit-notes',
    );
  });

  it('says who it is for in the order the site lists its readers', () => {
    expect(readerNames(['patients', 'hospital-teams', 'practices'])).toEqual([
      'GP practices',
      'hospital teams',
      'patients',
    ]);
  });
});

describe('a handbook', () => {
  it('gathers the guidance and toolkits for its readers', () => {
    const practices = handbookDocuments(documents, 'practices');
    expect(practices.guidance.map((d) => d.id)).toEqual([
      'practices/fit-notes',
      'practices/shared-care',
    ]);
    expect(practices.toolkits.map((d) => d.id)).toEqual(['gp-toolkit']);
  });

  it('chooses the managers’ guidance by audience, as they have no folder of their own', () => {
    const managers = handbookDocuments(documents, 'managers');
    expect(managers.guidance.map((d) => d.id)).toEqual(['providers/fit-notes']);
    expect(managers.toolkits.map((d) => d.id)).toEqual(['provider-toolkit']);
  });

  it('gives patients patient information only, without toolkits', () => {
    expect(handbookDocuments(documents, 'patients')).toEqual({
      guidance: [documents[2]],
      toolkits: [],
    });
  });

  it('is named for its readers', () => {
    expect(handbookTitle('practices')).toBe('Handbook for GP practices');
    expect(handbookTitle('managers')).toBe('Handbook for managers and commissioners');
  });
});

describe('a pack with more documents than it prints', () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    doc(`practices/page-${String(i).padStart(2, '0')}`, {
      title: `Page ${String(i).padStart(2, '0')}`,
      updated: new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 12))),
    }),
  );

  it('prints the most recently updated in full and lists the rest, each in the order given', () => {
    const { full, listed } = limitPack(many, 4);
    expect(full).toHaveLength(4);
    expect(listed).toHaveLength(8);
    const oldestPrinted = Math.min(...full.map((d) => d.updated.getTime()));
    expect(listed.every((d) => d.updated.getTime() <= oldestPrinted)).toBe(true);
    expect(full.map((d) => d.id)).toEqual(
      [...full].sort((a, b) => a.id.localeCompare(b.id)).map((d) => d.id),
    );
    expect(listed.map((d) => d.id)).toEqual(
      [...listed].sort((a, b) => a.id.localeCompare(b.id)).map((d) => d.id),
    );
  });

  it('breaks a tie in dates by the order given, so a build always prints the same pages', () => {
    const same = many.map((d) => ({ ...d, updated: new Date('2026-03-01') }));
    expect(limitPack(same, 2).full.map((d) => d.id)).toEqual([
      'practices/page-00',
      'practices/page-01',
    ]);
  });

  it('prints everything when there are few enough', () => {
    expect(limitPack(many.slice(0, 3), 4)).toEqual({ full: many.slice(0, 3), listed: [] });
  });

  it("shares a requirement pack's places among its reader groups, and lists the rest", () => {
    const sections = requirementPackSections(
      [
        ...Array.from({ length: REQUIREMENT_PACK_FULL_LIMIT + 3 }, (_, i) =>
          doc(`practices/p${i}`),
        ),
        doc('patients/only', { type: 'patient-information', audience: ['patient'] }),
      ],
      'fit-notes',
    );
    expect(sections.map((s) => [s.documents.length, s.listed.length])).toEqual([
      [REQUIREMENT_PACK_FULL_LIMIT - 1, 4],
      [1, 0],
    ]);
  });

  it('shares places one to each group in turn', () => {
    expect(shareLimit([5, 1, 4], 6)).toEqual([3, 1, 2]);
    expect(shareLimit([1, 2], 6)).toEqual([1, 2]);
    expect(shareLimit([0, 9], 2)).toEqual([0, 2]);
  });
});

describe('what every pack ends with', () => {
  it('lists each source once, under the title it was first cited with', () => {
    const a = { title: 'First', url: 'https://example.org/page/', publisher: 'X' };
    const b = { title: 'Again', url: 'https://example.org/page', publisher: 'X' };
    const c = { title: 'Other', url: 'https://example.org/other', publisher: 'Y' };
    expect(uniqueSources([[a, c], [b]])).toEqual([a, c]);
  });

  it('dates the content by its newest document', () => {
    const dates = [new Date('2026-01-01'), new Date('2026-03-01'), new Date('2026-02-01')].map(
      (updated) => ({ updated }),
    );
    expect(contentDate(dates)).toEqual(new Date('2026-03-01'));
    expect(contentDate([])).toBeUndefined();
  });

  it('prints its title in the page margin, whatever characters the title holds', () => {
    expect(cssString('Say "hi" \\ now\nplease')).toBe('"Say \\"hi\\" \\\\ now please"');
    expect(packPrintCss('Fit notes')).toContain('@top-left {\n    content: "Fit notes";');
  });
});
