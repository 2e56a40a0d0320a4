import path from 'node:path';
import { contentRoot } from '../content-root.ts';
import { readContentFiles, type ContentFile } from '../content-files.ts';
import { reviewState } from '../review.ts';
import { checkAttachments, checkListedFiles, publishedFiles } from './attachments.ts';
import { COLLECTION_RULES } from './collections.ts';
import type { CheckedEntry } from './entry.ts';
import { checkFileShape } from './file-shape.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkLinks, type LinkTargets } from './links.ts';
import { parseMarkdown, type ParsedMarkdown } from './markdown.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { byFileAndLine, type ContentProblem } from './problem.ts';
import { checkDuplicates, checkReferences, checkToolkitFileRequirements } from './references.ts';
import { sitePaths } from './site-paths.ts';
import { dateOfIsoDay } from '../dates.ts';
import { REPOSITORY_ROOT } from '../repository-root.ts';

export type { ContentProblem } from './problem.ts';

export interface CheckOptions {
  /** The repository (or fixture) root; messages give file paths from here. */
  root: string;
  /** The content folder; defaults to `<root>/content`, or `CONTENT_ROOT` when set. */
  contentDir?: string;
  /** The Astro pages folder that decides which fixed pages exist; defaults to this repository's. */
  pagesDir?: string;
  /** The date review warnings are worked out for. */
  today?: Date;
}

export interface CheckResult {
  filesChecked: number;
  /** Mistakes that stop the build. */
  problems: ContentProblem[];
  /** Published documents past their review date: reported, but the build goes on. */
  overdue: { file: string; title: string; reviewDue: string }[];
}

/** Pages whose `#anchors` are the ids of a collection's entries. */
const ANCHOR_PAGES: Record<string, string> = { '/glossary/': 'glossary' };

/**
 * Checks every file in the content folder and returns every problem found, in file order. A
 * problem in one file never stops the others being checked, and nothing here throws on bad content.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const root = path.resolve(options.root);
  const contentDir = options.contentDir ?? contentRoot(root);
  const files = await readContentFiles(root, contentDir);
  const problems: ContentProblem[] = [];
  if (files.length === 0) {
    const folder = path.relative(root, contentDir) || contentDir;
    problems.push({
      file: folder,
      problem: 'No content files were found',
      expected: `a folder per collection (${Object.keys(COLLECTION_RULES).join(', ')}) with Markdown files in it`,
      fix: 'Check that the content folder (or CONTENT_ROOT) points at the right place.',
    });
  }
  const parsed = files.map((file) => readEntry(root, file, problems));
  const entries = parsed.map(({ entry }) => entry);

  const site = await sitePaths(
    options.pagesDir ?? path.join(REPOSITORY_ROOT, 'src/pages'),
    entries,
  );
  const targets: LinkTargets = {
    ...site,
    files: new Map(entries.map((e) => [`/${e.collection}/${e.id}/`, publishedFiles(e)])),
    anchors: new Map(
      Object.entries(ANCHOR_PAGES).map(([page, collection]) => [
        page,
        new Set(entries.filter((e) => e.collection === collection).map((e) => e.id)),
      ]),
    ),
    pageOfFile: new Map(entries.map((e) => [e.absolutePath, `/${e.collection}/${e.id}/`])),
    publicDir: path.join(REPOSITORY_ROOT, 'public'),
  };
  const titles = requirementTitles(entries);
  for (const { entry, markdown } of parsed) {
    problems.push(...guard(entry.file, () => bodyProblems(entry, markdown, targets)));
    problems.push(...guard(entry.file, () => checkListedFiles(entry, contentDir, titles)));
  }
  problems.push(
    ...checkReferences(entries),
    ...checkToolkitFileRequirements(entries),
    ...checkDuplicates(entries),
  );
  return {
    filesChecked: files.length,
    problems: problems.sort(byFileAndLine),
    overdue: overdueDocuments(entries, options.today ?? new Date()),
  };
}

function readEntry(
  root: string,
  file: ContentFile,
  problems: ContentProblem[],
): { entry: CheckedEntry; markdown: ParsedMarkdown } {
  const absolutePath = path.join(root, file.file);
  const { schema, alsoCheck } = COLLECTION_RULES[file.collection];
  let entry: CheckedEntry = {
    ...file,
    absolutePath,
    data: undefined,
    valid: false,
    lineOf: () => undefined,
  };
  problems.push(
    ...guard(file.file, () => {
      const result = checkFrontmatter(file.file, file.text, schema, alsoCheck);
      entry = { ...entry, data: result.data, valid: result.valid, lineOf: result.lineOf };
      return result.problems;
    }),
  );
  return { entry, markdown: parseMarkdown(file.text, { isMdx: file.file.endsWith('.mdx') }) };
}

function bodyProblems(
  entry: CheckedEntry,
  markdown: ParsedMarkdown,
  targets: LinkTargets,
): ContentProblem[] {
  if (!markdown.tree) {
    return [
      {
        file: entry.file,
        line: markdown.error.line,
        field: 'MDX',
        problem: 'could not be read',
        found: markdown.error.reason,
        expected:
          'every <Tag> closed with </Tag> (or written <Tag />), and curly brackets written as \\{ and \\}',
        fix: 'Look at this line: an unclosed tag or a "{" or "<" in ordinary text is the usual cause.',
      },
    ];
  }
  return [
    ...checkMdxSafety(entry.file, entry.absolutePath, markdown.tree),
    ...checkLinks(entry, markdown.tree, targets),
    ...checkFileShape(entry, markdown.tree),
    ...checkAttachments(entry),
  ];
}

/** Runs one file's checks; a fault in the checker itself becomes a problem, not a crash. */
function guard(file: string, check: () => ContentProblem[]): ContentProblem[] {
  try {
    return check();
  } catch (error) {
    return [
      {
        file,
        problem: 'The checker could not check this file',
        found: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        fix: 'Compare the file with another of the same kind; if it looks right, ask a developer (this is a fault in the checker).',
      },
    ];
  }
}

/** Requirement id → title, as toolkit tables write requirements out. */
function requirementTitles(entries: readonly CheckedEntry[]): Map<string, string> {
  return new Map(
    entries
      .filter((e) => e.collection === 'requirements')
      .map((e) => [e.id, typeof e.data?.title === 'string' ? e.data.title : e.id]),
  );
}

function overdueDocuments(entries: readonly CheckedEntry[], today: Date): CheckResult['overdue'] {
  return entries.flatMap((entry) => {
    const data = entry.data;
    if (!entry.valid || !data || typeof data.reviewDue !== 'string' || data.status === 'draft')
      return [];
    const due = dateOfIsoDay(data.reviewDue);
    return reviewState(due, today) === 'overdue'
      ? [{ file: entry.file, title: String(data.title), reviewDue: data.reviewDue }]
      : [];
  });
}
