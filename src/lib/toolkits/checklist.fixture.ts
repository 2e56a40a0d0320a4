/** A small checklist table and its requirement titles, shared by the toolkit and self-assessment tests. */
export const titles = new Map([
  ['discharge-summaries', 'Discharge summaries within 24 hours'],
  ['fit-notes', 'Fit notes from hospital clinicians'],
]);
export const FILE = 'content/toolkits/demo/checklist.yaml';

export const checklist = `
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
