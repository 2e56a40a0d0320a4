import { describe, expect, it } from 'vitest';
import { parseSheetSource } from '../toolkits/sources.ts';
import { checklist, FILE, titles } from '../toolkits/checklist.fixture.ts';
import { selfAssessmentItems } from './questions.ts';

describe('selfAssessmentItems', () => {
  it('gives one question per requirement from the checklist', () => {
    const sheet = parseSheetSource(checklist, FILE, titles);
    expect(selfAssessmentItems(sheet, titles, FILE)).toEqual([
      {
        id: 'discharge-summaries',
        title: 'Discharge summaries within 24 hours',
        expectation: 'Sent within 24 hours.',
      },
      {
        id: 'fit-notes',
        title: 'Fit notes from hospital clinicians',
        expectation: 'Issued by the hospital.',
      },
    ]);
  });
});
