import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the repository's command scripts (`scripts/new.ts`, say) with the Node running the
 * tests, from the repository root (or `cwd`), as npm would, and gives its exit code and output.
 * `env` is added to this process's environment; given a `timeout` in ms, a command still running
 * then is stopped.
 */
export async function runCommand(
  script: string,
  args: string[],
  {
    cwd = REPOSITORY_ROOT,
    env = {},
    timeout = 0,
  }: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<CommandOutcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd,
      env: { ...process.env, ...env },
      timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as CommandOutcome;
    return { code, stdout, stderr };
  }
}
