import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contentRoot } from './content-root.ts';

/**
 * "Last updated" dates from git: one `git log` pass over the content folder per build, not one
 * per page. When git has no real history (not installed, not a repository, a shallow clone as CI
 * makes, or a file not yet committed) a page falls back to its frontmatter `updated` date.
 */

/** Runs git with arguments in a folder and returns its output; throws when git fails. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });

const RECORD = '\u001e';

/** file (relative to the folder git ran in) → date of the newest commit that touched it. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split(RECORD)) {
    const [date, ...files] = record
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, new Date(date));
  }
  return dates;
}

/** Commit dates of every file under `paths` (relative to `root`), or an empty map when git cannot tell. */
export function readGitHistory(
  root: string,
  paths: string[] = ['content'],
  run: GitRunner = runGit,
): Map<string, Date> {
  try {
    if (run(['rev-parse', '--is-shallow-repository'], root).trim() === 'true') return new Map();
    return parseGitLog(
      run(['log', `--format=${RECORD}%cI`, '--name-only', '--relative', '--', ...paths], root),
    );
  } catch {
    return new Map();
  }
}

let cached: Map<string, Date> | undefined;

/** The history of this checkout's content, read once and shared by every page of a build. */
export function contentHistory(): Map<string, Date> {
  const root = process.cwd();
  cached ??= readGitHistory(root, [path.relative(root, contentRoot(root)) || '.']);
  return cached;
}

/** When a file last changed: its newest commit, or `fallback` (frontmatter `updated`) when git has none. */
export function lastUpdated(
  history: ReadonlyMap<string, Date>,
  file: string,
  fallback: Date,
): Date {
  return history.get(file.split('\\').join('/')) ?? fallback;
}

let version: string | undefined | null;

/**
 * The content's version, for a pack's cover: the short hash of the newest commit that touched the
 * content folder, so two builds of the same content carry the same version. Undefined when git
 * cannot tell (not installed, not a repository).
 */
export function contentVersion(run: GitRunner = runGit): string | undefined {
  if (version === undefined) {
    const root = process.cwd();
    try {
      version =
        run(
          ['log', '-1', '--format=%h', '--', path.relative(root, contentRoot(root)) || '.'],
          root,
        ).trim() || null;
    } catch {
      version = null;
    }
  }
  return version ?? undefined;
}
