import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served for browser tests, e.g. http://127.0.0.1:4399 */
    siteUrl: string;
  }
}

/**
 * Builds the site once with the same script as `npm run build`, then serves `dist/` on 127.0.0.1
 * for the browser tests, as `npm start` does. Set SKIP_BUILD=1 to reuse an existing build.
 */
export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  }
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: await freePort() } });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
