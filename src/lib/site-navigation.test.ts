import { describe, expect, it } from 'vitest';
import { currentSection, SITE_SECTIONS } from './site-navigation.ts';

describe('the header navigation', () => {
  it('offers requirements, guidance, toolkits, self-assessment, patients and about, in that order', () => {
    expect(SITE_SECTIONS.map((s) => s.text)).toEqual([
      'Requirements',
      'Guidance',
      'Toolkits',
      'Self-assessment',
      'Patients',
      'About',
    ]);
  });

  it('marks the section page itself, and the section a deeper page belongs to', () => {
    expect(currentSection('/guidance/', '/guidance/')).toBe('page');
    expect(currentSection('/guidance/', '/guidance/practices/fit-notes/')).toBe('true');
    expect(currentSection('/patients/', '/guidance/patients/leaving-hospital/')).toBe('true');
    expect(currentSection('/guidance/', '/guidance/patients/leaving-hospital/')).toBeUndefined();
    expect(currentSection('/requirements/', '/')).toBeUndefined();
  });
});
