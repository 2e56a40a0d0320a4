import { LineCounter, isMap, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { splitFrontmatter } from '../content-files.ts';
import { problemsFromIssue } from './error-map.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';

/** Text left by `npm run new` (or an author) to be filled in, e.g. `TODO: one-sentence summary`. */
export const PLACEHOLDER = /^\s*TODO\b/;

export interface FrontmatterResult {
  data: Record<string, unknown> | undefined;
  valid: boolean;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  problems: ContentProblem[];
}

/**
 * Reads a file's frontmatter as YAML 1.2 and checks it against its collection's schema. Every
 * problem is returned, with the line of the field; nothing here throws on bad input.
 */
export function checkFrontmatter(
  file: string,
  source: string,
  schema: z.ZodType,
  alsoCheck?: z.ZodType,
): FrontmatterResult {
  const parts = splitFrontmatter(source);
  const none = { data: undefined, valid: false, lineOf: () => undefined };
  if (!parts) {
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          problem: 'The file has no frontmatter',
          found: describeValue(source.split('\n')[0]),
          expected:
            'the file to start with a line of three dashes (---), the fields, then another --- line',
          fix: 'Copy the frontmatter block from another document of the same kind and change the values.',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2, after the opening `---`.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      ...none,
      problems: doc.errors.map((error) => yamlProblem(file, error.message, lineAt(error.pos[0]))),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => fieldLine(doc, path, lineAt);
  const read = yamlData(doc);
  if ('alias' in read) {
    return {
      ...none,
      problems: [
        aliasProblem(file, read.alias, read.offset === undefined ? 2 : lineAt(read.offset)),
      ],
    };
  }
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ...none,
      lineOf,
      problems: [
        {
          file,
          line: 2,
          problem: 'The frontmatter has no fields',
          found: describeValue(data ?? undefined),
          expected: 'one field per line, e.g. title: "Discharge summaries"',
          fix: 'Copy the frontmatter block from another document of the same kind and change the values.',
        },
      ],
    };
  }
  const placeholders = findPlaceholders(data);
  const problems: ContentProblem[] = placeholders.map(({ path, value }) => ({
    file,
    line: lineOf(path),
    field: fieldName(path),
    problem: 'still has placeholder text',
    found: describeValue(value),
    expected: 'the real value',
    fix: 'Replace the text that starts with "TODO" with the real value: the placeholder says what belongs there.',
  }));
  const result = schema.safeParse(data);
  const found = result.error?.issues ?? [];
  // Rules zod skipped because another field was wrong, unless that field is the one they are about.
  const skipped =
    result.success || !alsoCheck
      ? []
      : (alsoCheck.safeParse(data).error?.issues ?? []).filter(
          (issue) => issue.code === 'custom' && !found.some((f) => startsWith(f.path, issue.path)),
        );
  const issues = [...found, ...skipped].filter(
    (issue) => !placeholders.some((p) => startsWith(issue.path, p.path)),
  );
  for (const issue of issues)
    problems.push(...problemsFromIssue(issue, { file, data, schema, lineOf }));
  return { data: data as Record<string, unknown>, valid: result.success, lineOf, problems };
}

/**
 * The value of a parsed YAML document, or the first alias (`*name`) when the aliases expand to
 * more than the YAML library will build (a "billion laughs" file). Shared with the toolkit tables.
 */
export function yamlData(doc: Document): { data: unknown } | { alias: string; offset?: number } {
  try {
    return { data: doc.toJS() as unknown };
  } catch {
    const aliases: { source: string; range?: [number, number, number] | null }[] = [];
    visit(doc, {
      Alias: (_, node) => {
        aliases.push(node);
      },
    });
    const first = aliases[0];
    return {
      alias: `${aliases.length} aliases, the first *${first?.source ?? ''}`,
      offset: first?.range?.[0],
    };
  }
}

/** The problem for a YAML file whose aliases would expand beyond reason. */
export function aliasProblem(
  file: string,
  alias: string,
  line: number,
  field = 'frontmatter',
): ContentProblem {
  return {
    file,
    line,
    field,
    problem: 'repeats values through YAML aliases so often that it cannot be read',
    found: `${alias}, repeating lists inside lists`,
    expected:
      'each value written out in full; content does not need YAML anchors (&name) or aliases (*name)',
    fix: 'Replace each *name with the value it stands for, and remove the &name markers.',
  };
}

function yamlProblem(file: string, message: string, line: number): ContentProblem {
  const reason = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    file,
    line,
    field: 'frontmatter',
    problem: 'could not be read (YAML syntax)',
    found: reason,
    expected:
      'one "field: value" per line; lists indented under their field with "- "; text containing a colon in "quotes"',
    fix: 'Look at this line and the one before it: a missing quote, a missing space after a colon or a wrong indent is the usual cause.',
  };
}

/** Every text value that starts with TODO, with its path. */
export function findPlaceholders(
  value: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; value: string }[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => findPlaceholders(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, [...path, key]));
  }
  return [];
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.every((part, index) => path[index] === part);
}

/** The line of the deepest part of `path` that exists (a missing field points at its parent). */
export function fieldLine(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
  fallback = 2,
): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const parentPath = path.slice(0, length - 1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const key = path[length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
      );
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineAt(range[0]);
    } else {
      const node = doc.getIn(path.slice(0, length), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
  }
  return fallback;
}
