import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWN_WASM, pointWasmAt, shareWasm, sharedWasm } from './shared-wasm.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Pagefind's two modules as it writes them: each asks for the WebAssembly in its own folder. */
const MODULE = `async loadWasm(language){try{${OWN_WASM}let r=await fetch(wasm_url);}}`;

async function bundles(suggestWasm: string): Promise<{ full: string; suggest: string }> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shared-wasm-'));
  const full = path.join(dir, 'pagefind');
  const suggest = path.join(full, 'suggest');
  await mkdir(suggest, { recursive: true });
  for (const bundle of [full, suggest])
    for (const module of ['pagefind.js', 'pagefind-worker.js'])
      await writeFile(path.join(bundle, module), MODULE);
  await writeFile(path.join(full, 'wasm.en.pagefind'), 'the WebAssembly');
  await writeFile(path.join(suggest, 'wasm.en.pagefind'), suggestWasm);
  return { full, suggest };
}

describe('shareWasm', () => {
  it("points the suggestions bundle at the full bundle's copy of the same WebAssembly, and removes its own", async () => {
    const { full, suggest } = await bundles('the WebAssembly');
    await expect(shareWasm(suggest, full)).resolves.toBe(true);
    expect(await readdir(suggest)).not.toContain('wasm.en.pagefind');
    for (const module of ['pagefind.js', 'pagefind-worker.js']) {
      const text = await readFile(path.join(suggest, module), 'utf8');
      expect(text).toContain(sharedWasm('../'));
      expect(text).not.toContain(OWN_WASM);
    }
    // The full bundle is left as it was.
    expect(await readFile(path.join(full, 'pagefind.js'), 'utf8')).toBe(MODULE);
    expect(await readdir(full)).toContain('wasm.en.pagefind');
  });

  it('leaves a bundle whose WebAssembly differs with its own', async () => {
    const { full, suggest } = await bundles('another WebAssembly');
    await expect(shareWasm(suggest, full)).resolves.toBe(false);
    expect(await readdir(suggest)).toContain('wasm.en.pagefind');
    expect(await readFile(path.join(suggest, 'pagefind.js'), 'utf8')).toBe(MODULE);
  });

  it('stops the build when Pagefind no longer asks for its WebAssembly as expected', () => {
    expect(() => pointWasmAt('const wasm_url=somewhereElse;', '../', 'pagefind.js')).toThrow(
      /pagefind\.js: expected Pagefind's WebAssembly address .* found it 0 times/,
    );
  });
});
