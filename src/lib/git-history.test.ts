import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog, readGitHistory, type GitRunner } from './git-history.ts';

const LOG =
  '\u001e2026-03-02T10:00:00+00:00\n\ncontent/guidance/a.md\ncontent/toolkits/t/index.md\n\u001e2025-01-01T09:00:00+00:00\n\ncontent/guidance/a.md\ncontent/guidance/b.md\n';

describe('parseGitLog', () => {
  it('keeps the newest commit date of each file', () => {
    const dates = parseGitLog(LOG);
    expect(dates.get('content/guidance/a.md')).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(dates.get('content/guidance/b.md')).toEqual(new Date('2025-01-01T09:00:00Z'));
    expect(dates.size).toBe(3);
  });
});

describe('readGitHistory', () => {
  it('reads the whole history with one git log', () => {
    const calls: string[][] = [];
    const run: GitRunner = (args) => {
      calls.push(args);
      return args[0] === 'rev-parse' ? 'false\n' : LOG;
    };
    expect(readGitHistory('/repo', ['content'], run).size).toBe(3);
    expect(calls.filter((args) => args[0] === 'log')).toHaveLength(1);
  });

  it('has no dates in a shallow clone, where every file would seem changed by the one commit', () => {
    expect(readGitHistory('/repo', ['content'], () => 'true\n').size).toBe(0);
  });

  it('has no dates when git is missing or the folder is not a repository', () => {
    expect(
      readGitHistory('/repo', ['content'], () => {
        throw new Error('not a git repository');
      }).size,
    ).toBe(0);
  });
});

describe('lastUpdated', () => {
  it('prefers git, and falls back to the frontmatter date for a file git does not know', () => {
    const history = parseGitLog(LOG);
    const fallback = new Date('2024-01-01T00:00:00Z');
    expect(lastUpdated(history, 'content/guidance/a.md', fallback)).toEqual(
      new Date('2026-03-02T10:00:00Z'),
    );
    expect(lastUpdated(history, 'content/guidance/new.md', fallback)).toBe(fallback);
  });
});
