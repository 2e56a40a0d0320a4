import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** One step of the build; `outDir` is the staging folder the step writes into. */
export interface BuildStep {
  name: string;
  run: (outDir: string) => Promise<unknown>;
}

/**
 * Runs the steps against `.build/dist`, then replaces `dist/` with it in two renames, so readers of
 * `dist/` see either the old site or the new one, never half of each.
 */
export async function publishStaged({
  root,
  steps,
}: {
  root: string;
  steps: BuildStep[];
}): Promise<void> {
  const staging = path.join(root, '.build', 'dist');
  const published = path.join(root, 'dist');
  const previous = path.join(root, '.build', 'previous');
  await rm(path.join(root, '.build'), { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const step of steps) {
    const started = performance.now();
    await step.run(staging);
    console.log(`✓ ${step.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await rm(previous, { recursive: true, force: true });
  await rename(published, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, published);
  await rm(path.join(root, '.build'), { recursive: true, force: true });
  console.log(`✓ published to ${path.relative(process.cwd(), published) || 'dist'}/`);
}
