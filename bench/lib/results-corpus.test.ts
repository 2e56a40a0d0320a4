import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPages, sameCorpus } from './results-corpus.ts';

describe('sameCorpus', () => {
  it('keeps the real site’s figures out of a 5,000-document results file', () => {
    expect(sameCorpus({ docs: 5000, indexedPages: 5074 }, 74)).toBe(false);
    expect(sameCorpus({ docs: 5000 }, 74)).toBe(false);
    // Nor a 10,000-document site's in an older 5,000-document file.
    expect(sameCorpus({ docs: 5000 }, 10074)).toBe(false);
  });

  it('stores them beside the run they were measured on, or in a file of their own', () => {
    expect(sameCorpus({ docs: 5000, indexedPages: 5074 }, 5074)).toBe(true);
    expect(sameCorpus({ docs: 5000 }, 5074)).toBe(true);
    expect(sameCorpus({}, 74)).toBe(true);
  });
});

describe('indexedPages', () => {
  it('reads the page count the build wrote beside the search index', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'indexed-'));
    try {
      await mkdir(path.join(dir, 'pagefind'));
      await writeFile(
        path.join(dir, 'pagefind', 'language.json'),
        JSON.stringify({ pages: 74, words: {}, phrases: [] }),
      );
      await expect(indexedPages(path.join(dir, 'nothing-built'))).resolves.toBeUndefined();
      await expect(indexedPages(dir)).resolves.toBe(74);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
