/**
 * The self-assessment's questions: one per requirement, read from the checklist table that the
 * provider and commissioner toolkit also publishes as a spreadsheet, so the two never disagree.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SheetSource } from '../../schemas/toolkit-sheet.ts';
import { parseSheetSource, ToolkitSourceError } from '../toolkits/sources.ts';

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
export function selfAssessmentItems(
  sheet: SheetSource,
  requirementTitles: ReadonlyMap<string, string>,
  file: string,
): SelfAssessmentItem[] {
  const requirementColumn = sheet.columns.find((column) => column.kind === 'requirement');
  if (
    !sheet.everyRequirement ||
    !requirementColumn ||
    !sheet.columns.some((column) => column.key === 'expectation')
  ) {
    throw new ToolkitSourceError(
      `${file}: the self-assessment needs everyRequirement: true, a column of kind requirement and a column with key expectation.`,
    );
  }
  return sheet.rows.map((row) => {
    const id = String(row[requirementColumn.key]);
    return { id, title: requirementTitles.get(id)!, expectation: String(row.expectation ?? '') };
  });
}

/** Reads a toolkit's checklist table (its `checklist` field) for the page's printable checklist and the self-assessment. */
export async function loadChecklist(
  folder: string,
  name: string,
  requirementTitles: ReadonlyMap<string, string>,
): Promise<SelfAssessmentItem[]> {
  const file = path.join(folder, name);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ToolkitSourceError(
      `${file}: not found. Check the checklist field of the toolkit's index.md.`,
    );
  });
  return selfAssessmentItems(
    parseSheetSource(text, file, requirementTitles),
    requirementTitles,
    file,
  );
}
