import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleName } from '../toolkits/downloads.ts';
import { FORMATS_BY_SOURCE } from '../toolkits/sources.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';
import type { CheckedEntry } from './entry.ts';
import { fileProblems, sourceProblems, type ListedPath } from './toolkit-files.ts';

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
const FILE_LISTS: Partial<Record<CheckedEntry['collection'], string>> = {
  resources: 'attachments',
  toolkits: 'files',
};

/** Single-file fields that name a file beside the entry. */
const FILE_FIELDS: Partial<Record<CheckedEntry['collection'], string[]>> = {
  toolkits: ['checklist'],
};

/** A file name with no folder in it; a leading dot (`..`, `.env`) is not a file to publish. */
const SAFE_NAME = /^(?!\.)[\w.-]+$/;

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
    return [
      missing(
        [FILE_LISTS[entry.collection]!, index, listed.source ? 'source' : 'file'],
        listed.source ?? listed.file,
      ),
    ];
  });
  for (const field of FILE_FIELDS[entry.collection] ?? []) {
    const name = entry.data?.[field];
    if (typeof name === 'string' && SAFE_NAME.test(name) && !existsSync(path.join(dir, name)))
      problems.push(missing([field], name));
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

/**
 * Every listed file and source that is not an ordinary file of a published type inside the content
 * folder, and every mistake in the sources toolkit files are made from.
 */
export function checkListedFiles(
  entry: CheckedEntry,
  contentDir: string,
  requirementTitles: ReadonlyMap<string, string>,
): ContentProblem[] {
  const paths: ListedPath[] = listedFiles(entry).flatMap(({ listed, index }): ListedPath[] => {
    const list = FILE_LISTS[entry.collection]!;
    return listed.source
      ? [{ field: [list, index, 'source'], name: listed.source, published: false }]
      : [{ field: [list, index, 'file'], name: listed.file, published: true }];
  });
  for (const field of FILE_FIELDS[entry.collection] ?? []) {
    const name = entry.data?.[field];
    if (typeof name === 'string' && SAFE_NAME.test(name))
      paths.push({ field: [field], name, published: false });
  }
  const problems: ContentProblem[] = madeFromProblems(entry);
  const sourcesRead = new Set<string>();
  for (const listed of paths) {
    const found = fileProblems(entry, contentDir, listed);
    problems.push(...found);
    if (found.length > 0 || listed.published || sourcesRead.has(listed.name)) continue;
    sourcesRead.add(listed.name);
    const isChecklist = listed.name === entry.data?.checklist;
    problems.push(...sourceProblems(entry, listed.name, requirementTitles, isChecklist));
  }
  return problems;
}

/** Toolkit files listed twice, or made from a source that cannot make them (a .docx from a table). */
function madeFromProblems(entry: CheckedEntry): ContentProblem[] {
  if (entry.collection !== 'toolkits') return [];
  const seen = new Set<string>();
  return listedFiles(entry).flatMap(({ listed, index }): ContentProblem[] => {
    const field = ['files', index, 'file'];
    const base = {
      file: entry.file,
      line: entry.lineOf(field),
      field: fieldName(field),
      found: describeValue(listed.file),
    };
    if (seen.has(listed.file)) {
      return [
        {
          ...base,
          problem: 'is listed twice',
          expected: 'a different name for each file',
          fix: 'Remove the repeated file, or rename one of them.',
        },
      ];
    }
    seen.add(listed.file);
    const makes = listed.source
      ? (FORMATS_BY_SOURCE[path.extname(listed.source).slice(1).toLowerCase()] ?? [])
      : undefined;
    if (!makes || makes.includes(path.extname(listed.file).slice(1).toLowerCase())) return [];
    return [
      {
        ...base,
        problem: `cannot be made from ${listed.source}`,
        expected: `a .${makes.join(' or .')} file from this source: a .yaml table makes .xlsx or .csv files, a .md document makes .docx files`,
        fix: 'Change the file name or the source.',
      },
    ];
  });
}
