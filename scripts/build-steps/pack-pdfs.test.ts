import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const MARKER =
  '<div class="app-pack-pdf" data-app-pack-pdf="/packs/patients/handbook-patients.pdf" data-app-pdf-text="Download this pack"></div>';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('the pack PDF step without Chromium', () => {
  it('says so in one line and publishes the pages with no link to a PDF', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { buildPackPdfs } = await import('./pack-pdfs.ts');
    const site = await mkdtemp(path.join(os.tmpdir(), 'pack-pdfs-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await writeFile(path.join(site, 'index.html'), `<main><p>Pack</p>${MARKER}</main>`);
      await expect(buildPackPdfs(site)).resolves.toEqual([]);
      await expect(readFile(path.join(site, 'index.html'), 'utf8')).resolves.toBe(
        '<main><p>Pack</p></main>',
      );
      expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
        '  Chromium not found at /nonexistent/chromium: packs published without PDFs (install it: apt-get update && apt-get install -y chromium)',
      ]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
