/**
 * Reads and checks the sources a toolkit's downloadable files are generated from, so every
 * mistake an author can make is reported with the file, the place and a fix before anything is
 * generated. No Astro imports: the build script, the self-assessment page and the tests share it.
 */
import type { z } from 'astro/zod';
import { toolkitFile } from '../../schemas/toolkit.ts';
import { sheetSource, type SheetSource } from '../../schemas/toolkit-sheet.ts';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../content-files.ts';
import { isRealIsoDate } from '../../schemas/fields.ts';

/** A mistake in a toolkit's source; its message is written for the author and names the file. */
export class ToolkitSourceError extends Error {
  override name = 'ToolkitSourceError';
}

export type ToolkitFile = z.infer<typeof toolkitFile>;

/** Which generated formats each kind of source makes. */
export const FORMATS_BY_SOURCE: Record<string, string[]> = {
  yaml: ['xlsx', 'csv'],
  yml: ['xlsx', 'csv'],
  md: ['docx'],
};

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Turns zod issues into one line each: `path: message`. */
function issueLines(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    .join('\n');
}

/**
 * Parses YAML 1.2 (so `2025-02-30` stays text), or fails naming the file and line. `lineOffset` is
 * the line the YAML starts on in its file, for frontmatter.
 */
function parseYaml(text: string, file: string, lineOffset = 0): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos ? `:${first.linePos[0].line + lineOffset}` : '';
    throw new ToolkitSourceError(
      `${file}${line}: the YAML could not be read (${first.message.split(' at line')[0]}). Check the indentation and quotes on that line.`,
    );
  }
  return doc.toJS();
}

/**
 * The `files` list of a toolkit's index.md, checked: each generated file has a source of the right
 * kind (a .yaml table for .xlsx/.csv, a .md document for .docx) and no file name appears twice.
 */
export function parseToolkitFiles(indexSource: string, file: string): ToolkitFile[] {
  const parts = splitFrontmatter(indexSource);
  if (!parts)
    throw new ToolkitSourceError(
      `${file}: no frontmatter found. Start the file with a --- line, the fields, then another --- line.`,
    );
  const data = parseYaml(parts.yaml, file, 1) as { files?: unknown } | null;
  const result = toolkitFile.array().min(1).safeParse(data?.files);
  if (!result.success) {
    throw new ToolkitSourceError(
      `${file}: the files list is not valid:\n${issueLines(result.error.issues.map((i) => ({ ...i, path: ['files', ...i.path] })))}`,
    );
  }
  const seen = new Set<string>();
  for (const [index, entry] of result.data.entries()) {
    if (seen.has(entry.file))
      throw new ToolkitSourceError(
        `${file}: files.${index}.file: ${entry.file} is listed twice. Give each file its own name.`,
      );
    seen.add(entry.file);
    if (!entry.source) continue;
    const allowed = FORMATS_BY_SOURCE[extension(entry.source)] ?? [];
    if (!allowed.includes(extension(entry.file))) {
      throw new ToolkitSourceError(
        `${file}: files.${index}: ${entry.file} cannot be made from ${entry.source}. A .yaml table makes .xlsx or .csv files; a .md document makes .docx files.`,
      );
    }
  }
  return result.data;
}

/** One mistake in a toolkit table, at a path inside it, e.g. `rows → item 2 → status`. */
export interface SheetProblem {
  path: (string | number)[];
  problem: string;
  found?: string;
  expected?: string;
  fix: string;
}

/** Characters Excel does not allow in a worksheet name. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;

/**
 * A table source (see src/schemas/toolkit-sheet.ts), checked against the columns it declares and
 * the contract requirements that exist (`requirementTitles`: id → title). The content check
 * reports these problems with their lines; the toolkit build only meets a table that passed.
 */
