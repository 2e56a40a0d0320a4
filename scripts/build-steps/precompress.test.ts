import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Text as varied as an index chunk's: words in an order no compressor can shorten to nothing. */
function variedText(words: number): string {
  const vocabulary = [
    'discharge',
    'summary',
    'clinic',
    'letter',
    'referral',
    'results',
    'fit',
    'note',
  ];
  let seed = 7;
  return Array.from({ length: words }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return `${vocabulary[seed % vocabulary.length]}${seed % 97}`;
  }).join(' ');
}

describe('precompress', () => {
  it('writes a brotli copy of each shared script, style and vocabulary, not of pages or the open data', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'precompress-'));
    const long = (line: string) => line.repeat(200);
    const files: Record<string, string> = {
      '_astro/site.abc.js': long('export const a = 1;\n'),
      '_astro/site.abc.css': long('.nhsuk-a { color: red }\n'),
      'pagefind/language.json': long('{"words":{"discharge":3}}'),
      'assets/icon.svg': long('<path d="M1 1"/>'),
      'about/index.html': long('<p>About</p>'),
      'api/documents.json': long('{"id":1}'),
      '_astro/small.js': 'export {};',
      'pagefind/pagefind-component-ui.js': long('customElements.define("x", class {});\n'),
    };
    // Pagefind's own data, written gzipped: its copy is the data unzipped, then brotli-compressed.
    const chunk = `pagefind_dcd${variedText(2000)}`;
    const gzipped: Record<string, Buffer> = {
      'pagefind/suggest/wasm.en.pagefind': gzipSync(chunk),
      'pagefind/pagefind.en_1.pf_meta': gzipSync('pagefind_dcd{"url":"/a/"}'),
      // Too many at scale: left gzipped.
      'pagefind/index/en_1.pf_index': gzipSync(chunk),
    };
    for (const [file, data] of Object.entries(gzipped)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), data);
    }
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    expect(await precompress(dir)).toEqual({ files: 5 });
    const written = (await readdir(dir, { recursive: true }))
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.br'))
      .sort();
    expect(written).toEqual([
      '_astro/site.abc.css.br',
      '_astro/site.abc.js.br',
      'assets/icon.svg.br',
      'pagefind/language.json.br',
      'pagefind/suggest/wasm.en.pagefind.br',
    ]);
    // The meta file is too small to be worth a second file.
    const wasm = await readFile(path.join(dir, 'pagefind/suggest/wasm.en.pagefind.br'));
    expect(brotliDecompressSync(wasm).toString()).toBe(chunk);
    expect(wasm.length).toBeLessThan(gzipped['pagefind/suggest/wasm.en.pagefind']!.length);
    for (const copy of written.filter((name) => !name.endsWith('.pagefind.br'))) {
      const original = files[copy.slice(0, -3)]!;
      const unzipped = brotliDecompressSync(await readFile(path.join(dir, copy))).toString();
      expect(unzipped).toBe(original);
    }
    // Run again after a file shrank below the size worth a copy, and another was deleted: no copy
    // of either is left for the server to send in its place.
    await writeFile(path.join(dir, '_astro/site.abc.js'), 'export {};');
    await rm(path.join(dir, 'assets/icon.svg'));
    expect(await precompress(dir)).toEqual({ files: 3 });
    const left = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.br'));
    expect(left.map((f) => f.split(path.sep).join('/')).sort()).toEqual([
      '_astro/site.abc.css.br',
      'pagefind/language.json.br',
      'pagefind/suggest/wasm.en.pagefind.br',
    ]);
  });
});
