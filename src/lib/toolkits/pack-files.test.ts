import { describe, expect, it } from 'vitest';
import { checklistQuestion } from './pack-files.ts';
import { parseSheetSource } from './sources.ts';

const titles = new Map([
  ['discharge-summaries', 'Discharge summaries'],
  ['fit-notes', 'Fit notes'],
]);
const sheet = parseSheetSource(
  `
sheet: Checklist
everyRequirement: true
columns:
  - { key: requirement, header: Requirement, kind: requirement }
  - { key: expectation, header: What good looks like }
  - { key: evidence, header: Evidence to look for }
  - { key: status, header: Status, options: [Met, Not met] }
  - { key: notes, header: Findings and actions }
  - { key: reviewDate, header: Review date, kind: date }
rows:
  - { requirement: discharge-summaries, expectation: Sent within 24 hours., evidence: The audit. }
  - { requirement: fit-notes, expectation: Issued by the hospital. }
`,
  'checklist.yaml',
  titles,
);

describe('the self-assessment question in a requirement pack', () => {
  it('is the checklist row for the requirement: what good looks like and the evidence', () => {
    expect(checklistQuestion(sheet, 'discharge-summaries')).toEqual([
      { header: 'What good looks like', value: 'Sent within 24 hours.' },
      { header: 'Evidence to look for', value: 'The audit.' },
    ]);
  });

  it('leaves out cells the source leaves empty, and requirements the checklist does not hold', () => {
    expect(checklistQuestion(sheet, 'fit-notes')).toEqual([
      { header: 'What good looks like', value: 'Issued by the hospital.' },
    ]);
    expect(checklistQuestion(sheet, 'shared-care')).toEqual([]);
  });
});