export function parseSheetSource(
  text: string,
  file: string,
  requirementTitles: ReadonlyMap<string, string>,
): SheetSource {
  const result = sheetSource.safeParse(parseYaml(text, file));
  if (!result.success)
    throw new ToolkitSourceError(
      `${file}: the table is not valid:\n${issueLines(result.error.issues)}`,
    );
  const problems = sheetRuleProblems(result.data, requirementTitles);
  if (problems.length) {
    const lines = problems.map(
      (p) => `  - ${p.path.join('.')}: ${p.problem}${p.found ? ` (${p.found})` : ''}. ${p.fix}`,
    );
    throw new ToolkitSourceError(`${file}: the table is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The rules of a table that its schema cannot say: names Excel accepts, keys that exist, real dates. */
export function sheetRuleProblems(
  sheet: SheetSource,
  requirementTitles: ReadonlyMap<string, string>,
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const columns = new Map(sheet.columns.map((column) => [column.key, column]));
  const keys = [...columns.keys()];
  const keyList = `one of ${keys.join(', ')}`;
  if (
    SHEET_NAME_FORBIDDEN.test(sheet.sheet) ||
    /^'|'$/.test(sheet.sheet) ||
    sheet.sheet.toLowerCase() === 'history'
  ) {
    problems.push({
      path: ['sheet'],
      problem: 'is not a worksheet name Excel accepts',
      found: JSON.stringify(sheet.sheet),
      expected:
        'up to 31 characters, without \\ / ? * [ ] : and not starting or ending with an apostrophe, and not "History"',
      fix: 'Rename the sheet, e.g. "Audit 2025-26" instead of "Audit 2025/26".',
    });
  }
  if (columns.size !== sheet.columns.length) {
    problems.push({
      path: ['columns'],
      problem: 'has two columns with the same key',
      expected: 'a different key for each column',
      fix: 'Give each column its own key.',
    });
  }
  sheet.columns.forEach((column, index) => {
    if (!column.options) return;
    // Spreadsheets keep a drop-down list as one comma-separated, quoted string of at most 255 characters.
    if (column.options.some((option) => /[,"]/.test(option)))
      problems.push({
        path: ['columns', index, 'options'],
        problem: 'has an option with a comma or a double quote',
        expected: 'options without commas or double quotes',
        fix: 'Reword the option.',
      });
    if (column.options.join(',').length > 255)
      problems.push({
        path: ['columns', index, 'options'],
        problem: 'is too long for a spreadsheet drop-down list',
        expected: 'options of 255 characters in all',
        fix: 'Shorten the options.',
      });
  });
  sheet.columns.forEach((column, index) => {
    if (!column.formula) return;
    if (column.options)
      problems.push({
        path: ['columns', index],
        problem: 'has both a formula and options',
        expected: 'a formula or options, not both',
        fix: 'Remove one of them.',
      });
    for (const key of formulaKeys(column.formula))
      if (!columns.has(key))
        problems.push({
          path: ['columns', index, 'formula'],
          problem: 'names a column that does not exist',
          found: `{${key}}`,
          expected: keyList,
          fix: 'Correct the key between the curly brackets.',
        });
  });
  sheet.totals.forEach((total, index) => {
    for (const key of formulaKeys(total.formula))
      if (!columns.has(key))
        problems.push({
          path: ['totals', index, 'formula'],
          problem: 'names a column that does not exist',
          found: `{${key}}`,
          expected: keyList,
          fix: 'Correct the key between the curly brackets.',
        });
  });
  sheet.audits.forEach((id, index) => {
    if (!requirementTitles.has(id))
      problems.push({
        path: ['audits', index],
        problem: 'is not a requirement id',
        found: `"${id}"`,
        expected: 'a requirement id',
        fix: 'Use a file name from content/requirements/ without .md, e.g. discharge-summaries.',
      });
  });
  const named = new Map<string, number>();
  sheet.rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row)) {
      const column = columns.get(key);
      const path = ['rows', index, key];
      if (!column) {
        problems.push({
          path,
          problem: 'is not a column of this table',
          expected: keyList,
          fix: 'Correct the key, or add the column to columns.',
        });
      } else if (column.formula) {
        problems.push({
          path,
          problem: 'is worked out by its formula',
          expected: 'no value for this column in the rows',
          fix: 'Leave this column out of the rows.',
        });
      } else if (column.options && !column.options.includes(String(value))) {
        problems.push({
          path,
          problem: 'is not one of the options',
          found: JSON.stringify(value),
          expected: `one of ${column.options.join(', ')}`,
          fix: 'Use one of the options, spelled as in the column.',
        });
      } else if (column.kind === 'date' && (typeof value !== 'string' || !isRealIsoDate(value))) {
        problems.push({
          path,
          problem: 'is not a real date',
          found: JSON.stringify(value),
          expected: 'a real date written as YYYY-MM-DD, e.g. 2025-04-01',
          fix: 'Check the day and the month: months go up to 12, and February has 28 days (29 in a leap year).',
        });
      } else if (column.kind === 'requirement') {
        if (!requirementTitles.has(String(value)))
          problems.push({
            path,
            problem: 'is not a requirement id',
            found: JSON.stringify(value),
            expected:
              'a file name from content/requirements/ without .md, e.g. discharge-summaries',
            fix: 'Correct the id.',
          });
        named.set(String(value), (named.get(String(value)) ?? 0) + 1);
      }
    }
  });
  if (sheet.everyRequirement) {
    const missing = [...requirementTitles.keys()].filter((id) => !named.has(id));
    const repeated = [...named].filter(([, count]) => count > 1).map(([id]) => id);
    if (missing.length)
      problems.push({
        path: ['rows'],
        problem: 'needs a row for every requirement (everyRequirement: true)',
        found: `no row for ${missing.join(', ')}`,
        expected: 'one row per requirement',
        fix: 'Add a row for each missing requirement.',
      });
    if (repeated.length)
      problems.push({
        path: ['rows'],
        problem: 'has a requirement twice',
        found: repeated.join(', '),
        expected: 'one row per requirement',
        fix: 'Remove the repeated rows.',
      });
  }
  return problems;
}

const FORMULA_KEY = /\{([a-zA-Z0-9]+)\}/g;

/** The column keys a formula refers to as `{key}`. */
function formulaKeys(formula: string): string[] {
  return [...formula.matchAll(FORMULA_KEY)].map((match) => match[1]!);
}

/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A row formula with each `{key}` replaced by that column's cell on `row`, e.g. `{sent}` → `E7`. */
export function rowFormula(formula: string, sheet: SheetSource, row: number): string {
  return formula.replace(
    FORMULA_KEY,
    (_, key: string) => `${columnLetter(sheet.columns.findIndex((c) => c.key === key) + 1)}${row}`,
  );
}

/**
 * A total's formula with each `{key}` replaced by that column's rows on the table's sheet, e.g.
 * `{within24}` → `'Discharge summaries'!$F$2:$F$301`.
 */
export function totalFormula(formula: string, sheet: SheetSource, lastRow: number): string {
  const name = `'${sheet.sheet.replaceAll("'", "''")}'`;
  return formula.replace(FORMULA_KEY, (_, key: string) => {
    const letter = columnLetter(sheet.columns.findIndex((c) => c.key === key) + 1);
    return `${name}!$${letter}$2:$${letter}$${lastRow}`;
  });
}

/** The header row and the filled rows of a table, as the files show them (requirement ids become titles). */
export function sheetTable(
  sheet: SheetSource,
  requirementTitles: ReadonlyMap<string, string>,
): (string | number)[][] {
  const body = sheet.rows.map((row) =>
    sheet.columns.map((column) => {
      const value = row[column.key];
      if (value === undefined) return '';
      return column.kind === 'requirement' ? requirementTitles.get(String(value))! : value;
    }),
  );
  return [sheet.columns.map((column) => column.header), ...body];
}

/**
 * The Markdown a `.md` source may hold to become a `.docx` (what src/lib/toolkits/docx-writer.ts
 * writes): headings, paragraphs, lists, page breaks, bold, italics, line breaks and links.
 */
export const DOCX_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'heading',
  'paragraph',
  'list',
  'listItem',
  'thematicBreak',
  'text',
  'strong',
  'emphasis',
  'break',
  'link',
]);
