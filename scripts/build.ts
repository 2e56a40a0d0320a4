/**
 * `npm run build`: builds the whole site into a staging folder, runs every post-build step on it,
 * and only then swaps it into `dist/`. If any step fails, the previous `dist/` is left exactly as it was.
 */
import { writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { stepsAfterPages, stepsBeforePages } from './build-steps/index.ts';
import { contentReport } from './lib/content-report.ts';
import { publishStaged, type BuildStep } from './build-steps/staging.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const root = REPOSITORY_ROOT;

const steps: BuildStep[] = [
  {
    // First, so a content mistake stops the build before anything is written.
    name: 'content check',
    run: async () => {
      const report = await contentReport({ root });
      for (const line of report.overdue) console.warn(line);
      if (report.ok) return;
      // Written synchronously: a long report sent to a pipe would otherwise be cut off by process.exit.
      writeSync(2, `\n${report.text}\n`);
      throw new Error(
        'content has problems (listed above). Fix them, then run `npm run check:content` to check again.',
      );
    },
  },
  ...stepsBeforePages(root),
  {
    name: 'pages',
    run: async (outDir) => {
      await build({ root, outDir, logLevel: 'warn' });
    },
  },
  ...stepsAfterPages(root),
];

try {
  await publishStaged({ root, steps });
} catch (error) {
  console.error(`\nBuild stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The published dist/ folder was not changed.');
  await rm(path.join(root, '.build'), { recursive: true, force: true });
  process.exit(1);
}
