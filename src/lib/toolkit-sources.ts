/**
 * Reads and checks the sources a toolkit's downloadable files are generated from, so every
 * mistake an author can make is reported with the file, the place and a fix before anything is
 * generated. No Astro imports: the build script, the self-assessment page and the tests share it.
 */
import type { z } from 'astro/zod';
import { toolkitFile } from '../schemas/toolkit.ts';
import { sheetSource, type SheetSource } from '../schemas/toolkit-sheet.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from './content-files.ts';

/** A mistake in a toolkit's source; its message is written for the author and names the file. */
export class ToolkitSourceError extends Error {
  override name = 'ToolkitSourceError';
}

export type ToolkitFile = z.infer<typeof toolkitFile>;

/** Which generated formats each kind of source makes. */
const FORMATS_BY_SOURCE: Record<string, string[]> = { yaml: ['xlsx', 'csv'], yml: ['xlsx', 'csv'], md: ['docx'] };

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Turns zod issues into one line each: `path: message`. */
function issueLines(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('\n');
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
    throw new ToolkitSourceError(`${file}${line}: the YAML could not be read (${first.message.split(' at line')[0]}). Check the indentation and quotes on that line.`);
  }
  return doc.toJS();
}

/**
 * The `files` list of a toolkit's index.md, checked: each generated file has a source of the right
 * kind (a .yaml table for .xlsx/.csv, a .md document for .docx) and no file name appears twice.
 */
