/**
 * What a reader downloads to read one page: its HTML, the stylesheets it links and the scripts it
 * loads (with the modules they import), each gzip-compressed as a web server would send it.
 * Images and the search index are left out: they load only when shown or searched.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  kb: number;
  files: { file: string; gzipBytes: number }[];
}

/** Static `import … from './x.js'` and `import './x.js'` in a built module. */
function moduleImports(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );
}

/** The gzipped weight of the page at `sitePath` (e.g. `/guidance/x/`) in the built site `distDir`. */
export async function pageWeight(distDir: string, sitePath: string): Promise<PageWeight> {
  const htmlFile = path.join(distDir, sitePath, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const $ = cheerio.load(html);
  const files = new Map<string, number>([
    [path.relative(distDir, htmlFile), gzipSync(html).length],
  ]);
  const queue = [
    ...$('link[rel="stylesheet"][href]')
      .map((_, el) => $(el).attr('href')!)
      .get(),
    ...$('script[src]')
      .map((_, el) => $(el).attr('src')!)
      .get(),
    ...$('link[rel="modulepreload"][href]')
      .map((_, el) => $(el).attr('href')!)
      .get(),
  ].map((href) => new URL(href, `http://site${sitePath}`).pathname);
  for (let asset = queue.shift(); asset; asset = queue.shift()) {
    const file = path.join(distDir, decodeURIComponent(asset));
    if (files.has(path.relative(distDir, file)) || !existsSync(file)) continue;
    const content = await readFile(file);
    files.set(path.relative(distDir, file), gzipSync(content).length);
    if (file.endsWith('.js'))
      queue.push(
        ...moduleImports(content.toString()).map((i) => new URL(i, `http://site${asset}`).pathname),
      );
  }
  const list = [...files].map(([file, gzipBytes]) => ({ file, gzipBytes }));
  return {
    kb: Math.round((list.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024) * 10) / 10,
    files: list,
  };
}
