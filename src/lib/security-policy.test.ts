import { describe, expect, it } from 'vitest';
import { IMMUTABLE, IMMUTABLE_FOLDERS } from './cache-policy.ts';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  headersFile,
  securityHeadersFor,
} from './security-policy.ts';

describe('the _headers file Netlify and Cloudflare Pages read', () => {
  const lines = headersFile().trimEnd().split('\n');

  it('applies every security header to every path, one indented "Name: value" line each', () => {
    expect(lines[0]).toBe('/*');
    const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
    expect(lines.slice(1, 1 + security.length)).toEqual(security);
  });

  it('caches the files named by their content for a year, and sets no other caching', () => {
    expect(lines).toContain('/_astro/*');
    expect(lines[lines.indexOf('/_astro/*') + 1]).toBe(`  Cache-Control: ${IMMUTABLE}`);
    expect(lines.filter((l) => l.includes('Cache-Control'))).toHaveLength(IMMUTABLE_FOLDERS.length);
  });

  it('sends the same policy as the <meta> on every page, plus frame-ancestors', () => {
    expect(lines).toContain(
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });
});

describe('securityHeadersFor', () => {
  it('leaves the document headers off data files only, an unknown ending counting as a document', () => {
    for (const data of ['/pagefind/language.json', '/pagefind/wasm.en.pagefind', '/_astro/a.css'])
      expect(Object.keys(securityHeadersFor(data)), data).toEqual([
        'Referrer-Policy',
        'X-Content-Type-Options',
      ]);
    for (const page of ['/', '/about/', '/pagefind/pagefind-worker.js', '/icon.svg', '/x.unknown'])
      expect(securityHeadersFor(page), page).toEqual(SECURITY_HEADERS);
  });
});
