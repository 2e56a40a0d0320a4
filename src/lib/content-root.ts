import path from 'node:path';

/**
 * The `CONTENT_ROOT` setting: the content folder, absolute or relative to the repository root.
 * Normally `content`; point it at a folder with the same layout to build, check or benchmark other
 * content, e.g. `CONTENT_ROOT=bench/tmp/content`. Read here only, by `src/content.config.ts` (Astro)
 * and `contentRoot` (the content checks, scripts and tests).
 */
export function contentRootSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_ROOT || 'content';
}

/** The content folder as an absolute path. */
export function contentRoot(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, contentRootSetting(env));
}
