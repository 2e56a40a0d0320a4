import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles, splitFrontmatter } from '../../src/lib/content-files.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';
import { generateCorpus, wordUse } from './corpus.ts';

/** Each word of `use` with how often the page uses it. */
function counts(use: ReturnType<typeof wordUse>): Record<string, number> {
  return Object.fromEntries(
    use.words.map((w, i) => [w, use.totals[i]! - (use.totals[i - 1] ?? 0)]),
  );
}

describe('wordUse', () => {
  it('counts the words of the prose, not link targets, tags, entities or code', () => {
    const markdown = [
      'The [clinic letter](/requirements/clinic-letters/) goes to the GP.&nbsp;<Aside>Letter</Aside>',
      'See https://www.england.nhs.uk/contract/ and `code` the [rules][r].',
      '',
      '[r]: /requirements/discharge-summaries/',
      '',
      '```ts',
      'const fenced = true;',
      '```',
      '',
      '~~~',
      'tilde fenced',
      '~~~',
    ].join('\n');
    // The tags go, the words between them stay.
    expect(counts(wordUse(markdown))).toEqual({
      the: 3,
      clinic: 1,
      letter: 2,
      goes: 1,
      to: 1,
      GP: 1,
      see: 1,
      and: 1,
      rules: 1,
    });
  });
});

describe('generateCorpus', () => {
  let dir: string;
  const bench: Set<string>[] = [];
  const real: Set<string>[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-corpus-'));
    await generateCorpus(REPOSITORY_ROOT, dir, 300);
    const files = (await readdir(dir, { recursive: true })).filter((f) =>
      /\/bench\/document-\d+\.mdx?$/.test(f),
    );
    const words = (body: string) => new Set(wordUse(body).words.map((w) => w.toLowerCase()));
    for (const file of files)
      bench.push(words(splitFrontmatter(await readFile(path.join(dir, file), 'utf8'))!.body));
    const content = await readContentFiles(REPOSITORY_ROOT, path.join(REPOSITORY_ROOT, 'content'));
    for (const file of content)
      if (file.collection === 'guidance' || file.collection === 'resources')
        real.push(words(splitFrontmatter(file.text)!.body));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const share = (pages: Set<string>[], word: string) =>
    pages.filter((p) => p.has(word)).length / pages.length;

  it('generates the documents asked for', () => {
    expect(bench).toHaveLength(300);
  });

  // Both compare with the repository's own content/, which the corpus is made from: a page added
  // there changes the corpus too, and the margins leave room for that.
  it('puts a word on about the share of documents it is on of real pages', () => {
    // Words some real pages use and most do not: a corpus from one shared word list puts them on
    // every bench document, so every search would match every page.
    const words = [...new Set(real.flatMap((p) => [...p]))].filter(
      (w) => w.length >= 5 && share(real, w) >= 0.1 && share(real, w) <= 0.4,
    );
    expect(words.length).toBeGreaterThan(20);
    for (const word of words)
      expect(Math.abs(share(bench, word) - share(real, word)), word).toBeLessThan(0.25);
  });

  it('puts no word on nearly every document unless it is on most real pages', () => {
    const everywhere = [...new Set(bench.flatMap((p) => [...p]))].filter(
      (w) => w.length >= 5 && share(bench, w) > 0.9 && share(real, w) < 0.6,
    );
    expect(everywhere).toEqual([]);
  });
});
