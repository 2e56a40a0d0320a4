import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord } from '../../src/lib/documents-api.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

/** The built site that `npm test` makes before the tests run. */
export const distDir = path.join(REPOSITORY_ROOT, 'dist');

/** Every HTML file in dist/, as paths relative to it. */
export async function builtPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true });
  return entries.filter((file) => file.endsWith('.html')).sort();
}

/** The text of one built file, e.g. `requirements/fit-notes/index.html`. */
export function readBuilt(file: string): Promise<string> {
  return readFile(path.join(distDir, file), 'utf8');
}

/** The HTML of the page at a site path such as `/requirements/`. */
export function readPage(sitePath: string): Promise<string> {
  return readBuilt(path.join(sitePath, 'index.html'));
}

/** `/api/documents.json` as published. */
export async function publishedDocuments(): Promise<DocumentRecord[]> {
  return (JSON.parse(await readBuilt('api/documents.json')) as { documents: DocumentRecord[] })
    .documents;
}

/** The site path a built HTML file is served at: `about/index.html` → `/about/`, `404.html` → `/404.html`. */
export function servedPath(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.endsWith('index.html') ? posix.slice(0, -'index.html'.length) : posix}`;
}
