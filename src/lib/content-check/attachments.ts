import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleName } from '../toolkits/downloads.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';
import type { CheckedEntry } from './entry.ts';

/** A file an entry lists: published as it is, or (toolkits) generated at build time from `source`. */
export interface ListedFile {
  file: string;
  source?: string;
}

/**
 * The one rule for whether a listed file will be there to publish: its `source` is beside the
 * entry when it names one (the toolkit build generates the file from it), otherwise the file itself is.
 */
export function isFileAvailable(dir: string, { file, source }: ListedFile): boolean {
  return existsSync(path.join(dir, source ?? file));
}

/** The frontmatter lists of files that must exist beside an entry, by collection. */
const FILE_LISTS: Partial<Record<CheckedEntry['collection'], string>> = { resources: 'attachments', toolkits: 'files' };

/** Single-file fields that name a file beside the entry. */
const FILE_FIELDS: Partial<Record<CheckedEntry['collection'], string[]>> = { toolkits: ['checklist'] };

const SAFE_NAME = /^[\w.-]+$/;

/** Every listed attachment, toolkit file or source that is not beside its entry. */
export function checkAttachments(entry: CheckedEntry): ContentProblem[] {
  const dir = path.dirname(entry.absolutePath);
  const missing = (fieldPath: (string | number)[], name: string): ContentProblem => ({
    file: entry.file,
    line: entry.lineOf(fieldPath),
    field: fieldName(fieldPath),
    problem: 'names a file that is not in the folder',
    found: describeValue(name),
    expected: `a file called ${name} in ${path.dirname(entry.file)}/`,
    fix: 'Upload the file to the same folder as this document (on GitHub: "Add file" → "Upload files"), or correct the file name here.',
  });
  const problems = listedFiles(entry).flatMap(({ listed, index }) => {
    if (isFileAvailable(dir, listed)) return [];
    return [missing([FILE_LISTS[entry.collection]!, index, listed.source ? 'source' : 'file'], listed.source ?? listed.file)];
  });
  for (const field of FILE_FIELDS[entry.collection] ?? []) {
    const name = entry.data?.[field];
    if (typeof name === 'string' && SAFE_NAME.test(name) && !existsSync(path.join(dir, name))) problems.push(missing([field], name));
  }
  return problems;
}

/** The well-formed files an entry lists, with their place in the list. */
function listedFiles(entry: CheckedEntry): { listed: ListedFile; index: number }[] {
  const listName = FILE_LISTS[entry.collection];
  const list = listName ? entry.data?.[listName] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const { file, source } = (item ?? {}) as { file?: unknown; source?: unknown };
    if (typeof file !== 'string' || !SAFE_NAME.test(file)) return [];
    if (source !== undefined && (typeof source !== 'string' || !SAFE_NAME.test(source))) return [];
    return [{ listed: { file, source: source as string | undefined }, index }];
  });
}

/** The files published beside an entry's page (a toolkit also gets its zip bundle), for checking links to them. */
export function publishedFiles(entry: CheckedEntry): string[] {
  const files = listedFiles(entry).map(({ listed }) => listed.file);
  return entry.collection === 'toolkits' ? [...files, bundleName(entry.id)] : files;
}
