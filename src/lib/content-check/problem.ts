/**
 * One mistake in one content file, worded for the clinicians and managers who edit content on
 * GitHub: where it is, what was found, what was expected and how to fix it.
 */
export interface ContentProblem {
  /** Path from the repository root, e.g. `content/guidance/practices/fit-notes.md`. */
  file: string;
  /** Line in the file, counting from 1, when known. */
  line?: number;
  /** The frontmatter field, e.g. `audience → item 1`, or a short name for a body problem. */
  field?: string;
  /** What is wrong, in a few words, e.g. "is not one of the allowed values". */
  problem: string;
  /** What the file has now, quoted. */
  found?: string;
  /** What would be accepted, with "did you mean …?" for a near miss. */
  expected?: string;
  /** What to do about it. */
  fix: string;
}

/** A frontmatter path as authors read it: `sources → item 2 → url` for `sources[1].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part)))
    .join(' → ');
}

/** A value as it appears in the message: text quoted, lists and groups shortened to one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null || value === '') return 'nothing (the field is empty)';
  if (typeof value === 'string') return JSON.stringify(value);
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The block printed for one problem. */
export function problemText(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const lines = [where, `  ${problem.field ? `${problem.field}: ` : ''}${problem.problem}`];
  if (problem.found !== undefined) lines.push(`  Found:    ${problem.found}`);
  if (problem.expected !== undefined) lines.push(`  Expected: ${problem.expected}`);
  lines.push(`  Fix:      ${problem.fix}`);
  return lines.join('\n');
}

/** The closing line: how many problems in how many files. */
export function summaryText(problems: readonly ContentProblem[], filesChecked: number): string {
  if (problems.length === 0)
    return `✓ ${plural(filesChecked, 'content file')} checked: no problems.`;
  const files = new Set(problems.map((p) => p.file)).size;
  return `✗ ${plural(problems.length, 'problem')} in ${plural(files, 'file')} (${plural(filesChecked, 'content file')} checked).`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Orders problems by file, then line, so the output reads top to bottom. */
export function byFileAndLine(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
