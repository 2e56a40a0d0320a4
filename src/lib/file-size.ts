/**
 * File sizes as GOV.UK and NHS.UK attachment links show them: "850 bytes", "24 KB", "1.2 MB"
 * (1 KB = 1,024 bytes). Kilobytes are rounded to whole numbers so the link text stays short.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new RangeError(`Expected a size in bytes, got ${bytes}`);
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}

/** The format a reader sees in a download link, from the file's extension, e.g. "XLSX". */
export function fileFormat(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1];
  if (!extension) throw new RangeError(`Expected a file name with an extension, got "${fileName}"`);
  return extension.toUpperCase();
}

/** GOV.UK-style link text for an attachment, e.g. "Audit template (XLSX, 24 KB)". */
export function attachmentLabel(title: string, fileName: string, bytes: number): string {
  return `${title} (${fileFormat(fileName)}, ${formatFileSize(bytes)})`;
}
