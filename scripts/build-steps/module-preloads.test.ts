import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeModulePreloads } from './module-preloads.ts';

let site: string;
afterEach(() => rm(site, { recursive: true, force: true }));

async function writeSite(files: Record<string, string>): Promise<void> {
  site = await mkdtemp(path.join(os.tmpdir(), 'module-preloads-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), text);
  }
}

const page = (...scripts: string[]) =>
  `<html><head><title>x</title>${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body></body></html>`;

describe('writeModulePreloads', () => {
  it('names every module a page’s scripts import, directly or not, before the scripts', async () => {
    await writeSite({
      'search/index.html': page('/_astro/search.js', '/_astro/header.js'),
      'about/index.html': page('/_astro/header.js'),
      'plain/index.html': '<html><head></head><body></body></html>',
      '_astro/search.js': 'import{a}from"./shared.js";import"./style-free.js";a();',
      '_astro/header.js': 'import{b}from"./util.js";const later=()=>import("./on-demand.js");',
      '_astro/shared.js': 'import{b}from"./util.js";export const a=b;',
      '_astro/util.js': 'export const b=1;',
      '_astro/style-free.js': '',
      '_astro/on-demand.js': '',
    });
    await expect(writeModulePreloads(site)).resolves.toBe(2);
    const search = await readFile(path.join(site, 'search/index.html'), 'utf8');
    expect(search).toBe(
      '<html><head><title>x</title>' +
        '<link rel="modulepreload" href="/_astro/shared.js">' +
        '<link rel="modulepreload" href="/_astro/style-free.js">' +
        '<link rel="modulepreload" href="/_astro/util.js">' +
        '<script type="module" src="/_astro/search.js"></script><script type="module" src="/_astro/header.js"></script></head><body></body></html>',
    );
    const about = await readFile(path.join(site, 'about/index.html'), 'utf8');
    // A dynamic import loads on demand: it is not preloaded.
    expect(about).toContain('<link rel="modulepreload" href="/_astro/util.js">');
    expect(about).not.toContain('on-demand.js');
    await expect(readFile(path.join(site, 'plain/index.html'), 'utf8')).resolves.toBe(
      '<html><head></head><body></body></html>',
    );
  });

  it('changes nothing on a second run', async () => {
    await writeSite({
      'index.html': page('/_astro/a.js'),
      '_astro/a.js': 'import"./b.js";',
      '_astro/b.js': '',
    });
    await writeModulePreloads(site);
    const once = await readFile(path.join(site, 'index.html'), 'utf8');
    await expect(writeModulePreloads(site)).resolves.toBe(0);
    await expect(readFile(path.join(site, 'index.html'), 'utf8')).resolves.toBe(once);
  });
});
