import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const repository = REPOSITORY_ROOT;
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/check-content.ts', ...args], { cwd: repository })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => error);

describe('npm run check:content', () => {
  it('prints every problem and a summary, and exits 1', async () => {
    const { code, stderr } = await run(['--root', 'tests/fixtures/broken-content']);
    expect(code).toBe(1);
    expect(stderr).toContain('content/guidance/unknown-field.md:11\n  reviewdue: is not a field this kind of document has\n');
    expect(stderr.trim().split('\n').at(-1)).toBe('✗ 35 problems in 31 files (39 content files checked).');
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
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^✗ Unknown option '--rot'/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});
