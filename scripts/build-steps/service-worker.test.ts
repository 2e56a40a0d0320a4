import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker } from './service-worker.ts';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A built site in a new temporary folder, with a search bundle and the given files (path → text). */
async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'sw-'));
  for (const [file, text] of Object.entries({ 'pagefind/pagefind.js': 'export {}', ...files })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** The precache manifest in a generated sw.js: url → revision. */
async function precache(siteDir: string): Promise<Map<string, string>> {
  const worker = await readFile(path.join(siteDir, 'sw.js'), 'utf8');
  return new Map(
    [...worker.matchAll(/\{url:"([^"]+)",revision:"([^"]+)"\}/g)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('buildServiceWorker', () => {
  it('precaches pages and the search index, and a rebuild changes the revision of exactly what changed', async () => {
    await site({
      'index.html': '<h1>Home</h1>',
      'guide/index.html': '<h1>Guide, first edition</h1>',
      'pagefind/pagefind-ui.js': 'unused default UI',
    });

    const first = await buildServiceWorker(dir);
    expect(first.files).toBe(3);
    const before = await precache(dir);
    expect([...before.keys()].sort()).toEqual([
      'guide/index.html',
      'index.html',
      'pagefind/pagefind.js',
    ]);

    await writeFile(path.join(dir, 'guide/index.html'), '<h1>Guide, second edition</h1>');
    await buildServiceWorker(dir);
    const after = await precache(dir);
    expect(after.get('guide/index.html')).not.toBe(before.get('guide/index.html'));
    expect(after.get('index.html')).toBe(before.get('index.html'));

    // The new worker takes over open pages at once rather than waiting for every tab to close.
    const worker = await readFile(path.join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain('skipWaiting()');
    expect(worker).toContain('clients.claim()');
  });

  it('leaves the open data to the network, so a large corpus still builds', async () => {
    // Past the 10 MB precache limit, as /api/documents.json is at 10,000 documents.
    await site({
      'index.html': '<h1>Home</h1>',
      'api/documents.json': `[${'"x",'.repeat(2_700_000)}"x"]`,
    });
    await expect(buildServiceWorker(dir)).resolves.toMatchObject({ files: 2 });
    expect([...(await precache(dir)).keys()].sort()).toEqual([
      'index.html',
      'pagefind/pagefind.js',
    ]);
  });

  it('stops with the file named when a page is too large to precache', async () => {
    await site({ 'index.html': `<p>${'x'.repeat(11 * 1024 * 1024)}</p>` });
    await expect(buildServiceWorker(dir)).rejects.toThrow(
      /index\.html is [\d.]+ MB, and won't be precached/,
    );
  });
});
