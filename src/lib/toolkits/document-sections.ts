/**
 * The sections of the Word documents a toolkit makes from Markdown (their second-level headings):
 * the toolkit page lists them under each document's link, so a reader sees what a terms of
 * reference or a briefing covers before downloading it, and search finds the toolkit by them
 * ("membership", "meetings").
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { textOf } from './docx-writer.ts';

/** The second-level headings of a Markdown document, in order, as plain text. */
export function markdownSections(markdown: string): string[] {
  return unified()
    .use(remarkParse)
    .parse(markdown)
    .children.flatMap((node) =>
      node.type === 'heading' && node.depth === 2 ? [textOf(node).trim()] : [],
    )
    .filter((text) => text.length > 0);
}

/**
 * The sections of each file a toolkit lists, in its order: a document made from a `.md` source
 * in `folder` has its headings; a spreadsheet, or a file given as it is, has none.
 */
export function toolkitSections(
  folder: string,
  files: readonly { source?: string | undefined }[],
): Promise<string[][]> {
  return Promise.all(
    files.map(async ({ source }) =>
      source?.endsWith('.md')
        ? markdownSections(await readFile(path.join(folder, source), 'utf8'))
        : [],
    ),
  );
}
