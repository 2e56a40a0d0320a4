import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';
import type { CheckedEntry } from './entry.ts';

/** Source formats a downloadable file can be generated from at build time (see the toolkit build step). */
export const GENERATED_FROM = ['.yaml', '.yml', '.md', '.csv'] as const;

/**
 * Whether a file an entry lists will be there to publish: it sits in `dir`, or a source with the
 * same base name does (`checklist.xlsx` from `checklist.yaml`). The entry's own `index.md` is not a source.
 */
export function isFileAvailable(dir: string, name: string): boolean {
  if (existsSync(path.join(dir, name))) return true;
  const base = path.parse(name).name;
  return base !== 'index' && GENERATED_FROM.some((extension) => existsSync(path.join(dir, base + extension)));
}

/** The frontmatter lists of files that must exist beside an entry, by collection. */
const FILE_LISTS: Partial<Record<CheckedEntry['collection'], string>> = { resources: 'attachments', toolkits: 'files' };

/** Every listed attachment or toolkit file that is not beside its entry. */
export function checkAttachments(entry: CheckedEntry): ContentProblem[] {
  const listName = FILE_LISTS[entry.collection];
  const list = listName ? entry.data?.[listName] : undefined;
  if (!listName || !Array.isArray(list)) return [];
  const dir = path.dirname(entry.absolutePath);
  return list.flatMap((item: unknown, index) => {
    const name = (item as { file?: unknown } | null)?.file;
    if (typeof name !== 'string' || !/^[\w.-]+$/.test(name) || isFileAvailable(dir, name)) return [];
    const fieldPath = [listName, index, 'file'];
    return [{
      file: entry.file,
      line: entry.lineOf(fieldPath),
      field: fieldName(fieldPath),
      problem: 'names a file that is not in the folder',
      found: describeValue(name),
      expected: `a file called ${name} in ${path.dirname(entry.file)}/ (or a ${GENERATED_FROM.join('/')} file called ${path.parse(name).name} it is made from)`,
      fix: 'Upload the file to the same folder as this document (on GitHub: "Add file" → "Upload files"), or correct the file name here.',
    }];
  });
}

/** The files an entry publishes beside its page, for checking links to them. */
export function listedFiles(entry: CheckedEntry): string[] {
  const listName = FILE_LISTS[entry.collection];
  const list = listName ? entry.data?.[listName] : undefined;
  return Array.isArray(list) ? list.map((item: unknown) => (item as { file?: unknown } | null)?.file).filter((f): f is string => typeof f === 'string') : [];
}
