import { z } from 'astro/zod';
import { text } from './fields.ts';

/** Kinds of cell a column holds; they decide the cell format in the spreadsheet. */
export const COLUMN_KINDS = ['text', 'requirement', 'date', 'datetime', 'number'] as const;

/** One column of a toolkit table. */
export const sheetColumn = z.strictObject({
  /** Name the rows use for this column, e.g. `status`. */
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, {
    message: 'Expected a key in camelCase, e.g. evidence or dateRaised',
  }),
  /** Header text, e.g. "Status". */
  header: text(),
  /** Column width in the spreadsheet, in characters, e.g. 40. */
  width: z.number().int().min(4).max(120).default(20),
  /** Allowed answers, offered as a drop-down list in the spreadsheet, e.g. [Met, Partly met, Not met]. */
  options: z.array(text()).min(2).optional(),
  /**
   * What the cells hold: text (default), a requirement id (written out as the requirement's title),
   * a date (DD/MM/YYYY), a date and time (DD/MM/YYYY HH:MM) or a number.
   */
  kind: z.enum(COLUMN_KINDS).default('text'),
  /**
   * A spreadsheet formula worked out on every row, with `{key}` standing for the same row's cell in
   * another column, e.g. `IF({sent}="","",({sent}-{left})*24)`. The spreadsheet fills the cell in;
   * the CSV leaves it blank, and rows must not give it a value.
   */
  formula: text().optional(),
});

/** A result worked out over the whole table, shown on the "How to use" sheet. */
export const sheetTotal = z.strictObject({
  /** What it is, e.g. "Compliance (%)". */
  label: text(),
  /** A formula with `{key}` standing for the column's rows, e.g. `COUNTIF({within24},"Yes")`. */
  formula: text(),
});

/** A cell written in the source; numbers stay numbers. */
const cell = z.union([z.string(), z.number()]);

/**
 * A table that becomes a toolkit's `.xlsx` and `.csv` files:
 * `content/toolkits/<id>/<name>.yaml`, named as `source` in the toolkit's `files`.
 */
export const sheetSource = z.strictObject({
  /** Worksheet name, up to 31 characters, e.g. "Checklist". */
  sheet: text().max(31),
  /** Paragraphs for the spreadsheet's "How to use" worksheet: what to record, sample size, how to calculate results. */
  guidance: z.array(text()).default([]),
  /** The columns, left to right. */
  columns: z.array(sheetColumn).min(1),
  /** Rows filled in already, keyed by column `key`; leave a cell out to leave it blank. */
  rows: z.array(z.record(z.string(), cell)).default([]),
  /** Empty rows (with the drop-down lists) for teams to fill in, e.g. 100. The CSV leaves them out. */
  blankRows: z.number().int().min(0).max(2000).default(0),
  /** Results worked out from the rows, e.g. compliance, listed under "Results" on the "How to use" sheet. */
  totals: z.array(sheetTotal).default([]),
  /** true when the rows must name every contract requirement exactly once, as the self-assessment checklist does. */
  everyRequirement: z.boolean().default(false),
  /**
   * Requirements this table audits, e.g. [discharge-summaries]: each one's pack shows the table's
   * guidance and results as its audit measures.
   */
  audits: z.array(z.string().min(1)).default([]),
});

export type SheetColumn = z.infer<typeof sheetColumn>;
export type SheetSource = z.infer<typeof sheetSource>;
