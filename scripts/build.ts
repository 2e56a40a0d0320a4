/**
 * `npm run build`: builds the whole site into a staging folder, runs every post-build step on it,
 * and only then swaps it into `dist/`. If any step fails, the previous `dist/` is left exactly as it was.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { buildToolkits } from './build-toolkits.ts';
import { writeSecurityHeaders } from './build-security-headers.ts';
import { copyNhsukAssets } from './copy-nhsuk-assets.ts';
import { publishStaged, type BuildStep } from './lib/staging.ts';

const root = path.resolve(import.meta.dirname, '..');

const steps: BuildStep[] = [
  { name: 'NHS.UK frontend assets', run: () => copyNhsukAssets(root) },
  // Before the pages: they are copied in from public/, and the toolkit pages show their sizes.
  { name: 'toolkit files', run: () => buildToolkits(root) },
  {
    name: 'pages',
    run: async (outDir) => {
      await build({ root, outDir, logLevel: 'warn' });
    },
  },
  { name: 'security headers', run: writeSecurityHeaders },
];

try {
  await publishStaged({ root, steps });
} catch (error) {
  console.error(`\nBuild stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The published dist/ folder was not changed.');
  await rm(path.join(root, '.build'), { recursive: true, force: true });
  process.exit(1);
}
