import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedFileSize } from './published-file.ts';

describe('publishedFileSize', () => {
  it('gives the size, or names the missing file and the command that writes it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'published-'));
    try {
      await writeFile(path.join(root, 'a.csv'), '12345');
      await expect(publishedFileSize(root, path.join(root, 'a.csv'), 'npm run x')).resolves.toBe(5);
      await expect(
        publishedFileSize(root, path.join(root, 'public', 'b.csv'), 'npm run build:toolkits'),
      ).rejects.toThrow(
        'public/b.csv has not been written. Run npm run build, or npm run build:toolkits before astro build.',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
