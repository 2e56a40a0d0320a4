import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from './entry.ts';
import { pagePath, sitePaths } from './site-paths.ts';

const pagesDir = path.resolve(import.meta.dirname, '../../pages');

function entry(
  collection: CheckedEntry['collection'],
  id: string,
  status = 'current',
): CheckedEntry {
  return {
    collection,
    id,
    file: '',
    text: '',
    absolutePath: '',
    data: { status },
    valid: true,
    lineOf: () => undefined,
  };
}

describe('sitePaths', () => {
  it('maps page files to the paths the build gives them', () => {
    expect(pagePath('index.astro')).toBe('/');
    expect(pagePath('about.astro')).toBe('/about/');
    expect(pagePath('guidance/index.astro')).toBe('/guidance/');
    expect(pagePath('rss.xml.ts')).toBe('/rss.xml');
  });

  it('lists the fixed pages and one page per published entry of a routed collection', async () => {
    const site = await sitePaths(pagesDir, [
      entry('guidance', 'practices/a'),
      entry('guidance', 'b', 'draft'),
      entry('requirements', 'fit-notes'),
    ]);
    expect([...site.pages]).toEqual(
      expect.arrayContaining([
        '/',
        '/about/',
        '/search/',
        '/guidance/',
        '/api/documents.json',
        '/guidance/practices/a/',
        '/requirements/fit-notes/',
      ]),
    );
    expect(site.pages.has('/guidance/b/')).toBe(false);
    expect([...site.drafts]).toEqual(['/guidance/b/']);
  });
});
