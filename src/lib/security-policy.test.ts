import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile } from './security-policy.ts';

describe('the _headers file Netlify and Cloudflare Pages read', () => {
  const lines = headersFile().trimEnd().split('\n');

  it('applies every security header to every path, one indented "Name: value" line each', () => {
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1)).toEqual(
      Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    );
  });

  it('sends the same policy as the <meta> on every page, plus frame-ancestors', () => {
    expect(lines).toContain(
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });
});
