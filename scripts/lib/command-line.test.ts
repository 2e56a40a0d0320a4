import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const run = promisify(execFile);

/** Runs a command's script as npm would, and gives its exit code and output. */
async function command(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd: REPOSITORY_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The commands that read their options with readOptions: none may answer a mistyped option
// with a stack trace, or start (and, for the bench, overwrite results) when asked for help.
const COMMANDS = ['scripts/serve.ts', 'scripts/check-external.ts', 'bench/bench-search.ts'];

describe.each(COMMANDS)('%s', (script) => {
  it('names an unknown option, shows the help and exits with 2', async () => {
    const { code, stderr } = await command(path.join(REPOSITORY_ROOT, script), '--prot', '80');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^✗ Unknown option '--prot'/);
    expect(stderr).toContain('Usage: npm run');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('prints its help for --help and does nothing else', async () => {
    const { code, stdout } = await command(path.join(REPOSITORY_ROOT, script), '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run/);
    expect(stdout).not.toMatch(/Serving|✓ wrote|links? checked/i);
  });
});
