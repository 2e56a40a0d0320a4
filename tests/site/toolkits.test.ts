import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { markdownSections } from '../../src/lib/toolkits/document-sections.ts';
import { contentEntries } from '../helpers/content.ts';
import { distDir, readPage } from '../helpers/dist.ts';

interface FileEntry {
  file: string;
  source?: string;
  title: string;
}
interface SheetYaml {
  sheet: string;
  columns: { key: string; header: string; options?: string[]; kind?: string; formula?: string }[];
  rows?: Record<string, string>[];
  guidance?: string[];
  blankRows?: number;
  totals?: { label: string; formula: string }[];
}

const entries = await contentEntries();
const requirements = entries.filter((e) => e.collection === 'requirements');
const requirementTitle = new Map(requirements.map((r) => [r.id, r.data.title as string]));
const toolkits = entries.filter((e) => e.collection === 'toolkits' && e.data.status !== 'draft');
const allFiles = toolkits.flatMap((t) =>
  (t.data.files as FileEntry[]).map((f) => ({ toolkit: t.id, ...f })),
);

const builtFile = (toolkit: string, file: string) => path.join(distDir, 'toolkits', toolkit, file);
const sourceText = (toolkit: string, file: string) =>
  readFile(path.join('content/toolkits', toolkit, file), 'utf8');
const sheetSource = async (toolkit: string, file: string) =>
  parse(await sourceText(toolkit, file)) as SheetYaml;

describe('toolkits', () => {
  it('list the sections of at least one Word document under its link', async () => {
    const pages = await Promise.all(toolkits.map((t) => readPage(`/toolkits/${t.id}/`)));
    const listed = pages.flatMap((html) => {
      const $ = cheerio.load(html);
      return $('.app-downloads > li p')
        .filter((_, p) => $(p).text().trim().startsWith('Sections: '))
        .get();
    });
    expect(listed.length).toBeGreaterThan(0);
  });

  it('include the provider and commissioner toolkit, the GP practice toolkit and the patient participation pack', () => {
    expect(toolkits.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'provider-commissioner-toolkit',
        'gp-practice-toolkit',
        'patient-participation-pack',
      ]),
    );
  });
});

describe.each(toolkits.map((t) => t.id))('the %s page and bundle', async (id) => {
  const files = toolkits.find((t) => t.id === id)!.data.files as FileEntry[];
  const $ = cheerio.load(await readPage(`/toolkits/${id}/`));
  const zip = await JSZip.loadAsync(await readFile(builtFile(id, `${id}.zip`)));

  it('links every file with its title, format and size as published', async () => {
    const links = $('.app-downloads a')
      .map((_, a) => ({ href: $(a).attr('href'), text: $(a).text().trim() }))
      .get();
    const expected = await Promise.all(
      files.map(async (f) => ({
        href: `/toolkits/${id}/${f.file}`,
        text: `${f.title} (${path.extname(f.file).slice(1).toUpperCase()}, ${formatFileSize((await stat(builtFile(id, f.file))).size)})`,
      })),
    );
    expect(links).toEqual(expected);
  });

  it('lists under each document the sections it has, as its Word file shows them', async () => {
    const items = $('.app-downloads > li')
      .map((_, li) => ({
        href: $(li).find('a').attr('href'),
        sections: $(li)
          .find('p')
          .filter((_, p) => $(p).text().startsWith('Sections: '))
          .text(),
      }))
      .get();
    for (const f of files) {
      const item = items.find((i) => i.href === `/toolkits/${id}/${f.file}`)!;
      if (!f.source?.endsWith('.md')) {
        expect(item.sections, f.file).toBe('');
        continue;
      }
      const document = (await mammoth.extractRawText({ path: builtFile(id, f.file) })).value;
      const headings = markdownSections(await sourceText(id, f.source));
      for (const heading of headings) expect(document, f.file).toContain(heading);
      expect(item.sections, f.file).toBe(
        headings.length > 0 ? `Sections: ${headings.join(', ')}.` : '',
      );
    }
  });

  it('links the zip bundle with its size', async () => {
    const bundle = $('.app-download-all a');
    expect(bundle.attr('href')).toBe(`/toolkits/${id}/${id}.zip`);
    expect(bundle.text()).toContain(
      `(ZIP, ${formatFileSize((await stat(builtFile(id, `${id}.zip`))).size)})`,
    );
  });

  it('zips exactly the listed files and a manifest whose sizes and SHA-256 match the contents', async () => {
    expect(Object.keys(zip.files).sort()).toEqual(
      [...files.map((f) => f.file), 'manifest.json'].sort(),
    );
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      toolkit: string;
      files: { file: string; title: string; bytes: number; sha256: string }[];
    };
    expect(manifest.toolkit).toBe(id);
    expect(manifest.files.map((f) => [f.file, f.title])).toEqual(
      files.map((f) => [f.file, f.title]),
    );
    for (const entry of manifest.files) {
      const content = await zip.file(entry.file)!.async('uint8array');
      expect(content.byteLength).toBe(entry.bytes);
      expect(createHash('sha256').update(content).digest('hex')).toBe(entry.sha256);
      // The copy in the zip is the same as the one linked on the page.
      expect(
        createHash('sha256')
          .update(await readFile(builtFile(id, entry.file)))
          .digest('hex'),
      ).toBe(entry.sha256);
    }
  });
});

