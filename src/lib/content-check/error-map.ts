import type { z } from 'astro/zod';
import { isDateOrderParams } from '../../schemas/document.ts';
import { oneOf } from './did-you-mean.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';

/**
 * Turns zod issues from the collection schemas into messages for authors (after Starlight's
 * `error-map.ts`): the only place that knows zod's issue shapes, so a zod upgrade touches one file.
 */

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface IssueContext {
  file: string;
  /** The frontmatter as parsed, to quote what the author wrote. */
  data: unknown;
  /** The schema of the whole entry, to list the fields an object may have. */
  schema: z.ZodType;
  /** The line of a field in the file. */
  lineOf: (path: Path) => number | undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, e.g. [first, second] or one "- item" per line',
  object: 'a group of indented fields',
  date: 'a date written as YYYY-MM-DD, e.g. 2025-04-01',
};

/** One or more problems for one zod issue (an unknown-fields issue names each field separately). */
export function problemsFromIssue(issue: Issue, context: IssueContext): ContentProblem[] {
  const path = issue.path as Path;
  const found = valueAt(context.data, path);
  const base = {
    file: context.file,
    line: context.lineOf(path),
    field: fieldName(path) || undefined,
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(context.schema, path);
      return issue.keys.map((key) => ({
        ...base,
        line: context.lineOf([...path, key]),
        field: fieldName([...path, key]),
        problem: 'is not a field this kind of document has',
        found: `a field called "${key}"`,
        expected: allowed.length ? oneOf(allowed, key) : undefined,
        fix: `Check the spelling of "${key}" (field names are case-sensitive), or remove the line.`,
      }));
    }
    case 'invalid_value':
      return [
        {
          ...base,
          problem: 'is not one of the allowed values',
          found: describeValue(found),
          expected: oneOf(issue.values.map(String), found),
          fix: 'Replace it with one of the allowed values, spelled exactly as shown.',
        },
      ];
    case 'invalid_type':
      return [typeProblem(base, issue.expected, found)];
    case 'too_small':
      return [
        {
          ...base,
          problem: issue.origin === 'array' ? 'needs at least one item' : 'is empty',
          found: describeValue(found),
          expected:
            issue.origin === 'array' ? `a list with at least ${issue.minimum} item` : 'some text',
          fix:
            issue.origin === 'array'
              ? 'Add at least one item to the list.'
              : 'Write the text after the colon.',
        },
      ];
    case 'invalid_format':
      return [patternProblem(base, issue, found)];
    case 'invalid_union':
      return [unionProblem(base, issue, found)];
    case 'custom': {
      // A schema rule that carries its own wording for authors (see `text` in src/schemas/fields.ts).
      const author = (issue.params as { author?: Omit<ContentProblem, 'file'> } | undefined)
        ?.author;
      if (author) return [{ ...base, ...author, found: describeValue(found) }];
      return [customProblem(base, issue, found, context.data)];
    }
    default:
      return [otherProblem(base, issue.message, found)];
  }
}

type Base = Pick<ContentProblem, 'file' | 'line' | 'field'>;

function typeProblem(base: Base, expected: string, found: unknown): ContentProblem {
  const words = TYPE_WORDS[expected] ?? expected;
  if (found === undefined) {
    return {
      ...base,
      problem: 'is missing',
      found: describeValue(found),
      expected: words,
      fix: `Add a line "${base.field}: …" to the frontmatter (between the --- lines).`,
    };
  }
  return {
    ...base,
    problem: `should be ${words.split(',')[0]}`,
    found: describeValue(found),
    expected: words,
    fix: `Write ${base.field} as ${words}.`,
  };
}

/** Text in the wrong pattern: not a real date, not a web address. */
function patternProblem(
  base: Base,
  issue: Extract<Issue, { code: 'invalid_format' }>,
  found: unknown,
): ContentProblem {
  if (issue.format === 'date') {
    return {
      ...base,
      problem: 'is not a real date',
      found: describeValue(found),
      expected: 'a real date written as YYYY-MM-DD, e.g. 2025-04-01',
      fix: 'Check the day and the month: 2025-04-01 is 1 April 2025. Months go up to 12, and February has 28 days (29 in a leap year).',
    };
  }
  if (issue.format === 'url') {
    return {
      ...base,
      problem: 'is not a web address',
      found: describeValue(found),
      expected: 'a full web address starting with https://',
      fix: 'Copy the address from the browser’s address bar, including https://.',
    };
  }
  const expected = issue.message.replace(/^Expected /, '');
  return {
    ...base,
    problem: 'is not written the right way',
    found: describeValue(found),
    expected,
    fix: `Rewrite it as ${expected}.`,
  };
}

/** The schemas' own rules: dates in order (the date-order rule's `params`), and any other refinement. */
function customProblem(
  base: Base,
  issue: Extract<Issue, { code: 'custom' }>,
  found: unknown,
  data: unknown,
): ContentProblem {
  if (isDateOrderParams(issue.params)) {
    const { field, other, relation } = issue.params;
    return {
      ...base,
      problem: `should be ${relation} ${other}`,
      found: `${describeValue(found)}, and ${other} is ${describeValue(valueAt(data, [other]))}`,
      expected: `a date ${relation} ${other}`,
      fix: `Change ${field} to a date ${relation} ${other}, or correct ${other}.`,
    };
  }
  return otherProblem(base, issue.message, found);
}

function otherProblem(base: Base, message: string, found: unknown): ContentProblem {
  const expected = message.replace(/^Expected /, '');
  return {
    ...base,
    problem: 'is not valid',
    found: describeValue(found),
    expected,
    fix: `Change it so that it is ${expected}.`,
  };
}

function unionProblem(
  base: Base,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  found: unknown,
): ContentProblem {
  const expectsDate = issue.errors.some((branch) =>
    branch.some((i) => i.code === 'invalid_type' && i.expected === 'date'),
  );
  if (expectsDate) return typeProblem(base, 'date', found);
  return {
    ...base,
    problem: 'is not valid',
    found: describeValue(found),
    expected: issue.message,
    fix: 'Compare it with the same field in another document of this kind.',
  };
}

/** What the author wrote at a path, or undefined when it is missing. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The field names an object in the schema may have, e.g. every field of `sources → item 1`. */
export function fieldsAt(schema: z.ZodType, path: Path): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    if (key === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    current = typeof key === 'number' ? def.element : def.shape?.[String(key)];
  }
  return [];
}

/** Looks through optional, default and pipe wrappers to the schema that holds the shape. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}
