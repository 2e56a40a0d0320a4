import { describe, expect, it } from 'vitest';
import { FULL_INDEX, SERVICE_WORKER, SUGGESTIONS_INDEX, builtPath } from './site-files.ts';

describe('builtPath', () => {
  it('turns the addresses the browser fetches into the folders and files the build writes', () => {
    expect([FULL_INDEX, SUGGESTIONS_INDEX, SERVICE_WORKER].map(builtPath)).toEqual([
      'pagefind',
      'pagefind/suggest',
      'sw.js',
    ]);
  });
});
