/**
 * The search bundles (the full index, the header box's suggestions, the readers' questions) each get a copy of
 * Pagefind's WebAssembly from Pagefind, byte for byte the same file (51 KB with brotli). The search
 * page searches both, so it downloaded the same file twice, and the search page opened from the
 * header box could not use the copy the box had already downloaded. This step points the
 * suggestions bundle's Pagefind (its module and its Web Worker) at the full bundle's copy, by a
 * relative address so the site still works under any base path, and removes its own.
 *
 * Only when every copy is the same file; otherwise the bundle keeps its own. The text replaced is
 * Pagefind 1.6's. If an upgrade changes it, the build stops and says so, rather than quietly
 * shipping a module that asks for a file no longer there: check the new pagefind.js, then update
 * or drop this step.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGEFIND_MODULES } from './pagefind-wait.ts';

/** Pagefind 1.6's address for its WebAssembly, in the bundle's own folder. */
export const OWN_WASM = 'const wasm_url=`${this.basePath}wasm.${language}.pagefind`;';

/** The same address in the folder `up` (a relative path such as `../`) from the bundle's. */
export function sharedWasm(up: string): string {
  return `const wasm_url=\`\${this.basePath}${up}wasm.\${language}.pagefind\`;`;
}

/** A module's text asking for the WebAssembly in `up`; throws if the address is not there once. */
export function pointWasmAt(source: string, up: string, file: string): string {
  const found = source.split(OWN_WASM).length - 1;
  if (found !== 1)
    throw new Error(
      `${file}: expected Pagefind's WebAssembly address (\`${OWN_WASM}\`) once, found it ${found} times. ` +
        'Pagefind has changed: check its loadWasm(), then update or remove scripts/build-steps/shared-wasm.ts.',
    );
  return source.replace(OWN_WASM, sharedWasm(up));
}

/**
 * Points the bundle in `bundleDir` at the WebAssembly of the bundle in `sharedDir` (its parent
 * or any folder above it) when every language's file is the same in both, and removes its own
 * copies. Returns whether it did.
 */
export async function shareWasm(bundleDir: string, sharedDir: string): Promise<boolean> {
  const wasm = (await readdir(bundleDir)).filter((name) => /^wasm\.[\w-]+\.pagefind$/.test(name));
  if (wasm.length === 0) return false;
  for (const name of wasm) {
    const shared = await readFile(path.join(sharedDir, name)).catch(() => undefined);
    if (!shared?.equals(await readFile(path.join(bundleDir, name)))) return false;
  }
  const up = `${path.relative(bundleDir, sharedDir).split(path.sep).join('/')}/`;
  for (const module of PAGEFIND_MODULES) {
    const file = path.join(bundleDir, module);
    await writeFile(file, pointWasmAt(await readFile(file, 'utf8'), up, file));
  }
  await Promise.all(wasm.map((name) => rm(path.join(bundleDir, name))));
  return true;
}
