import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader of a PDF sees of it: pages, title, outline (bookmarks) and text. */
export interface PdfReading {
  pages: number;
  title: string;
  /** The outline's entries: each title with its children. */
  outline: { title: string; items: { title: string }[] }[];
  text: string;
}

/** Opens a PDF with pdf.js, as a PDF reader would, and reads what a reader relies on. */
export async function readPdf(file: string): Promise<PdfReading> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 })
    .promise;
  try {
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return {
      pages: pdf.numPages,
      title: info.Title ?? '',
      outline: (await pdf.getOutline()) ?? [],
      text: pages.join('\n').replace(/\s+/g, ' '),
    };
  } finally {
    await pdf.destroy();
  }
}
