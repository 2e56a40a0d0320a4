/**
 * What the toolkits hold on one requirement, for its pack: the self-assessment question (the
 * checklist's row for it), the audits that measure it (tables whose `audits` name it) and the
 * files a team downloads. Read from the same sources as the toolkit files, so they never differ.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SheetSource } from '../../schemas/toolkit-sheet.ts';
import { toolkitDownloads, type Download } from './downloads.ts';
import { parseSheetSource } from './sources.ts';

/** The parts of a toolkit entry this module reads. */
export interface PackToolkit {
  id: string;
  title: string;
  url: string;
  files: { file: string; source?: string | undefined; title: string }[];
  checklist?: string | undefined;
}

/** One cell of the checklist row, with its column header, e.g. "Evidence to look for". */
export interface QuestionField {
  header: string;
  value: string;
}

/** An audit that measures the requirement: what it asks teams to do and the results it works out. */
export interface PackAudit {
  title: string;
  toolkit: PackToolkit;
  guidance: string[];
  measures: string[];
}

export interface RequirementToolkitMaterial {
  questions: { toolkit: PackToolkit; fields: QuestionField[] }[];
  audits: PackAudit[];
  files: { toolkit: PackToolkit; downloads: Download[] }[];
}

/**
 * The checklist row on a requirement, as the header and text of each filled text cell: what good
 * looks like and the evidence to look for. The requirement itself, drop-down answers, worked-out
 * columns, dates and the cells a team fills in (empty in the source) are left out.
 */
export function checklistQuestion(sheet: SheetSource, requirementId: string): QuestionField[] {
  const requirementColumn = sheet.columns.find((column) => column.kind === 'requirement');
  const row = sheet.rows.find(
    (r) => requirementColumn && String(r[requirementColumn.key]) === requirementId,
  );
  if (!row) return [];
  return sheet.columns
    .filter(
      (column) =>
        column.kind === 'text' &&
        !column.options &&
        !column.formula &&
        row[column.key] !== undefined,
    )
    .map((column) => ({ header: column.header, value: String(row[column.key]) }));
}

/**
 * Everything the toolkits offer on one requirement. `root` is the repository root (the generated
 * files' sizes are read from `public/toolkits/`), `contentDir` the content folder.
 */
export async function requirementToolkitMaterial(options: {
  root: string;
  contentDir: string;
  toolkits: readonly PackToolkit[];
  requirementId: string;
  requirementTitles: ReadonlyMap<string, string>;
}): Promise<RequirementToolkitMaterial> {
  const { root, contentDir, toolkits, requirementId, requirementTitles } = options;
  const material: RequirementToolkitMaterial = { questions: [], audits: [], files: [] };
  for (const toolkit of toolkits) {
    const folder = path.join(contentDir, 'toolkits', toolkit.id);
    const sources = [
      ...new Set(
        toolkit.files.flatMap((f) => (f.source && /\.ya?ml$/.test(f.source) ? [f.source] : [])),
      ),
    ];
    for (const source of sources) {
      const file = path.join(folder, source);
      const sheet = parseSheetSource(await readFile(file, 'utf8'), file, requirementTitles);
      if (source === toolkit.checklist) {
        const fields = checklistQuestion(sheet, requirementId);
        if (fields.length > 0) material.questions.push({ toolkit, fields });
      }
      if (sheet.audits.includes(requirementId)) {
        const title = toolkit.files.find((f) => f.source === source)!.title;
        material.audits.push({
          title,
          toolkit,
          guidance: sheet.guidance,
          measures: sheet.totals.map((t) => t.label),
        });
      }
    }
    material.files.push({
      toolkit,
      downloads: (await toolkitDownloads(root, toolkit.id, toolkit.files)).files,
    });
  }
  return material;
}
