/**
 * `npm run new -- <collection>[/<folder>] "Title"`: writes a new entry with every field, today's
 * dates and TODO placeholders (documents start as drafts). `npm run check:content` then lists what is left to fill in.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../src/lib/content-files.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { readOptions, usageError } from './lib/command-line.ts';
import { entryPath, entryTemplate } from './lib/entry-template.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run new -- <collection>[/<folder>] "Title"

Creates a new entry (documents as drafts) with every field it needs, today's dates and
"TODO: …" placeholders. Then run npm run check:content: it lists each TODO
still to fill in.

Collections: ${COLLECTIONS.join(', ')}

Examples:
  npm run new -- guidance/practices "Chasing a missing discharge summary"
  npm run new -- toolkits "Clinic letters toolkit"`;

const root = REPOSITORY_ROOT;

const { positionals } = readOptions({ options: {}, allowPositionals: true }, HELP);
try {
  const [target = '', title = ''] = positionals;
  const [collection, ...folders] = target.replace(/\/+$/, '').split('/');
  if (!COLLECTIONS.includes(collection as CollectionName))
    usageError(`"${target}" is not a collection. Use one of: ${COLLECTIONS.join(', ')}.`, HELP);
  if (!title.trim())
    usageError(
      'Give the title in quotes, e.g. npm run new -- guidance "Fit notes from hospital clinicians".',
      HELP,
    );
  const relative = entryPath(
    collection as CollectionName,
    folders.length ? folders.join('/') : undefined,
    title,
  );
  const file = path.join(contentRoot(root), path.relative('content', relative));
  if (existsSync(file))
    throw new Error(
      `${path.relative(root, file)} already exists. Choose another title, or edit that file.`,
    );
  await mkdir(path.dirname(file), { recursive: true });
  const text = entryTemplate(collection as CollectionName, title.trim(), new Date());
  await writeFile(file, text);
  console.log(
    `✓ created ${path.relative(root, file)}${text.includes('\nstatus: draft\n') ? ' (status: draft: not published until you change it to current)' : ''}`,
  );
  console.log(
    'Next: replace every "TODO" in it, then run npm run check:content to see what is left.',
  );
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  process.exit(1);
}
