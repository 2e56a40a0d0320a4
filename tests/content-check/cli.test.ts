import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../helpers/command.ts';

const run = (args: string[]) => runCommand('scripts/check-content.ts', args);

describe('npm run check:content', () => {
  it('prints every problem and a summary, and exits 1', async () => {
    const { code, stderr } = await run(['--root', 'tests/fixtures/broken-content']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/guidance/unknown-field.md:11\n  reviewdue: is not a field this kind of document has\n',
    );
    expect(stderr.trim().split('\n').at(-1)).toBe(
      '✗ 61 problems in 47 files (54 content files checked).',
    );
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('exits 0 with one summary line for good content', async () => {
    const { code, stdout } = await run(['--root', 'tests/fixtures/components']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('✓ 3 content files checked: no problems.');
  });

  it('explains itself with --help, and an unknown option with the help text instead of a stack trace', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^Usage: npm run check:content/);
    const wrong = await run(['--rot', 'x']);
    // 2, not 1: a mistyped command, not content with problems.
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^✗ Unknown option '--rot'/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run new', () => {
  it('refuses a folder that leaves content/, writing nothing', async () => {
    const contentRoot = await mkdtemp(path.join(tmpdir(), 'new-entry-'));
    const outcome = await runCommand(
      'scripts/new.ts',
      ['guidance/../../escaped', 'Escaping entry'],
      { env: { CONTENT_ROOT: path.join(contentRoot, 'content') } },
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /^✗ "\.\.\/\.\.\/escaped" is not a folder inside content\/guidance\/: "\.\." is not allowed\./,
    );
    expect(await readdir(contentRoot)).toEqual([]);
    await rm(contentRoot, { recursive: true, force: true });
  });
});
