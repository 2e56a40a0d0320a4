import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, suggestionPage } from './search-index.ts';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (body: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Site header</header><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

const metadata = (type: string) => `<div hidden data-pagefind-ignore><span data-pagefind-meta="type">${type}</span><span data-pagefind-meta="summary">Who issues them.</span></div>`;

describe('buildSearchIndex', () => {
  it('indexes only the pages marked with data-pagefind-body, in the full bundle and the suggestions bundle', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'list'));
    await writeFile(path.join(dir, 'a/index.html'), page(`<h1>Fit notes</h1>${metadata('Requirement')}<p>Sick note.</p>`));
    await writeFile(path.join(dir, 'list/index.html'), page('<h1>Everything</h1>', false));
    await expect(buildSearchIndex(dir)).resolves.toEqual({ pages: 1, suggestions: 1 });
    expect(await readdir(path.join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(await readdir(path.join(dir, 'pagefind/suggest'))).toContain('pagefind.js');
  });

  it('stops with a readable message when there is nothing to index', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a page');
    await expect(buildSearchIndex(dir)).rejects.toThrow(/^(The search index is empty|Pagefind could not)/);
  });
});

describe('suggestionPage', () => {
  it('keeps the title and keywords, titles weighted above keywords, and the type to show, but not the summary', () => {
    const html = suggestionPage({ title: 'Fit notes', type: 'Requirement', summary: 'Who issues them.', keywords: 'sick note, Med3' })!;
    expect(html).toContain('<h1 data-pagefind-weight="10">Fit notes</h1>');
    expect(html).not.toContain('Who issues them.');
    expect(html).toContain('<p data-pagefind-weight="2">sick note, Med3</p>');
    expect(html).toContain('data-pagefind-meta="type"');
  });

  it('escapes text, so a title with markup characters stays text', () => {
    const html = suggestionPage({ title: 'A&E <letters> "now"', type: 'Guidance' })!;
    expect(html).toContain('A&#38;E &#60;letters&#62; &#34;now&#34;');
    expect(html).not.toContain('<letters>');
  });

  it('leaves out pages without search metadata', () => {
    expect(suggestionPage({ title: 'Toolkits' })).toBeNull();
  });
});
