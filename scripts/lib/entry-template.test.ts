import { mkdtemp, mkdir, cp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { entryPath, entryTemplate } from './entry-template.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/components/content');
const today = new Date('2026-03-05T10:00:00Z');

describe('entryTemplate', () => {
  it('names the file after the title, and puts a toolkit in a folder of its own', () => {
    expect(entryPath('guidance', 'practices', 'Chasing a missing discharge summary')).toBe(
      'content/guidance/practices/chasing-a-missing-discharge-summary.md',
    );
    expect(entryPath('toolkits', undefined, 'Clinic letters toolkit')).toBe(
      'content/toolkits/clinic-letters-toolkit/index.md',
    );
  });

  it('refuses a folder that would leave the collection, so nothing is written outside content/', () => {
    expect(() => entryPath('guidance', '../../scripts', 'Evil')).toThrow(
      '"../../scripts" is not a folder inside content/guidance/: ".." is not allowed. Use folder names of lower-case letters, digits and hyphens, e.g. guidance/practices.',
    );
    expect(() => entryPath('guidance', '/etc', 'Evil')).toThrow(
      '"/etc" is not a folder inside content/guidance/: "" is not allowed.',
    );
    expect(() => entryPath('guidance', 'practices/./x', 'Evil')).toThrow('"." is not allowed');
  });

  it('starts a document as a draft dated today, due for review in a year', () => {
    const text = entryTemplate('guidance', 'Fit notes', today);
    expect(text).toContain(
      'published: 2026-03-05\nupdated: 2026-03-05\nreviewDue: 2027-03-05\nstatus: draft',
    );
  });

  it.each(COLLECTIONS)(
    'gives a new %s entry that the check explains only as placeholders to fill in',
    async (collection) => {
      const root = await mkdtemp(path.join(tmpdir(), 'hub-new-'));
      await cp(fixture, path.join(root, 'content'), { recursive: true });
      const file = path.join(root, entryPath(collection, undefined, 'A new entry'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, entryTemplate(collection, 'A new entry', today));
      const { problems } = await checkContent({ root, today });
      const mine = problems.filter((p) => path.join(root, p.file) === file);
      expect(mine.length).toBeGreaterThan(1);
      expect(problems.filter((p) => !mine.includes(p))).toEqual([]);
      expect(new Set(mine.map((p) => p.problem))).toEqual(new Set(['still has placeholder text']));
    },
  );
});
