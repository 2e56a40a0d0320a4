import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from './content-root.ts';

describe('contentRoot', () => {
  it('is content/ in the repository unless CONTENT_ROOT says otherwise', () => {
    expect(contentRoot('/repo', {})).toBe(path.resolve('/repo/content'));
    expect(contentRoot('/repo', { CONTENT_ROOT: '' })).toBe(path.resolve('/repo/content'));
  });

  it('reads CONTENT_ROOT relative to the repository root, or as an absolute path', () => {
    expect(contentRoot('/repo', { CONTENT_ROOT: 'bench/tmp/content' })).toBe(
      path.resolve('/repo/bench/tmp/content'),
    );
    expect(contentRoot('/repo', { CONTENT_ROOT: '/data/content' })).toBe(
      path.resolve('/data/content'),
    );
  });
});
