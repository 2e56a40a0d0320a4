import { describe, expect, it } from 'vitest';
import { parseSheetSource } from '../toolkits/sources.ts';
import { selfAssessmentItems } from './questions.ts';

const titles = new Map([
  ['discharge-summaries', 'Discharge summaries within 24 hours'],
  ['fit-notes', 'Fit notes from hospital clinicians'],
]);
const FILE = 'content/toolkits/demo/checklist.yaml';

const checklist = `
sheet: Checklist
everyRequirement: true
columns:
  - { key: requirement, header: Requirement, kind: requirement }
  - { key: expectation, header: What good looks like, width: 50 }
  - { key: status, header: Status, options: [Met, Partly met, Not met] }
rows:
  - { requirement: discharge-summaries, expectation: Sent within 24 hours. }
  - { requirement: fit-notes, expectation: Issued by the hospital. }
blankRows: 0
`;

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
