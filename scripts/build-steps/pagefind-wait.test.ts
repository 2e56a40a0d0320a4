import { describe, expect, it } from 'vitest';
import { PAGEFIND_WAIT, shortenWait } from './pagefind-wait.ts';

// As Pagefind 1.6 writes it (the module ships inside Pagefind's binary, so the built site's copy
// is checked in tests/site/search-index.test.ts).
const MODULE = `async getPtr(){while(this.raw_ptr===null){${PAGEFIND_WAIT}if(!this.raw_ptr){}return this.raw_ptr;}`;

describe('shortenWait', () => {
  it('shortens the start-up wait and changes nothing else', () => {
    expect(shortenWait(MODULE, 'pagefind.js')).toBe(
      'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(2);}if(!this.raw_ptr){}return this.raw_ptr;}',
    );
  });

  it('stops, naming the file, when Pagefind has changed the wait', () => {
    expect(() => shortenWait('export const x = 1;', 'dist/pagefind/pagefind.js')).toThrow(
      /dist\/pagefind\/pagefind\.js: expected Pagefind's start-up wait .* found it 0 times/,
    );
  });
});
