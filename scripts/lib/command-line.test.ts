import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../tests/helpers/command.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'command-line-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/**
 * Runs a command. Should it start its work after all, it writes into a scratch folder (never
 * bench/results.json or content/) and is stopped after 60 seconds: a command that only prints its
 * help can take over 20 seconds to start on a shared 2-core machine at a load of 10 (the bench
 * loads Playwright), and was once stopped there before it could answer.
 */
const COMMAND_TIMEOUT_MS = 60_000;
function command(script: string, ...args: string[]) {
  return runCommand(script, args, {
    timeout: COMMAND_TIMEOUT_MS,
    env: {
      RESULTS_FILE: path.join(scratch, 'results.json'),
      CONTENT_ROOT: path.join(scratch, 'content'),
    },
  });
}

// Every command that takes options: none may answer a mistyped option with a stack trace, or start
// its work (and, for the bench, overwrite results) when asked for help.
const COMMANDS = [
  'scripts/serve.ts',
  'scripts/check-content.ts',
  'scripts/check-external.ts',
  'scripts/new.ts',
  'bench/bench.ts',
  'bench/bench-search.ts',
];

describe.each(COMMANDS)('%s', { timeout: 3 * COMMAND_TIMEOUT_MS }, (script) => {
  it('names an unknown option, shows the help and exits with 2', async () => {
    const { code, stderr } = await command(script, '--prot', '80');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^✗ Unknown option '--prot'/);
    expect(stderr).toContain('Usage: npm run');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('prints its help for --help and -h and does nothing else', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await command(script, flag);
      expect(code, flag).toBe(0);
      expect(stdout, flag).toMatch(/^Usage: npm run/);
      expect(stdout + stderr, flag).not.toMatch(/Serving|✓|✗/);
    }
  });
});

describe('options and arguments with values', { timeout: 3 * COMMAND_TIMEOUT_MS }, () => {
  it.each([
    ['scripts/serve.ts', '--port', '99999', /--port must be a whole number from 0 to 65535/],
    ['scripts/check-external.ts', '--timeout', 'soon', /--timeout must be a number of seconds/],
    ['bench/bench.ts', '--docs', '1.5', /--docs expects a whole number of documents/],
    ['scripts/new.ts', 'leaflets', 'A title', /"leaflets" is not a collection/],
    ['scripts/new.ts', 'guidance', ' ', /Give the title in quotes/],
  ])('%s %s %s says what it expects and exits with 2', async (script, flag, value, message) => {
    const { code, stderr } = await command(script, flag, value);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run');
  });
});
