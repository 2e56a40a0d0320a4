import type { TestProject } from 'vitest/node';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';
import { serveSite } from '../../scripts/lib/site-server.ts';
import path from 'node:path';

const root = REPOSITORY_ROOT;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served for browser tests, e.g. http://127.0.0.1:4399 */
    siteUrl: string;
  }
}

/** Serves `dist/` on 127.0.0.1 for the browser tests, as `npm start` does. */
export default async function setup(project: TestProject) {
  const host = '127.0.0.1';
  const server = await serveSite({ dir: path.join(root, 'dist'), host });
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
  };
}
