import { describe, expect, it } from 'vitest';
import {
  asksOfCommissioners,
  documentCaption,
  isReaderRole,
  labelsForRole,
  pageForLabel,
  pagesRaisedOver,
  readerGroupOfGuidance,
  READER_GROUPS,
} from './readers.ts';

describe('who a page is for', () => {
  it('names guidance by the folder it lives in', () => {
    expect(readerGroupOfGuidance('practices/fit-notes', ['gp'])).toBe('practices');
    expect(readerGroupOfGuidance('providers/fit-notes', ['hospital-clinician', 'gp'])).toBe(
      'hospital-teams',
    );
    expect(readerGroupOfGuidance('patients/leaving-hospital', ['patient'])).toBe('patients');
  });

  it('falls back to the audience for guidance in any other folder', () => {
    expect(readerGroupOfGuidance('other/x', ['patient'])).toBe('patients');
    expect(readerGroupOfGuidance('other/x', ['practice-staff', 'commissioner'])).toBe('practices');
    expect(readerGroupOfGuidance('other/x', ['commissioner'])).toBe('managers');
  });

  it('labels results and list items with who they are for, not just "Guidance"', () => {
    const guidance = {
      kind: 'document',
      type: 'guidance',
      collection: 'guidance',
      audience: ['gp'],
    } as const;
    expect(pageForLabel({ ...guidance, id: 'practices/fit-notes' })).toBe('For GP practices');
    expect(pageForLabel({ ...guidance, id: 'providers/fit-notes' })).toBe('For hospital teams');
    expect(pageForLabel({ kind: 'requirement' })).toBe('Contract requirement');
    expect(
      pageForLabel({
        ...guidance,
        collection: 'toolkits',
        type: 'toolkit',
        id: 'gp-practice-toolkit',
      }),
    ).toBe('Toolkit');
    expect(READER_GROUPS.patients.caption).toBe('For patients');
  });
});

describe('captions and breadcrumbs', () => {
  const guidance = { type: 'guidance', collection: 'guidance', audience: ['gp'] } as const;

  it('says who a guidance page is for, and links the list it belongs to', () => {
    expect(documentCaption({ ...guidance, id: 'practices/fit-notes' })).toEqual({
      text: 'Guidance for GP practices',
      href: '/guidance/#for-gp-practices',
    });
    expect(documentCaption({ ...guidance, id: 'providers/fit-notes' }).text).toBe(
      'Guidance for hospital teams',
    );
    expect(
      documentCaption({
        ...guidance,
        type: 'patient-information',
        id: 'patients/x',
        audience: ['patient'],
      }),
    ).toEqual({ text: 'For patients', href: '/patients/' });
  });

  it('names toolkits and resources by what they are', () => {
    expect(
      documentCaption({ ...guidance, collection: 'toolkits', type: 'toolkit', id: 't' }),
    ).toEqual({
      text: 'Toolkit',
      href: '/toolkits/',
    });
    expect(
      documentCaption({ ...guidance, collection: 'resources', type: 'resource', id: 'r' }).text,
    ).toBe('Resource');
  });

  it('finds the guidance that asks something of commissioners by its audience', () => {
    expect(asksOfCommissioners({ audience: ['provider-manager', 'commissioner'] })).toBe(true);
    expect(asksOfCommissioners({ audience: ['provider-manager', 'hospital-clinician'] })).toBe(
      false,
    );
  });
});

describe('"I am a…" roles', () => {
  it("ranks each role's own pages: a GP's are the practices', a manager's the hospital's and managers'", () => {
    expect(labelsForRole('gp')).toEqual(['For GP practices']);
    expect(labelsForRole('practice-staff')).toEqual(['For GP practices']);
    expect(labelsForRole('hospital-clinician')).toEqual(['For hospital teams']);
    expect(labelsForRole('manager')).toEqual([
      'For hospital teams',
      'For managers and commissioners',
    ]);
    expect(labelsForRole('patient')).toEqual(['For patients']);
  });

  it("puts a reader's own page on a topic above the guidance for others, and a patient's above the requirement too", () => {
    expect(pagesRaisedOver('gp')).not.toContain('Contract requirement');
    expect(pagesRaisedOver('gp')).toContain('For hospital teams');
    expect(pagesRaisedOver('patient')).toEqual(
      expect.arrayContaining(['For GP practices', 'For hospital teams', 'Contract requirement']),
    );
    // A patient asking what the contract says wants the requirement itself.
    expect(pagesRaisedOver('patient', true)).not.toContain('Contract requirement');
  });

  it('accepts only known roles from storage', () => {
    expect(isReaderRole('gp')).toBe(true);
    expect(isReaderRole('toString')).toBe(false);
    expect(isReaderRole(null)).toBe(false);
  });
});
