import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles, splitFrontmatter } from '../../src/lib/content-files.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';
import { generateCorpus, wordUse } from './corpus.ts';

describe('wordUse', () => {
  it('counts the words of the prose, not link targets, tags or code', () => {
    const use = wordUse(
      'The [clinic letter](/requirements/clinic-letters/) goes to the GP. <Aside>Letter</Aside> `code` the',
    );
    const counts = Object.fromEntries(
      use.words.map((w, i) => [w, use.totals[i]! - (use.totals[i - 1] ?? 0)]),
    );
    // The tags go, the words between them stay.
    expect(counts).toEqual({ the: 3, clinic: 1, letter: 2, goes: 1, to: 1, GP: 1 });
  });
});

describe('generateCorpus', () => {
  let dir: string;
  const bench: string[] = [];
  const real: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-corpus-'));
    await generateCorpus(REPOSITORY_ROOT, dir, 300);
    const files = (await readdir(dir, { recursive: true })).filter((f) =>
      /\/bench\/document-\d+\.mdx?$/.test(f),
    );
    for (const file of files)
      bench.push(splitFrontmatter(await readFile(path.join(dir, file), 'utf8'))!.body);
    for (const file of await readContentFiles(REPOSITORY_ROOT))
      if (file.collection === 'guidance' || file.collection === 'resources')
        real.push(splitFrontmatter(file.text)!.body);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const share = (bodies: string[], word: string) =>
    bodies.filter((b) => new RegExp(`\\b${word}\\b`, 'i').test(b)).length / bodies.length;

  it('generates the documents asked for', () => {
    expect(bench).toHaveLength(300);
  });

  it('puts a word on about the share of documents it is on of real pages, not on every one', () => {
    // Words some real pages use and most do not: a corpus from one shared word list puts them on
    // every bench document, so every search would match every page.
    const words = [...new Set(real.flatMap((b) => wordUse(b).words))]
      .filter((w) => /^[a-z]{5,}$/.test(w))
      .filter((w) => share(real, w) >= 0.1 && share(real, w) <= 0.4);
    expect(words.length).toBeGreaterThan(20);
    for (const word of words.slice(0, 40))
      expect(Math.abs(share(bench, word) - share(real, word)), word).toBeLessThan(0.25);
  });
});
