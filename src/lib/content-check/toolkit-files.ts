import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { LineCounter, parseDocument } from 'yaml';
import { sheetSource } from '../../schemas/toolkit-sheet.ts';
import { DOCX_NODE_TYPES, sheetRuleProblems } from '../toolkits/sources.ts';
import type { CheckedEntry } from './entry.ts';
import { problemsFromIssue } from './error-map.ts';
import { aliasProblem, fieldLine, yamlData } from './frontmatter.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';

/**
 * Files that a toolkit or resource publishes, and the sources toolkit files are made from. Every
 * file must be an ordinary file inside the content folder (a symbolic link could publish any file
 * of the build machine), of a type people open in office software (a `.html`, `.svg` or `.js` file
 * would run its scripts on the site's own address); every source is checked here, line by line,
 * so the toolkit build only generates files.
 */

/** Types of file the site publishes beside a toolkit or resource. */
export const PUBLISHED_TYPES = [
  'csv',
  'docx',
  'odp',
  'ods',
  'odt',
  'pdf',
  'pptx',
  'txt',
  'xlsx',
] as const;

const UPLOAD_FIX =
  'Upload the file itself to this folder (on GitHub: "Add file" → "Upload files").';

/** Where a listed file is found, and which field of the entry names it. */
export interface ListedPath {
  field: (string | number)[];
  name: string;
  /** True for a file published as it is; false for a source the build reads. */
  published: boolean;
}

/** Problems with one listed file: its type, and whether it is an ordinary file inside the content folder. */
export function fileProblems(
  entry: CheckedEntry,
  contentDir: string,
  listed: ListedPath,
): ContentProblem[] {
  const base = {
    file: entry.file,
    line: entry.lineOf(listed.field),
    field: fieldName(listed.field),
  };
  const extension = path.extname(listed.name).slice(1).toLowerCase();
  if (listed.published && !(PUBLISHED_TYPES as readonly string[]).includes(extension)) {
    return [
      {
        ...base,
        problem: 'is a type of file the site does not publish',
        found: describeValue(listed.name),
        expected: `one of these types, which people open in office software: ${PUBLISHED_TYPES.map((t) => `.${t}`).join(', ')}`,
        fix: 'Save the file in one of these types, or remove it from the list (a web page belongs in a guidance document).',
      },
    ];
  }
  const where = path.join(path.dirname(entry.absolutePath), listed.name);
  let stats;
  try {
    stats = lstatSync(where);
  } catch {
    return []; // A missing file is reported by checkAttachments.
  }
  const inside = (() => {
    try {
      const real = realpathSync(where);
      return real.startsWith(realpathSync(contentDir) + path.sep);
    } catch {
      return false;
    }
  })();
  if (stats.isFile() && inside) return [];
  const what = stats.isSymbolicLink()
    ? 'a link to another file'
    : stats.isDirectory()
      ? 'a folder'
      : 'not an ordinary file';
  return [
    {
      ...base,
      problem: 'is not an ordinary file in this folder',
      found: `${describeValue(listed.name)}, which is ${what}`,
      expected: `a file uploaded to ${path.dirname(entry.file)}/`,
      fix: UPLOAD_FIX,
    },
  ];
}

/** Every problem in a toolkit's table (`.yaml`) or letter (`.md`) source, with its own file and line. */
export function sourceProblems(
  entry: CheckedEntry,
  name: string,
  requirementTitles: ReadonlyMap<string, string>,
  isChecklist = false,
): ContentProblem[] {
  const file = path.join(path.dirname(entry.file), name);
  let text: string;
  try {
    text = readFileSync(path.join(path.dirname(entry.absolutePath), name), 'utf8');
  } catch {
    return []; // A missing source is reported by checkAttachments.
  }
  return /\.ya?ml$/.test(name)
    ? tableProblems(file, text, requirementTitles, isChecklist)
    : letterProblems(file, text);
}

function tableProblems(
  file: string,
  text: string,
  requirementTitles: ReadonlyMap<string, string>,
  isChecklist: boolean,
): ContentProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      line: lineAt(error.pos[0]),
      field: 'table',
      problem: 'could not be read (YAML syntax)',
      found: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      expected: 'one "key: value" per line, lists indented under their key with "- "',
      fix: 'Look at this line and the one before it: a missing quote or a wrong indent is the usual cause.',
    }));
  }
  const read = yamlData(doc);
  if ('alias' in read)
    return [
      aliasProblem(file, read.alias, read.offset === undefined ? 1 : lineAt(read.offset), 'table'),
    ];
  const lineOf = (at: readonly PropertyKey[]) => fieldLine(doc, at, lineAt, 1);
  const result = sheetSource.safeParse(read.data);
  if (!result.success) {
    return result.error.issues.flatMap((issue) =>
      problemsFromIssue(issue, { file, data: read.data, schema: sheetSource, lineOf }),
    );
  }
  const sheet = result.data;
  const problems = sheetRuleProblems(sheet, requirementTitles).map(({ path: at, ...problem }) => ({
    file,
    line: lineOf(at),
    field: fieldName(at),
    ...problem,
  }));
  // The page's printable checklist and the self-assessment ask one question per requirement.
  const missing = [
    ...(sheet.everyRequirement ? [] : ['everyRequirement is not true']),
    ...(sheet.columns.some((c) => c.kind === 'requirement')
      ? []
      : ['no column of kind requirement']),
    ...(sheet.columns.some((c) => c.key === 'expectation')
      ? []
      : ['no column with key expectation']),
  ];
  if (isChecklist && missing.length > 0) {
    problems.push({
      file,
      line: 1,
      field: 'table',
      problem: "cannot be the toolkit's checklist",
      found: missing.join('; '),
      expected:
        'everyRequirement: true, a column of kind requirement and a column with key expectation',
      fix: 'Add what is missing, or remove the checklist field from index.md.',
    });
  }
  return problems;
}

const letter = unified().use(remarkParse).freeze();

function letterProblems(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(letter.parse(text), (node) => {
    if (DOCX_NODE_TYPES.has(node.type)) return undefined;
    const found =
      node.type === 'html'
        ? describeValue((node as { value: string }).value.split('\n')[0])
        : node.type === 'image'
          ? `![${(node as { alt?: string }).alt ?? ''}](${(node as { url: string }).url})`
          : describeValue(node.type);
    problems.push({
      file,
      line: node.position?.start.line,
      field: 'document',
      problem: `has ${node.type === 'html' ? 'HTML' : node.type === 'image' ? 'an image' : `a ${node.type}`}, which a Word document made from it cannot hold`,
      found,
      expected:
        'headings, paragraphs, bullet or numbered lists ("[ ] " starts a tick box), bold, italics, links and --- for a page break',
      fix: 'Remove it, or write it as one of the things above.',
    });
    return 'skip';
  });
  return problems;
}
