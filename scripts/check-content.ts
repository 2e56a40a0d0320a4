/**
 * `npm run check:content`: checks every file in content/ and prints one block per problem (file and
 * line, field, what was found, what was expected, how to fix it), then a summary. Exits 1 on any problem.
 */
import path from 'node:path';
import { readOptions } from './lib/command-line.ts';
import { contentReport } from './lib/content-report.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run check:content [-- --root <folder>]

Checks every file in content/ (frontmatter, ids, links, images, files, MDX safety)
and lists every problem with the file, line, field, what was found, what was
expected and how to fix it. Exits with 1 if there is any problem.

Options:
  --root <folder>  check <folder>/content instead of this repository's content/
  --help           show this help

Environment:
  CONTENT_ROOT     check this content folder instead (same layout as content/)`;

const { values } = readOptions({ options: { root: { type: 'string' } } }, HELP);
try {
  const root = path.resolve(values.root ?? REPOSITORY_ROOT);
  const report = await contentReport({ root });
  for (const line of report.overdue) console.warn(line);
  (report.ok ? console.log : console.error)(report.text);
  // exitCode, not exit(): a long report sent to a pipe must be written out in full first.
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  console.error(
    `✗ ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n\n${HELP}`,
  );
  process.exitCode = 1;
}
