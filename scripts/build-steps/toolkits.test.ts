import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildToolkits } from './toolkits.ts';

let root: string;
const INDEX = 'content/toolkits/demo/index.md';

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

function index(files: string, extra = '') {
  return `---\ntitle: Demo toolkit\nupdated: 2026-01-02\nstatus: current\n${extra}files:\n${files}---\n\nBody\n`;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'toolkits-'));
  await write('content/requirements/fit-notes.md', '---\ntitle: Fit notes\n---\n');
  await write(
    'content/toolkits/demo/log.yaml',
    'sheet: Log\ncolumns:\n  - { key: requirement, header: Requirement, kind: requirement }\nrows:\n  - { requirement: fit-notes }\n',
  );
  await write('content/toolkits/demo/letter.md', '# A letter\n\nDear [Name],\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildToolkits', () => {
  it('generates every listed file and a zip bundle into public/toolkits/<id>/', async () => {
    await write(
      INDEX,
      index(
        '  - { file: log.csv, source: log.yaml, title: Log, description: A log. }\n  - { file: letter.docx, source: letter.md, title: Letter, description: A letter. }\n',
      ),
    );
    const built = await buildToolkits(root);
    expect(built.map((t) => t.id)).toEqual(['demo']);
    expect((await readdir(path.join(root, 'public/toolkits/demo'))).sort()).toEqual([
      'demo.zip',
      'letter.docx',
      'log.csv',
    ]);
    expect(await readFile(path.join(root, 'public/toolkits/demo/log.csv'), 'utf8')).toBe(
      '\uFEFFRequirement\r\nFit notes\r\n',
    );
  });

  it('writes cells that look like formulas as text: an apostrophe in the CSV, a text cell in the .xlsx', async () => {
    const files =
      '  - { file: log.csv, source: log.yaml, title: Log, description: A log. }\n  - { file: log.xlsx, source: log.yaml, title: Log, description: A log. }\n';
    await write(INDEX, index(files));
    await write(
      'content/toolkits/demo/log.yaml',
      'sheet: Log\ncolumns:\n  - { key: note, header: Note }\nrows:\n  - { note: "=HYPERLINK(\\"https://x.example\\")" }\n  - { note: "@SUM(A1)" }\n',
    );
    await buildToolkits(root);
    const csv = await readFile(path.join(root, 'public/toolkits/demo/log.csv'), 'utf8');
    expect(csv).toBe('\uFEFFNote\r\n"\'=HYPERLINK(""https://x.example"")"\r\n\'@SUM(A1)\r\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, 'public/toolkits/demo/log.xlsx'));
    const cell = workbook.getWorksheet('Log')!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("https://x.example")');
  });

  it('stops naming index.md and the field when a listed source is missing', async () => {
    await write(
      INDEX,
      index('  - { file: audit.xlsx, source: audit.yaml, title: Audit, description: An audit. }\n'),
    );
    await expect(buildToolkits(root)).rejects.toThrow(
      'content/toolkits/demo/index.md: files.0.source: audit.yaml was not found in content/toolkits/demo/. Add the file there or correct the name.',
    );
  });

  it('stops naming the source file and line when its YAML is malformed', async () => {
    await write(
      INDEX,
      index('  - { file: log.xlsx, source: log.yaml, title: Log, description: A log. }\n'),
    );
    await write(
      'content/toolkits/demo/log.yaml',
      'sheet: Log\ncolumns:\n  - { key: a, header: "A }\n',
    );
    await expect(buildToolkits(root)).rejects.toThrow(
      /^content\/toolkits\/demo\/log\.yaml:\d+: the YAML could not be read \(.+\)\. Check the indentation and quotes on that line\.$/,
    );
  });

  it('stops naming the line of Markdown a .docx cannot hold', async () => {
    await write(
      INDEX,
      index(
        '  - { file: letter.docx, source: letter.md, title: Letter, description: A letter. }\n',
      ),
    );
    await write(
      'content/toolkits/demo/letter.md',
      '# A letter\n\n| a | b |\n\n![logo](logo.png)\n',
    );
    await expect(buildToolkits(root)).rejects.toThrow(
      /^content\/toolkits\/demo\/letter\.md:5: image is not supported in a document made into \.docx\./,
    );
  });

  it('checks a draft toolkit but publishes none of its files', async () => {
    await write(
      INDEX,
      index('  - { file: log.csv, source: log.yaml, title: Log, description: A log. }\n').replace(
        'status: current',
        'status: draft',
      ),
    );
    expect(await buildToolkits(root)).toEqual([]);
    await expect(readdir(path.join(root, 'public/toolkits'))).rejects.toThrow();
  });

  it('leaves the previous files in place when a toolkit has a mistake', async () => {
    await write(
      INDEX,
      index('  - { file: log.csv, source: log.yaml, title: Log, description: A log. }\n'),
    );
    await buildToolkits(root);
    await write('content/toolkits/demo/log.yaml', 'sheet: Log\ncolumns: []\n');
    await expect(buildToolkits(root)).rejects.toThrow(
      'content/toolkits/demo/log.yaml: the table is not valid',
    );
    expect(await readFile(path.join(root, 'public/toolkits/demo/log.csv'), 'utf8')).toContain(
      'Fit notes',
    );
  });
});
