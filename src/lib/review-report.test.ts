import { describe, expect, it } from 'vitest';
import type { HubDocument } from './documents.ts';
import { reviewsByOrganisation } from './review-report.ts';

const today = new Date('2026-11-24T12:00:00Z');

function doc(title: string, reviewDue: string, organisations: string[]): HubDocument {
  return {
    type: 'guidance',
    collection: 'guidance',
    id: title,
    url: `/guidance/${title}/`,
    title,
    summary: '',
    requirements: [],
    organisations,
    audience: ['gp'],
    published: today,
    updated: today,
    reviewDue: new Date(`${reviewDue}T00:00:00Z`),
    sources: [],
    status: 'current',
  };
}

const organisations = [
  { id: 'rcgp', name: 'Royal College of General Practitioners' },
  { id: 'bma-gpc', name: 'BMA General Practitioners Committee' },
  { id: 'rcn', name: 'Royal College of Nursing' },
];

describe('reviewsByOrganisation', () => {
  const groups = reviewsByOrganisation(
    [
      doc('due-soon', '2027-01-10', ['rcgp']),
      doc('overdue', '2026-06-01', ['rcgp', 'bma-gpc']),
      doc('in-date', '2028-01-01', ['rcn']),
      doc('due-sooner', '2026-12-01', ['rcgp']),
    ],
    organisations,
    today,
  );

  it('groups documents due within 90 days or overdue under each organisation that co-produced them', () => {
    expect(
      groups.map((g) => [g.organisation.id, g.items.map((i) => `${i.document.title}:${i.state}`)]),
    ).toEqual([
      ['bma-gpc', ['overdue:overdue']],
      ['rcgp', ['overdue:overdue', 'due-sooner:due-soon', 'due-soon:due-soon']],
    ]);
  });

  it('leaves out organisations with nothing to review', () => {
    expect(groups.some((g) => g.organisation.id === 'rcn')).toBe(false);
  });
});
