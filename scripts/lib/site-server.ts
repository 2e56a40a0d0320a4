/**
 * The site's own server for a built site: what `npm start` runs, and what the browser tests, the
 * bench and the PDF build step open pages from, so all of them see the site as a reader of
 * `npm start` does. It serves the files of the built folder (with sirv) and adds what a static
 * host cannot:
 * - the security headers of `_headers` (src/lib/security-policy.ts) on every response, less the
 *   three about documents on files only ever read as data (`securityHeadersFor`);
 * - caching by kind of file (src/lib/cache-policy.ts), so a second visit asks again only for files
 *   that keep their name;
 * - Pagefind's gzipped index files sent as gzip, for the browser to unzip (cache-policy.ts);
 * - the build's brotli copies of the shared scripts, styles, vocabulary and Pagefind's WebAssembly
 *   and meta files (precompress.ts) to
 *   browsers that accept brotli, and other text compressed as it is sent (the compression
 *   middleware), as hosts do;
 * - the search page opened with `?q=` has the query in its boxes even without JavaScript
 *   (src/lib/search-page-query.ts);
 * - the site's 404 page for addresses it does not have.
 * It serves only the files inside the folder (sirv lists them at start and resolves nothing else),
 * not the host settings file `_headers`, and only GET and HEAD; an address it cannot read gets 400.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import { cacheControlFor, isGzippedSearchFile, REVALIDATE } from '../../src/lib/cache-policy.ts';
import {
  fillSearchQuery,
  isSearchPage,
  queryFromAddress,
} from '../../src/lib/search-page-query.ts';
import { SECURITY_HEADERS, securityHeadersFor } from '../../src/lib/security-policy.ts';

export interface SiteServer {
  /** Where the site is served, e.g. http://127.0.0.1:4321 (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface SiteServerOptions {
  /** The built site's folder. */
  dir: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

/** Starts serving the built site in `dir`; resolves once it is listening. */
export async function serveSite({
  dir,
  host = '127.0.0.1',
  port = 0,
}: SiteServerOptions): Promise<SiteServer> {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`There is no built site in ${dir}. Run \`npm run build\` first.`);
  // `brotli`: whether sirv sends the build's brotli copy of a file that has one.
  const options = (brotli: boolean): Parameters<typeof sirv>[1] => ({
    etag: true,
    dotfiles: false,
    brotli,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      // Vary is set for every file before sirv answers (below). A header set here outlasts sirv's
      // own, so not when sirv is sending the file's brotli copy.
      if (
        isGzippedSearchFile(pathname) &&
        acceptsGzip(res.req) &&
        !(brotli && namesBrotli(res.req) && existsSync(path.join(dir, `${pathname}.br`)))
      )
        res.setHeader('Content-Encoding', 'gzip');
      // sirv knows no type for Pagefind's own file endings (its WebAssembly and index files).
      if (/\.(pagefind|pf_\w+)$/.test(pathname))
        res.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  // With the build's brotli copies (precompress.ts), and without, for a browser that refuses
  // brotli: sirv sends a copy for any "br" in Accept-Encoding, "br;q=0" included, so which one
  // answers is decided here.
  const files = sirv(dir, options(true));
  const filesWithoutBrotli = sirv(dir, options(false));
  const compress = compression();
  const notFound = readFile(path.join(dir, '404.html'), 'utf8').catch(() => 'Page not found');
  let searchPage: Promise<string> | undefined;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = parseTarget(req.url);
    const headers = url ? securityHeadersFor(url.pathname) : SECURITY_HEADERS;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'text/plain;charset=utf-8' }).end('Bad request');
      return;
    }
    const query = isSearchPage(url.pathname) ? queryFromAddress(url) : undefined;
    if (query !== undefined) {
      searchPage ??= readFile(path.join(dir, 'search', 'index.html'), 'utf8');
      searchPage.then(
        (html) => send(req, res, 200, fillSearchQuery(html, query)),
        () => {
          searchPage = undefined;
          send(req, res, 500, 'The search page could not be read.');
        },
      );
      return;
    }
    // The host's own settings file is not part of the site, however its address is written.
    if (sitePath(url.pathname) === '/_headers') {
      void notFound.then((html) => send(req, res, 404, html));
      return;
    }
    // Also on a 304, which sirv answers before its own headers are set.
    res.setHeader('Cache-Control', cacheControlFor(url.pathname));
    // Any file may be sent compressed, or as the build's brotli copy: on a 304 too.
    res.setHeader('Vary', 'Accept-Encoding');
    // An absolute address, read as its path, for sirv.
    req.url = `${url.pathname}${url.search}`;
    (acceptsBrotli(req) ? files : filesWithoutBrotli)(
      req,
      res,
      () => void notFound.then((html) => send(req, res, 404, html)),
    );
  };

  const server = createServer((req, res) =>
    compress(req as never, res as never, () => handle(req, res)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${listening}`,
    port: listening,
    close: () => closeServer(server),
  };
}

/**
 * The request's path and query, from a path (`/search/?q=…`) or an absolute address (which HTTP
 * allows too); undefined when it cannot be read as either (answered with 400).
 */
function parseTarget(target: string | undefined): URL | undefined {
  try {
    const given = new URL(target?.startsWith('/') ? `http://site${target}` : (target ?? ''));
    // Copied part by part: `//host/…` read again as an address would name another host.
    const url = new URL('http://site');
    url.pathname = given.pathname;
    url.search = given.search;
    return url;
  } catch {
    return undefined;
  }
}

/** A path as sirv looks it up: decoded, without trailing slashes. */
function sitePath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Left as written: sirv will not find it either.
  }
  return decoded.replace(/\/+$/, '');
}

/** Whether the client's Accept-Encoding prefers gzip to the file as stored (negotiator reads it). */
function acceptsGzip(req: IncomingMessage | undefined): boolean {
  return req !== undefined && new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip';
}

/** Whether sirv sends a brotli copy for this request: it looks for "br" written in Accept-Encoding. */
function namesBrotli(req: IncomingMessage | undefined): boolean {
  return /(br|brotli)/i.test(String(req?.headers['accept-encoding'] ?? ''));
}

function acceptsBrotli(req: IncomingMessage): boolean {
  return new Negotiator(req).encodings(['br']).includes('br');
}

function send(req: IncomingMessage, res: ServerResponse, status: number, html: string): void {
  // A page, whatever the address: the 404 page for a missing `.json` is a document too.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.writeHead(status, {
    'Content-Type': 'text/html;charset=utf-8',
    'Cache-Control': REVALIDATE,
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
