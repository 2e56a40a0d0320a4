import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from './pagefind.ts';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (body: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Site header</header><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

describe('buildSearchIndex', () => {
  it('indexes only the pages marked with data-pagefind-body and writes the bundle', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'list'));
    await writeFile(path.join(dir, 'a/index.html'), page('<h1>Fit notes</h1><p>Sick note.</p>'));
    await writeFile(path.join(dir, 'list/index.html'), page('<h1>Everything</h1>', false));
    await expect(buildSearchIndex(dir)).resolves.toEqual({ pages: 1 });
    expect(await readdir(path.join(dir, 'pagefind'))).toContain('pagefind.js');
  });

  it('stops with a readable message when there is nothing to index', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a page');
    await expect(buildSearchIndex(dir)).rejects.toThrow(/^(The search index is empty|Pagefind could not)/);
  });
});
