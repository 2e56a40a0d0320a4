/**
 * Writes `_headers` (Content-Security-Policy, Referrer-Policy, X-Content-Type-Options,
 * Permissions-Policy…) into the build, from the same policy BaseLayout puts in every page's `<meta>`.
 * Hosts that read a `_headers` file (Netlify, Cloudflare Pages) send them; others ignore it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headersFile } from '../../src/lib/security-policy.ts';

export async function writeSecurityHeaders(outDir: string): Promise<void> {
  await writeFile(path.join(outDir, '_headers'), headersFile());
}
