/**
 * Shortens one wait in Pagefind's browser module and its Web Worker, in each bundle the build writes.
 *
 * A search called while Pagefind is still starting (downloading its index meta and WebAssembly)
 * waits in a loop that checks every 50 ms whether it has started (`getPtr` in pagefind.js). The
 * search page searches as soon as it opens, so its first results waited up to 50 ms for nothing.
 * Checking every 2 ms costs nothing measurable and took about 50–100 ms off the median first result
 * of the search page opened with `?q=` (bench/measure-search.ts, on a 2-core machine).
 *
 * The text replaced is Pagefind 1.6's. If an upgrade changes it, the build stops and says so,
 * rather than quietly losing the gain: check the new pagefind.js, then update or drop this step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Pagefind 1.6's wait, as its pagefind.js is published. */
export const PAGEFIND_WAIT = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const SHORTER_WAIT = 'if(this.initError){throw this.initError;}await asyncSleep(2);}';

/** The module's text with the shorter wait; throws if the wait is not there exactly once. */
export function shortenWait(source: string, file: string): string {
  const found = source.split(PAGEFIND_WAIT).length - 1;
  if (found !== 1)
    throw new Error(
      `${file}: expected Pagefind's start-up wait (\`${PAGEFIND_WAIT}\`) once, found it ${found} times. ` +
        'Pagefind has changed: check its getPtr() wait, then update or remove scripts/build-steps/pagefind-wait.ts.',
    );
  return source.replace(PAGEFIND_WAIT, SHORTER_WAIT);
}

/** Pagefind's modules that hold the wait: the one searched on the page, and its Web Worker. */
export const PAGEFIND_MODULES = ['pagefind.js', 'pagefind-worker.js'] as const;

/** Shortens the wait in both of Pagefind's modules in the bundle in `bundleDir`. */
export async function shortenPagefindWait(bundleDir: string): Promise<void> {
  for (const module of PAGEFIND_MODULES) {
    const file = path.join(bundleDir, module);
    await writeFile(file, shortenWait(await readFile(file, 'utf8'), file));
  }
}