describe.each(
  allFiles
    .filter((f) => f.file.endsWith('.docx'))
    .map((f) => [`${f.toolkit}/${f.file}`, f] as const),
)('%s', (_, f) => {
  it('opens in mammoth and holds every heading and paragraph opening of its Markdown source', async () => {
    const { value: text } = await mammoth.extractRawText({ path: builtFile(f.toolkit, f.file) });
    const source = await sourceText(f.toolkit, f.source!);
    const headings = [...source.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(text).toContain(heading);
    expect(text).not.toMatch(/\*\*|^#/m);
  });
});

describe('GP practice letters', () => {
  it.each(allFiles.filter((f) => f.toolkit === 'gp-practice-toolkit' && f.file.endsWith('.docx')))(
    '$file cites the NHS Standard Contract and asks the provider to act',
    async (f) => {
      const { value: text } = await mammoth.extractRawText({ path: builtFile(f.toolkit, f.file) });
      expect(text).toContain('NHS Standard Contract');
      expect(text).toMatch(/Dear \[Name\],[\s\S]*Please/);
    },
  );
});

describe.each(
  allFiles
    .filter((f) => f.file.endsWith('.xlsx'))
    .map((f) => [`${f.toolkit}/${f.file}`, f] as const),
)('%s', (_, f) => {
  it('opens in exceljs with a styled, frozen header row, the source rows and drop-down lists', async () => {
    const sheet = await sheetSource(f.toolkit, f.source!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(builtFile(f.toolkit, f.file));
    const worksheet = workbook.getWorksheet(sheet.sheet)!;
    expect(worksheet).toBeDefined();
    const header = worksheet.getRow(1);
    expect(sheet.columns.map((_, i) => header.getCell(i + 1).text)).toEqual(
      sheet.columns.map((c) => c.header),
    );
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    (sheet.rows ?? []).forEach((row, r) => {
      sheet.columns.forEach((column, c) => {
        const value =
          row[column.key] === undefined
            ? ''
            : column.kind === 'requirement'
              ? requirementTitle.get(row[column.key]!)
              : String(row[column.key]);
        expect(worksheet.getRow(r + 2).getCell(c + 1).text).toBe(value);
      });
    });
    const lastRow = 1 + (sheet.rows?.length ?? 0) + (sheet.blankRows ?? 0);
    sheet.columns.forEach((column, c) => {
      if (!column.options) return;
      for (const row of [2, lastRow]) {
        expect(worksheet.getRow(row).getCell(c + 1).dataValidation).toMatchObject({
          type: 'list',
          formulae: [`"${column.options.join(',')}"`],
        });
      }
    });
    sheet.columns.forEach((column, c) => {
      if (!column.formula) return;
      for (const row of [2, lastRow]) {
        const formula = (worksheet.getRow(row).getCell(c + 1).value as { formula?: string } | null)
          ?.formula;
        // Every {key} is replaced by a cell on the same row.
        expect(formula).toMatch(new RegExp(`^[^{}]*[A-Z]${row}\\b[^{}]*$`));
      }
    });
    for (const total of sheet.totals ?? []) {
      const help = workbook.getWorksheet('How to use')!;
      const row = help.getRows(1, help.rowCount)!.find((r) => r.getCell(1).text === total.label);
      expect((row?.getCell(2).value as { formula?: string } | undefined)?.formula).toContain(
        `'${sheet.sheet}'!$`,
      );
    }
    if (sheet.guidance?.length) {
      const help = workbook.getWorksheet('How to use')!;
      const text = help.getSheetValues().flat().join('\n');
      for (const paragraph of sheet.guidance) expect(text).toContain(paragraph);
    }
  });
});

describe.each(
  allFiles
    .filter((f) => f.file.endsWith('.csv'))
    .map((f) => [`${f.toolkit}/${f.file}`, f] as const),
)('%s', (_, f) => {
  it('has the header row and one line per filled row of its source', async () => {
    const sheet = await sheetSource(f.toolkit, f.source!);
    const csv = await readFile(builtFile(f.toolkit, f.file), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      sheet.columns.map((c) => (c.header.includes(',') ? `"${c.header}"` : c.header)).join(','),
    );
    expect(lines).toHaveLength(1 + (sheet.rows?.length ?? 0));
  });
});

describe('the provider and commissioner toolkit', async () => {
  const id = 'provider-commissioner-toolkit';
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(builtFile(id, 'self-assessment-checklist.xlsx'));
  const checklist = workbook.worksheets[0]!;

  it('has a checklist row for every requirement, each with Met / Partly met / Not met', () => {
    const rows = checklist.getRows(2, checklist.actualRowCount - 1)!;
    expect(rows.map((row) => row.getCell(1).text).sort()).toEqual(
      [...requirementTitle.values()].sort(),
    );
    const statusColumn = checklist.getRow(1).values as string[];
    const column = statusColumn.indexOf('Status');
    for (const row of rows)
      expect(row.getCell(column).dataValidation?.formulae).toEqual(['"Met,Partly met,Not met"']);
  });

  it('explains the clinic letter timescale and how to calculate compliance in the audits', async () => {
    const clinic = new ExcelJS.Workbook();
    await clinic.xlsx.readFile(builtFile(id, 'clinic-letter-audit.xlsx'));
    const help = clinic.getWorksheet('How to use')!.getSheetValues().flat().join('\n');
    expect(help).toMatch(/Which timescale: 7 days\./);
    expect(help).toMatch(/14 days in 2016\/17, 10 days from April 2017 and 7 days from April 2018/);
    expect(help).toMatch(/compliance \(%\) =/);
    const discharge = new ExcelJS.Workbook();
    await discharge.xlsx.readFile(builtFile(id, 'discharge-summary-audit.xlsx'));
    expect(discharge.getWorksheet('How to use')!.getSheetValues().flat().join('\n')).toMatch(
      /24 hours[\s\S]*Sample[\s\S]*compliance \(%\) =/,
    );
  });

  it('shows a printable checklist of every requirement on its page and links the self-assessment', async () => {
    const $ = cheerio.load(await readPage(`/toolkits/${id}/`));
    const rows = $('#printable-checklist ~ table.app-checklist tbody tr')
      .map((_, tr) => $(tr).attr('data-requirement'))
      .get();
    expect(rows.sort()).toEqual(requirements.map((r) => r.id).sort());
    expect($('main a[href="/self-assessment/"]').length).toBeGreaterThan(0);
  });
});

describe('the self-assessment page', async () => {
  const $ = cheerio.load(await readPage('/self-assessment/'));

  it('asks about every requirement with Met / Partly met / Not met radios and a notes box', () => {
    for (const requirement of requirements) {
      const radios = $(`input[type="radio"][name="${requirement.id}-status"]`);
      expect(
        radios
          .map((_, r) =>
            $(`label[for="${$(r).attr('id')}"]`)
              .text()
              .trim(),
          )
          .get(),
      ).toEqual(['Met', 'Partly met', 'Not met']);
      expect($(`textarea[name="${requirement.id}-notes"]`)).toHaveLength(1);
    }
  });

  it('says that nothing leaves the browser', () => {
    expect($('main').text()).toContain('Nothing you enter leaves this browser.');
  });

  it('has no inline script or inline event handler, so a strict CSP can apply', () => {
    const scripts = $('script');
    expect(scripts.length).toBeGreaterThan(0);
    scripts.each((_, script) => {
      expect($(script).attr('src')).toBeTruthy();
      expect($(script).text().trim()).toBe('');
    });
    expect(
      $('*').filter((_, el) =>
        Object.keys((el as { attribs?: object }).attribs ?? {}).some((name) =>
          name.startsWith('on'),
        ),
      ),
    ).toHaveLength(0);
  });

  it('is linked from the home page', async () => {
    expect(cheerio.load(await readPage('/'))('main a[href="/self-assessment/"]')).toHaveLength(1);
  });
});
