/**
 * The one place that drives exceljs: turns a toolkit table into a workbook a local team edits in
 * Excel or LibreOffice, with a styled, frozen header row, drop-down lists where a column has options,
 * and a "How to use" sheet holding the table's guidance.
 */
import ExcelJS from 'exceljs';
import { rowFormula, totalFormula } from './sources.ts';
import type { SheetSource } from '../../schemas/toolkit-sheet.ts';

/** NHS blue, for the header row (white text on it passes WCAG contrast). */
const HEADER_FILL = 'FF005EB8';
/** NHS pale grey, for cells the spreadsheet works out. */
const WORKED_OUT_FILL = 'FFE8EDEE';
const NUMBER_FORMATS = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  number: 'General',
} as const;

/** The workbook for one table; `table` is the header row and filled rows from `sheetTable`; `date` is the toolkit's `updated`. */
export async function sheetToXlsx(
  sheet: SheetSource,
  table: (string | number)[][],
  title: string,
  date: Date,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Care Interface Hub';
  // The file's properties carry the toolkit's own date, not the build time.
  workbook.created = workbook.modified = date;
  workbook.title = title;
  const worksheet = workbook.addWorksheet(sheet.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({
    key: column.key,
    width: column.width,
    style:
      column.kind in NUMBER_FORMATS
        ? { numFmt: NUMBER_FORMATS[column.kind as keyof typeof NUMBER_FORMATS] }
        : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  worksheet.addRows(table);
  const header = worksheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  header.alignment = { wrapText: true, vertical: 'middle' };
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: sheet.columns.length },
  };

  const lastRow = table.length + sheet.blankRows;
  // Worked-out columns get their formula on every row, shaded so people see they need not type there.
  // The cached result is "" because the formulas give "" until the row is filled in.
  sheet.columns.forEach((column, index) => {
    if (!column.formula) return;
    for (let row = 2; row <= lastRow; row++) {
      const cell = worksheet.getCell(row, index + 1);
      cell.value = { formula: rowFormula(column.formula, sheet, row), result: '' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WORKED_OUT_FILL } };
    }
  });
  sheet.columns.forEach((column, index) => {
    if (!column.options) return;
    for (let row = 2; row <= lastRow; row++) {
      worksheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.options.join(',')}"`],
        showErrorMessage: true,
        errorTitle: `${column.header}: choose from the list`,
        error: `Choose one of: ${column.options.join(', ')}.`,
      };
    }
  });

  if (sheet.guidance.length) {
    const help = workbook.addWorksheet('How to use');
    help.columns = [{ width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }];
    help.addRow([title]).font = { bold: true, size: 14 };
    for (const paragraph of sheet.guidance) help.addRow([paragraph]);
  }
  if (sheet.totals.length) {
    const help = workbook.getWorksheet('How to use') ?? workbook.addWorksheet('How to use');
    help.getColumn(2).width = 16;
    help.addRow([]);
    help.addRow(['Results (worked out from the rows)']).font = { bold: true };
    for (const total of sheet.totals)
      help.addRow([
        total.label,
        { formula: totalFormula(total.formula, sheet, lastRow), result: '' },
      ]);
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
