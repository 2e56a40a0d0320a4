/**
 * CSV as spreadsheet programs read it (RFC 4180): every field quoted when it holds a comma, quote or
 * line break, lines ended with CRLF, and a byte-order mark so Excel reads the UTF-8 text (en dashes,
 * accented names) correctly. Used by the toolkit files and by the self-assessment export alike.
 */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
