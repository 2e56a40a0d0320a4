import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { problemText } from '../../src/lib/content-check/problem.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';
import { runCommand, type CommandOutcome } from '../helpers/command.ts';

const repository = REPOSITORY_ROOT;
const brokenContent = path.join(repository, 'tests/fixtures/broken-content/content');

describe('the real content', () => {
  it('passes the content check', async () => {
    const result = await checkContent({
      root: repository,
      contentDir: path.join(repository, 'content'),
    });
    expect(result.problems.map(problemText).join('\n\n')).toBe('');
    expect(result.filesChecked).toBeGreaterThan(20);
  });
});

describe('a build of broken content', () => {
  let copy: string;
  let outcome: CommandOutcome;

  // A copy of the code with a published dist/ of its own, so the real dist/ is never at risk.
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'hub-build-'));
    for (const item of ['scripts', 'src', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
      await cp(path.join(repository, item), path.join(copy, item), { recursive: true });
    }
    await symlink(path.join(repository, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    await mkdir(path.join(copy, 'dist'));
    await writeFile(path.join(copy, 'dist/index.html'), '<p>the previous site</p>');
    outcome = await runCommand('scripts/build.ts', [], {
      cwd: copy,
      env: { CONTENT_ROOT: brokenContent },
    });
  }, 120_000);

  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it('stops with exit code 1 and lists the problems, without a stack trace', () => {
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('Build stopped: content has problems (listed above).');
    expect(outcome.stderr).toContain('content/guidance/wrong-enum.md:6');
    expect(outcome.stderr).toMatch(/✗ 61 problems in 47 files/);
    expect(outcome.stderr).toContain('The published dist/ folder was not changed.');
    expect(outcome.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('leaves the previous dist/ exactly as it was', async () => {
    expect(await readdir(path.join(copy, 'dist'))).toEqual(['index.html']);
    expect(await readFile(path.join(copy, 'dist/index.html'), 'utf8')).toBe(
      '<p>the previous site</p>',
    );
    expect(await readdir(copy)).not.toContain('.build');
  });
});
