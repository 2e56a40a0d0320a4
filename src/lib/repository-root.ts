import path from 'node:path';

/**
 * The repository root (where package.json is), for build scripts, tests and the content check,
 * which run from their source files. Code that Astro bundles into the pages' build (such as
 * git-history.ts) runs from a bundled chunk, where a file's own location says nothing about the
 * repository: it uses the working directory, which `astro` sets to the root.
 */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
