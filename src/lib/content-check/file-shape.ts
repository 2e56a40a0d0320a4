import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { COLLECTION_RULES } from './collections.ts';
import type { CheckedEntry } from './entry.ts';
import { describeValue, type ContentProblem } from './problem.ts';

/** A file name that is also a good web address: lower case, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BODY_PLACEHOLDER = /\bTODO\b/;

/** The shape of the file itself: its name, a body with text in it, no placeholders left. */
export function checkFileShape(entry: CheckedEntry, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const badSegment = entry.id.split('/').find((segment) => !SLUG.test(segment));
  if (badSegment !== undefined) {
    problems.push({
      file: entry.file,
      field: 'file name',
      problem: 'is not a good web address',
      found: describeValue(badSegment),
      expected: 'lower-case letters, digits and hyphens, e.g. discharge-summaries.md',
      fix: `Rename it to ${slugify(badSegment)}${entry.collection === 'toolkits' ? '/' : path.extname(entry.file)}.`,
    });
  }
  if (COLLECTION_RULES[entry.collection].bodyRequired && !hasBodyText(tree)) {
    problems.push({
      file: entry.file,
      line: tree.position?.end.line,
      field: 'body',
      problem: 'is empty',
      found: 'no text after the frontmatter',
      expected: 'the text of the page, below the second --- line',
      fix: 'Write the page below the frontmatter, starting with a ## heading.',
    });
  }
  visit(tree, 'listItem', (node) => {
    if (typeof node.checked !== 'boolean') return;
    problems.push({
      file: entry.file,
      line: node.position?.start.line,
      field: 'body',
      problem: 'has a checkbox, which screen readers cannot use here',
      found: node.checked ? '- [x] …' : '- [ ] …',
      expected: 'a plain list item starting with "- "',
      fix: 'Remove the [ ] or [x] after the dash.',
    });
  });
  visit(tree, 'text', (node) => {
    if (!BODY_PLACEHOLDER.test(node.value)) return;
    problems.push({
      file: entry.file,
      line: node.position?.start.line,
      field: 'body',
      problem: 'still has placeholder text',
      found: describeValue(node.value.trim()),
      expected: 'the finished text',
      fix: 'Replace the text starting "TODO" with what the page should say.',
    });
  });
  return problems;
}

/** Whether anything readers would see follows the frontmatter. */
function hasBodyText(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') return 'skip';
    if (
      node.type.startsWith('mdxJsx') ||
      node.type === 'image' ||
      ('value' in node && String(node.value).trim() !== '')
    )
      found = true;
    return found ? false : undefined;
  });
  return found;
}

/** A suggested file name: `Discharge Summaries (2025)` → `discharge-summaries-2025`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
