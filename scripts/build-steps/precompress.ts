/**
 * Brotli copies (`name.br`) of the site's shared text files: its scripts and styles, Pagefind's
 * scripts, the search vocabulary and the icons. Brotli at its best level makes them about a sixth
 * smaller than the quick level a server can afford per request (the site's stylesheet: 24 KB
 * against 31 KB), but takes too long to run on each one; these files are few, and every visit
 * downloads them. The site's own server sends a copy to browsers that accept brotli
 * (scripts/lib/site-server.ts); other hosts ignore the copies. Pages are left to the server: there
 * are thousands, each downloaded once. The open data (`api/`) is for other systems.
 *
 * Pagefind writes its data gzipped. Its WebAssembly and meta files, which every first search
 * downloads, get copies of the same data unzipped, then brotli-compressed: about a sixth smaller
 * (at 5,000 documents, 14 KB less on the header box's first query). Sent as brotli, the browser
 * unzips a copy natively, and Pagefind finds its data already unzipped (it checks for its own
 * signature first), as it does for the gzipped file sent as gzip. Not its index chunks, filters
 * and fragments: thousands of files at that size, for a tenth less at the cost of 45 s of building
 * (measured on the 5,000-document bench corpus).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip } from 'node:zlib';
import { PAGEFIND_FILES_UNUSED } from '../../src/lib/site-files.ts';

const compress = promisify(brotliCompress);
const unzip = promisify(gunzip);

/** The shared text files, by ending. */
const SHARED_TEXT = /\.(js|mjs|css|json|svg)$/;
/** Pagefind's gzipped WebAssembly and meta files: a few, downloaded by every first search. */
const SEARCH_DATA = /^pagefind\/(.*\/)?(wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta)$/;
/** Smaller files gain too little to be worth a second file (servers skip compressing them too). */
const AT_LEAST_BYTES = 1024;
/** The open data, for other systems, and the files of Pagefind's the site never loads. */
const LEFT_OUT = ['api/**', ...PAGEFIND_FILES_UNUSED];

/**
 * Writes the copies, first removing any the folder holds (a copy must never outlive or differ
 * from its file: the server would send it instead); returns how many were written.
 */
export async function precompress(siteDir: string): Promise<{ files: number }> {
  const all = (await readdir(siteDir, { recursive: true })).map((name) =>
    name.split(path.sep).join('/'),
  );
  await Promise.all(
    all.filter((name) => name.endsWith('.br')).map((name) => rm(path.join(siteDir, name))),
  );
  const names = all.filter(
    (name) =>
      (SHARED_TEXT.test(name) || SEARCH_DATA.test(name)) &&
      !LEFT_OUT.some((glob) => path.matchesGlob(name, glob)),
  );
  let files = 0;
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(siteDir, name);
      const stored = await readFile(file);
      if (stored.length < AT_LEAST_BYTES) return;
      const text = SEARCH_DATA.test(name) ? await unzip(stored) : stored;
      const brotli = await compress(text, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
        },
      });
      if (brotli.length >= stored.length) return;
      await writeFile(`${file}.br`, brotli);
      files++;
    }),
  );
  return { files };
}
