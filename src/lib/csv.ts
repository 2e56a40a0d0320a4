/**
 * The one CSV writer of the site, as spreadsheet programs read it (RFC 4180): every field quoted
 * when it holds a comma, quote or line break, lines ended with CRLF, and a byte-order mark so Excel
 * reads the UTF-8 text (en dashes, accented names) correctly. Used by the toolkit files and by the
 * self-assessment export alike.
 *
 * A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
 * Excel and LibreOffice (CSV injection), so it gets a leading apostrophe, as OWASP recommends: the
 * spreadsheet then shows it as text. Numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Starts that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number | undefined): string {
  const text =
    value === undefined ? '' : typeof value === 'number' ? String(value) : neutralised(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell a spreadsheet will show rather than run. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
