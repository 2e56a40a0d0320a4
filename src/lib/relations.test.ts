import { describe, expect, it } from 'vitest';
import { toHubDocument, type DocumentData } from './documents.ts';
import {
  countByType,
  documentsForOrganisation,
  documentsForRequirement,
  groupByType,
} from './relations.ts';

const base: DocumentData = {
  title: 'A',
  summary: 's',
  requirements: [{ collection: 'requirements', id: 'fit-notes' }],
  organisations: ['rcgp'],
  audience: ['gp'],
  published: new Date('2025-01-01'),
  updated: new Date('2025-01-01'),
  reviewDue: new Date('2026-01-01'),
  sources: [],
  status: 'current',
  questions: [],
};

const TOPICS = ['fit-notes', 'shared-care'];

const docs = [
  toHubDocument('guidance', 'practices/fit-notes', { ...base, title: 'Fit notes for practices' })!,
  toHubDocument('guidance', 'patients/fit-notes', {
    ...base,
    title: 'Getting a fit note',
    audience: ['patient'],
  })!,
  toHubDocument('toolkits', 'gp-practice-toolkit', {
    ...base,
    title: 'GP practice toolkit',
    requirements: ['shared-care'],
  })!,
  toHubDocument('resources', 'leaflet', { ...base, title: 'Leaflet', organisations: ['napp'] })!,
];

describe('relations between documents, requirements and organisations', () => {
  it('lists every document that cites the requirement, in topic order', () => {
    expect(documentsForRequirement(docs, 'fit-notes', TOPICS).map((d) => d.title)).toEqual([
      'Fit notes for practices',
      'Getting a fit note',
      'Leaflet',
    ]);
  });

  it('lists what an organisation co-produced', () => {
    expect(documentsForOrganisation(docs, 'napp', TOPICS).map((d) => d.url)).toEqual([
      '/resources/leaflet/',
    ]);
  });

  it('treats guidance written only for patients as patient information', () => {
    expect(groupByType(docs).map((g) => [g.type, g.documents.length])).toEqual([
      ['guidance', 1],
      ['patient-information', 1],
      ['resource', 1],
      ['toolkit', 1],
    ]);
    expect(countByType(documentsForRequirement(docs, 'shared-care', TOPICS))).toEqual({
      guidance: 0,
      'patient-information': 0,
      resource: 0,
      toolkit: 1,
    });
  });

  it('never publishes a draft', () => {
    expect(toHubDocument('guidance', 'draft', { ...base, status: 'draft' })).toBeNull();
  });
});
