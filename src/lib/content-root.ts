import path from 'node:path';

/**
 * Where the content collections live. Normally `content/` in the repository; set the environment
 * variable `CONTENT_ROOT` to a folder with the same layout (absolute, or relative to the current
 * directory) to build, check or benchmark other content, e.g. `CONTENT_ROOT=bench/tmp/content`.
 * `src/content.config.ts` (Astro) and `src/lib/content-files.ts` (checks, tests) both read it here.
 */
export function contentRoot(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CONTENT_ROOT;
  return override ? path.resolve(override) : path.join(root, 'content');
}
