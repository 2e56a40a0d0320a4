import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security-policy.ts';
import { builtPages, readBuilt } from '../helpers/dist.ts';

const pages = await builtPages();

/** The directives of a policy, e.g. `script-src` → `['self', 'wasm-unsafe-eval']`. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values];
      }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts, styles and connections only from the site itself, and no inline code or eval', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('is published in _headers with frame-ancestors and the other security headers', async () => {
    const headers = await readBuilt('_headers');
    expect(headers.split('\n')[0]).toBe('/*');
    expect(headers).toContain(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    for (const name of ['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']) {
      expect(headers).toContain(`${name}: ${SECURITY_HEADERS[name]}`);
    }
  });
});

describe.each(pages)('%s', async (page) => {
  const $ = cheerio.load(await readBuilt(page));

  it('carries the policy in a <meta> before any script or stylesheet', () => {
    const meta = $('head meta[http-equiv="Content-Security-Policy"]');
    expect(meta.attr('content')).toBe(CONTENT_SECURITY_POLICY);
    const first = $('head')
      .children('meta[http-equiv], script, link[rel="stylesheet"], style')
      .first();
    expect(first.is('meta')).toBe(true);
  });

  it('has no inline script, style element or style attribute', () => {
    const inlineScripts = $('script:not([src])').filter(
      (_, s) => $(s).attr('type') !== 'application/ld+json' && $(s).text().trim() !== '',
    );
    expect(inlineScripts.map((_, s) => $.html(s).slice(0, 120)).get()).toEqual([]);
    expect(
      $('style')
        .map((_, s) => $.html(s).slice(0, 120))
        .get(),
    ).toEqual([]);
    expect(
      $('[style]')
        .map((_, el) => $.html(el).slice(0, 120))
        .get(),
    ).toEqual([]);
  });

  it('has no inline event handler and no javascript: URL', () => {
    const handlers = $('*')
      .get()
      .flatMap((el) =>
        Object.keys($(el).attr() ?? {})
          .filter((name) => name.startsWith('on'))
          .map((name) => `<${$(el).prop('tagName')?.toLowerCase()} ${name}>`),
      );
    expect(handlers).toEqual([]);
    const javascriptUrls = $('[href], [src], [action], [formaction]')
      .get()
      .flatMap((el) =>
        ['href', 'src', 'action', 'formaction']
          .map((name) => $(el).attr(name) ?? '')
          .filter((value) => /^\s*javascript:/i.test(value)),
      );
    expect(javascriptUrls).toEqual([]);
  });
});
