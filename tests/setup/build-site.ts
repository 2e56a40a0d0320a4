import { execFileSync } from 'node:child_process';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const root = REPOSITORY_ROOT;

/** Shared by every project that lists this setup, so one `npm test` builds once. */
const state = globalThis as typeof globalThis & { siteBuilt?: boolean };

/**
 * Builds the site with the same script as `npm run build`, before the tests that read `dist/`.
 * Set SKIP_BUILD=1 to reuse an existing build.
 */
export default function setup(): void {
  if (state.siteBuilt || process.env.SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  state.siteBuilt = true;
}
