import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const root = REPOSITORY_ROOT;

describe('netlify.toml', () => {
  it('builds with npm run build and publishes dist/, whose _headers carries the security policy', async () => {
    const toml = await readFile(path.join(root, 'netlify.toml'), 'utf8');
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    // One policy, in src/lib/security-policy.ts: never a second copy in the host's own file.
    expect(toml).not.toMatch(/\[\[headers\]\]|Content-Security-Policy/);
  });
});
