/**
 * The site's Content-Security-Policy and security headers, in one place. BaseLayout puts the policy
 * in a `<meta http-equiv>` on every page (so it holds on any static host), and the build writes the
 * same policy, with the directives a `<meta>` cannot carry, to `dist/_headers` for hosts that read one.
 */
import { IMMUTABLE, IMMUTABLE_FOLDERS } from './cache-policy.ts';

/**
 * What a page may load: only files from the site itself. No inline scripts or styles, no `eval`;
 * `'wasm-unsafe-eval'` lets Pagefind's WebAssembly search run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Headers for hosts that read a Netlify/Cloudflare-style `_headers` file. `frame-ancestors` is only
 * honoured in a header (browsers ignore it, with a console error, in a `<meta>`).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The headers about what a document may do: a page, a worker's script, an SVG opened alone. */
const DOCUMENT_HEADERS = ['Content-Security-Policy', 'X-Frame-Options', 'Permissions-Policy'];

/**
 * Files a browser only ever reads as data, never runs or shows as a page: JSON, styles, raster
 * images, fonts, and Pagefind's index and WebAssembly (served as octet-stream with `nosniff`). The
 * rest, including any ending not listed here, are treated as documents.
 */
const DATA_FILE = /\.(json|css|png|ico|woff2|pf_index|pf_meta|pf_fragment|pf_filter|pagefind)$/;

/**
 * The security headers for one path of the built site: all of them, except that a data file
 * (`DATA_FILE`) does without the document headers, which mean nothing on it. A first search
 * downloads a dozen such files, and over HTTP/1.1 the policy is repeated in full on each (about
 * half a kilobyte). Only the site's own server does this: `_headers` sends every header on
 * every path, as a host adds up the rules that match.
 */
export function securityHeadersFor(pathname: string): Record<string, string> {
  if (!DATA_FILE.test(pathname)) return SECURITY_HEADERS;
  return Object.fromEntries(
    Object.entries(SECURITY_HEADERS).filter(([name]) => !DOCUMENT_HEADERS.includes(name)),
  );
}

/**
 * The text of a `_headers` file: the security headers on every path, and a year's caching for the
 * folders whose files are named by their content (src/lib/cache-policy.ts). Other paths keep the
 * host's own caching, which checks each time: Netlify joins the values of a header set by two
 * matching rules, so `/*` sets no Cache-Control of its own.
 */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  const caching = IMMUTABLE_FOLDERS.flatMap((folder) => [
    `${folder}*`,
    `  Cache-Control: ${IMMUTABLE}`,
  ]);
  return ['/*', ...lines, ...caching, ''].join('\n');
}