export function parseToolkitFiles(indexSource: string, file: string): ToolkitFile[] {
  const parts = splitFrontmatter(indexSource);
  if (!parts) throw new ToolkitSourceError(`${file}: no frontmatter found. Start the file with a --- line, the fields, then another --- line.`);
  const data = parseYaml(parts.yaml, file, 1) as { files?: unknown } | null;
  const result = toolkitFile.array().min(1).safeParse(data?.files);
  if (!result.success) {
    throw new ToolkitSourceError(`${file}: the files list is not valid:\n${issueLines(result.error.issues.map((i) => ({ ...i, path: ['files', ...i.path] })))}`);
  }
  const seen = new Set<string>();
  for (const [index, entry] of result.data.entries()) {
    if (seen.has(entry.file)) throw new ToolkitSourceError(`${file}: files.${index}.file: ${entry.file} is listed twice. Give each file its own name.`);
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

/**
 * A table source (see src/schemas/toolkit-sheet.ts), checked against the columns it declares and
 * the contract requirements that exist (`requirementTitles`: id → title).
 */
export function parseSheetSource(text: string, file: string, requirementTitles: ReadonlyMap<string, string>): SheetSource {
  const result = sheetSource.safeParse(parseYaml(text, file));
  if (!result.success) throw new ToolkitSourceError(`${file}: the table is not valid:\n${issueLines(result.error.issues)}`);
  const sheet = result.data;
  const columns = new Map(sheet.columns.map((column) => [column.key, column]));
  if (columns.size !== sheet.columns.length) throw new ToolkitSourceError(`${file}: two columns share a key. Give each column its own key.`);
  const problems: string[] = [];
  for (const column of sheet.columns.filter((c) => c.options)) {
    // Spreadsheets keep a drop-down list as one comma-separated, quoted string of at most 255 characters.
    if (column.options!.some((option) => /[,"]/.test(option))) problems.push(`columns.${column.key}.options: an option cannot contain a comma or a double quote.`);
    if (column.options!.join(',').length > 255) problems.push(`columns.${column.key}.options: the options are too long for a spreadsheet drop-down list (255 characters in all). Shorten them.`);
  }
  const keys = [...columns.keys()];
  for (const column of sheet.columns.filter((c) => c.formula)) {
    if (column.options) problems.push(`columns.${column.key}: a column cannot have both a formula and options.`);
    for (const key of formulaKeys(column.formula!)) if (!columns.has(key)) problems.push(`columns.${column.key}.formula: {${key}} is not a column key. Use one of: ${keys.join(', ')}.`);
  }
  sheet.totals.forEach((total, index) => {
    for (const key of formulaKeys(total.formula)) if (!columns.has(key)) problems.push(`totals.${index}.formula: {${key}} is not a column key. Use one of: ${keys.join(', ')}.`);
  });
  sheet.audits.forEach((id, index) => {
    if (!requirementTitles.has(id)) problems.push(`audits.${index}: "${id}" is not a requirement id. Use a file name from content/requirements/ without .md, e.g. discharge-summaries.`);
  });
  const named = new Map<string, number>();
  sheet.rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row)) {
      const column = columns.get(key);
      if (!column) {
        problems.push(`rows.${index}.${key}: there is no column with this key. Use one of: ${keys.join(', ')}.`);
      } else if (column.formula) {
        problems.push(`rows.${index}.${key}: this column is worked out by its formula; leave it out of the rows.`);
      } else if (column.options && !column.options.includes(String(value))) {
        problems.push(`rows.${index}.${key}: "${value}" is not one of the options (${column.options.join(', ')}).`);
      } else if (column.kind === 'requirement') {
        if (!requirementTitles.has(String(value))) {
          problems.push(`rows.${index}.${key}: "${value}" is not a requirement id. Use a file name from content/requirements/ without .md, e.g. discharge-summaries.`);
        }
        named.set(String(value), (named.get(String(value)) ?? 0) + 1);
      }
    }
  });
  if (sheet.everyRequirement) {
    const missing = [...requirementTitles.keys()].filter((id) => !named.has(id));
    const repeated = [...named].filter(([, count]) => count > 1).map(([id]) => id);
    if (missing.length) problems.push(`rows: every requirement needs a row (everyRequirement: true); missing: ${missing.join(', ')}.`);
    if (repeated.length) problems.push(`rows: each requirement needs exactly one row; repeated: ${repeated.join(', ')}.`);
  }
  if (problems.length) throw new ToolkitSourceError(`${file}: the table is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return sheet;
}

const FORMULA_KEY = /\{([a-zA-Z0-9]+)\}/g;

/** The column keys a formula refers to as `{key}`. */
function formulaKeys(formula: string): string[] {
  return [...formula.matchAll(FORMULA_KEY)].map((match) => match[1]!);
}

/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A row formula with each `{key}` replaced by that column's cell on `row`, e.g. `{sent}` → `E7`. */
export function rowFormula(formula: string, sheet: SheetSource, row: number): string {
  return formula.replace(FORMULA_KEY, (_, key: string) => `${columnLetter(sheet.columns.findIndex((c) => c.key === key) + 1)}${row}`);
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
export function sheetTable(sheet: SheetSource, requirementTitles: ReadonlyMap<string, string>): (string | number)[][] {
  const body = sheet.rows.map((row) =>
    sheet.columns.map((column) => {
      const value = row[column.key];
      if (value === undefined) return '';
      return column.kind === 'requirement' ? requirementTitles.get(String(value))! : value;
    }),
  );
  return [sheet.columns.map((column) => column.header), ...body];
}

/** One question of the interactive self-assessment: a requirement and what meeting it looks like. */
export interface SelfAssessmentItem {
  /** Requirement id, e.g. `discharge-summaries`. */
  id: string;
  title: string;
  /** What good looks like, from the checklist's `expectation` column. */
  expectation: string;
}

/**
 * The interactive self-assessment asks the same questions as the checklist spreadsheet: one per
 * requirement, from its requirement column and its `expectation` column.
 */
export function selfAssessmentItems(sheet: SheetSource, requirementTitles: ReadonlyMap<string, string>, file: string): SelfAssessmentItem[] {
  const requirementColumn = sheet.columns.find((column) => column.kind === 'requirement');
  if (!sheet.everyRequirement || !requirementColumn || !sheet.columns.some((column) => column.key === 'expectation')) {
    throw new ToolkitSourceError(`${file}: the self-assessment needs everyRequirement: true, a column of kind requirement and a column with key expectation.`);
  }
  return sheet.rows.map((row) => {
    const id = String(row[requirementColumn.key]);
    return { id, title: requirementTitles.get(id)!, expectation: String(row.expectation ?? '') };
  });
}

/** Reads a toolkit's checklist table (its `checklist` field) for the page's printable checklist and the self-assessment. */
export async function loadChecklist(folder: string, name: string, requirementTitles: ReadonlyMap<string, string>): Promise<SelfAssessmentItem[]> {
  const file = path.join(folder, name);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ToolkitSourceError(`${file}: not found. Check the checklist field of the toolkit's index.md.`);
  });
  return selfAssessmentItems(parseSheetSource(text, file, requirementTitles), requirementTitles, file);
}
