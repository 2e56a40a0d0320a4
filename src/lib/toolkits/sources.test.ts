import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  parseSheetSource,
  parseToolkitFiles,
  rowFormula,
  sheetTable,
  totalFormula,
} from './sources.ts';
import { checklist, FILE, titles } from './checklist.fixture.ts';

describe('parseSheetSource', () => {
  it('reads a table and writes requirement ids out as their titles', () => {
    const sheet = parseSheetSource(checklist, FILE, titles);
    expect(sheetTable(sheet, titles)).toEqual([
      ['Requirement', 'What good looks like', 'Status'],
      ['Discharge summaries within 24 hours', 'Sent within 24 hours.', ''],
      ['Fit notes from hospital clinicians', 'Issued by the hospital.', ''],
    ]);
    expect(sheet.columns[0]!.width).toBe(20);
  });

  it('names the file and line when the YAML cannot be read', () => {
    expect(() => parseSheetSource('columns: []\nsheet: Log\nsheet: Again\n', FILE, titles)).toThrow(
      /^content\/toolkits\/demo\/checklist\.yaml:3: the YAML could not be read \(.+\)\. Check the indentation and quotes on that line\.$/,
    );
  });

  it('lists every problem with a row: unknown column, option not allowed, unknown requirement', () => {
    const bad = checklist
      .replace('expectation: Sent within 24 hours.', 'expectaton: Sent within 24 hours.')
      .replace('{ requirement: fit-notes,', '{ requirement: fit-note, status: Done,');
    expect(() => parseSheetSource(bad, FILE, titles)).toThrow(
      'content/toolkits/demo/checklist.yaml: the table is not valid:\n' +
        '  - rows.0.expectaton: is not a column of this table. Correct the key, or add the column to columns.\n' +
        '  - rows.1.requirement: is not a requirement id ("fit-note"). Correct the id.\n' +
        '  - rows.1.status: is not one of the options ("Done"). Use one of the options, spelled as in the column.\n' +
        '  - rows: needs a row for every requirement (everyRequirement: true) (no row for fit-notes). Add a row for each missing requirement.',
    );
  });

  it('names a requirement the table says it audits that does not exist', () => {
    expect(() =>
      parseSheetSource(`audits: [discharge-summary]\n${checklist}`, FILE, titles),
    ).toThrow(
      'content/toolkits/demo/checklist.yaml: the table is not valid:\n' +
        '  - audits.0: is not a requirement id ("discharge-summary"). Use a file name from content/requirements/ without .md, e.g. discharge-summaries.',
    );
  });

  it('reports fields of the wrong shape with their path', () => {
    expect(() =>
      parseSheetSource('sheet: Log\ncolumns: []\nblankRows: lots\n', FILE, titles),
    ).toThrow(
      /^content\/toolkits\/demo\/checklist\.yaml: the table is not valid:\n {2}- columns: .+\n {2}- blankRows: .+$/,
    );
  });
});

describe('parseToolkitFiles', () => {
  const index = (files: string) => `---\ntitle: Demo\n${files}---\n\nBody\n`;
  const INDEX = 'content/toolkits/demo/index.md';

  it('reads the files list with each file and its source', () => {
    const files = parseToolkitFiles(
      index('files:\n  - { file: log.xlsx, source: log.yaml, title: Log, description: A log. }\n'),
      INDEX,
    );
    expect(files).toEqual([
      { file: 'log.xlsx', source: 'log.yaml', title: 'Log', description: 'A log.' },
    ]);
  });

  it('refuses a format the source cannot make', () => {
    expect(() =>
      parseToolkitFiles(
        index(
          'files:\n  - { file: log.docx, source: log.yaml, title: Log, description: A log. }\n',
        ),
        INDEX,
      ),
    ).toThrow(
      'content/toolkits/demo/index.md: files.0: log.docx cannot be made from log.yaml. A .yaml table makes .xlsx or .csv files; a .md document makes .docx files.',
    );
  });

  it('refuses a file listed twice', () => {
    const twice =
      'files:\n  - { file: a.csv, source: a.yaml, title: A, description: A. }\n  - { file: a.csv, source: b.yaml, title: B, description: B. }\n';
    expect(() => parseToolkitFiles(index(twice), INDEX)).toThrow(
      'content/toolkits/demo/index.md: files.1.file: a.csv is listed twice. Give each file its own name.',
    );
  });

  it('names the field when an entry is incomplete', () => {
    expect(() =>
      parseToolkitFiles(index('files:\n  - { file: a.csv, source: a.yaml }\n'), INDEX),
    ).toThrow(
      /^content\/toolkits\/demo\/index\.md: the files list is not valid:\n {2}- files\.0\.title: .+\n {2}- files\.0\.description: .+$/,
    );
  });
});

describe('formulas', () => {
  const audit = `
sheet: Audit's sheet
columns:
  - { key: left, header: Left, kind: datetime }
  - { key: sent, header: Sent, kind: datetime }
  - { key: within, header: Within 24 hours?, formula: 'IF(OR({left}="",{sent}=""),"",IF({sent}-{left}<=1,"Yes","No"))' }
totals:
  - { label: Compliance (%), formula: 'COUNTIF({within},"Yes")/COUNTA({left})*100' }
`;

  it("puts each row's own cells into a row formula", () => {
    const sheet = parseSheetSource(audit, FILE, titles);
    expect(rowFormula(sheet.columns[2]!.formula!, sheet, 7)).toBe(
      'IF(OR(A7="",B7=""),"",IF(B7-A7<=1,"Yes","No"))',
    );
  });

  it("puts the whole column of the table's sheet into a total", () => {
    const sheet = parseSheetSource(audit, FILE, titles);
    expect(totalFormula(sheet.totals[0]!.formula, sheet, 301)).toBe(
      "COUNTIF('Audit''s sheet'!$C$2:$C$301,\"Yes\")/COUNTA('Audit''s sheet'!$A$2:$A$301)*100",
    );
  });

  it('names columns beyond Z as spreadsheets do', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses an unknown {key} and a value given for a worked-out column', () => {
    const bad =
      audit.replace('COUNTA({left})', 'COUNTA({patient})') + 'rows:\n  - { within: "Yes" }\n';
    expect(() => parseSheetSource(bad, FILE, titles)).toThrow(
      'content/toolkits/demo/checklist.yaml: the table is not valid:\n' +
        '  - totals.0.formula: names a column that does not exist ({patient}). Correct the key between the curly brackets.\n' +
        '  - rows.0.within: is worked out by its formula. Leave this column out of the rows.',
    );
  });
});
