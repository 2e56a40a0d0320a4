/**
 * Build step: each page names, in its `<head>`, every module its scripts import, so the browser
 * fetches them all at once. Astro writes a page's scripts as `<script type="module" src>`; the
 * chunks those import (code shared between scripts) are otherwise found only once each script has
 * arrived and been read, one round trip later. On the search page that round trip came before any
 * search could start (bench/measure-search.ts). Imports are read with es-module-lexer, the parser
 * Vite uses; dynamic imports are left alone (they load on demand, e.g. the header box's search).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

/** A module script as Astro writes it into a page. */
const MODULE_SCRIPT = /<script type="module" src="(\/[^"]+\.js)"><\/script>/g;

/** Adds the preloads to every HTML page in `siteDir`; returns how many pages it changed. */
export async function writeModulePreloads(siteDir: string): Promise<number> {
  await init;
  const imports = new Map<string, Promise<string[]>>();
  /** Every module `script` imports statically, directly or through other modules, in order. */
  const importsOf = (script: string): Promise<string[]> => {
    let found = imports.get(script);
    if (!found) {
      found = (async () => {
        const source = await readFile(path.join(siteDir, script), 'utf8');
        const [statics] = parse(source, script);
        const direct = statics
          .filter((entry) => entry.d === -1 && entry.n?.startsWith('.'))
          .map((entry) => new URL(entry.n!, `https://site${script}`).pathname);
        const nested = await Promise.all(direct.map(importsOf));
        return [...new Set([...direct, ...nested.flat()])];
      })();
      imports.set(script, found);
    }
    return found;
  };

  const pages = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  let changed = 0;
  for (const page of pages) {
    const file = path.join(siteDir, page);
    const html = await readFile(file, 'utf8');
    const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
    if (scripts.length === 0) continue;
    const needed = [...new Set((await Promise.all(scripts.map(importsOf))).flat())].filter(
      (module) => !scripts.includes(module) && !html.includes(`href="${module}"`),
    );
    if (needed.length === 0) continue;
    const links = needed.map((module) => `<link rel="modulepreload" href="${module}">`).join('');
    const first = html.indexOf('<script type="module" src="');
    await writeFile(file, `${html.slice(0, first)}${links}${html.slice(first)}`);
    changed += 1;
  }
  return changed;
}
