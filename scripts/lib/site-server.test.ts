import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from './site-server.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/cache-policy.ts';
import { SECURITY_HEADERS } from '../../src/lib/security-policy.ts';

let dir: string;
let server: SiteServer;
const CHUNK = 'pagefind_dcd index chunk';
const SCRIPT = 'export {};';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'site-server-'));
  const files: Record<string, string | Buffer> = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Page not found</h1>',
    'search/index.html':
      '<input class="nhsuk-input" id="search-field" name="q" value><input class="nhsuk-input" id="search-query" name="q">',
    '_astro/site.abc123.js': SCRIPT,
    '_astro/site.abc123.js.br': brotliCompressSync(SCRIPT),
    '_astro/large.abc123.js': 'export const a = 1;\n'.repeat(200),
    'pagefind/pagefind.js': 'export {};',
    'pagefind/index/en_1.pf_index': gzipSync(CHUNK),
    // Pagefind's WebAssembly, with the build's brotli copy of its data (precompress.ts).
    'pagefind/wasm.en.pagefind': gzipSync(CHUNK),
    'pagefind/wasm.en.pagefind.br': brotliCompressSync(CHUNK),
    _headers: '/*\n  X-Test: 1\n',
  };
  for (const [file, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), body);
  }
  await writeFile(path.join(os.tmpdir(), 'outside-the-site.txt'), 'secret');
  server = await serveSite({ dir });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (address: string, init?: RequestInit) => fetch(`${server.url}${address}`, init);

describe('the site server', () => {
  it('serves pages on 127.0.0.1 with every security header', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get('/');
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe('<h1>Home</h1>');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name)).toBe(value);
  });

  it('sends the document headers on everything but data files, and on every page', async () => {
    const data = await get('/pagefind/index/en_1.pf_index');
    expect(data.headers.get('x-content-type-options')).toBe('nosniff');
    expect(data.headers.get('referrer-policy')).toBe(SECURITY_HEADERS['Referrer-Policy']);
    expect(data.headers.get('content-security-policy')).toBeNull();
    expect(data.headers.get('x-frame-options')).toBeNull();
    // A script may be a worker's, which takes its policy from its own response.
    const script = await get('/_astro/site.abc123.js');
    expect(script.headers.get('content-security-policy')).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    );
    // The site's 404 page, asked for by a data file's address, is still a page.
    const missing = await get('/pagefind/missing.json');
    expect(missing.status).toBe(404);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(missing.headers.get(name), name).toBe(value);
  });

  it("sends the build's brotli copy of a file to a browser that accepts brotli", async () => {
    const brotli = await rawRequest('/_astro/site.abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    for (const refusing of ['identity', 'gzip, br;q=0', 'br;q=0, *', 'gzip;q=0, br;q=0, *']) {
      const plain = await rawRequest('/_astro/site.abc123.js', { 'accept-encoding': refusing });
      expect(plain.headers['content-encoding'], refusing).toBeUndefined();
      expect(plain.body, refusing).toBe(SCRIPT);
    }
    // Nor is a file without a copy compressed as brotli, however the refusal is written.
    for (const refusing of ['br;q=0, *', 'gzip;q=0, br;q=0, *']) {
      const large = await rawRequest('/_astro/large.abc123.js', { 'accept-encoding': refusing });
      expect(large.headers['content-encoding'], refusing).not.toBe('br');
    }
    // A cache told "not modified" still learns that the answer depends on the encoding.
    const again = await rawRequest('/_astro/site.abc123.js', {
      'accept-encoding': 'br',
      'if-none-match': String(brotli.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('lets browsers keep files named by their content, and check the rest', async () => {
    expect((await get('/_astro/site.abc123.js')).headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe(REVALIDATE);
    expect((await get('/')).headers.get('cache-control')).toBe(REVALIDATE);
  });

  it("sends Pagefind's gzipped index files as gzip for the browser to unzip", async () => {
    const response = await get('/pagefind/index/en_1.pf_index');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch unzips it, as a browser does: Pagefind then finds its data already unzipped.
    await expect(response.text()).resolves.toBe(CHUNK);
    // A client that refuses gzip gets the file as stored, for Pagefind to unzip itself.
    for (const refusing of ['gzip;q=0, identity', 'gzip; q=0, *', 'br']) {
      const refused = await rawRequest('/pagefind/index/en_1.pf_index', {
        'accept-encoding': refusing,
      });
      expect(refused.headers['content-encoding'], refusing).toBeUndefined();
    }
    const star = await rawRequest('/pagefind/index/en_1.pf_index', { 'accept-encoding': '*' });
    expect(star.headers['content-encoding']).toBe('gzip');
  });

  it("sends the brotli copy of Pagefind's WebAssembly to a browser that accepts brotli", async () => {
    const brotli = await get('/pagefind/wasm.en.pagefind', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-type')).toBe('application/octet-stream');
    // Unzipped by fetch, as by a browser: Pagefind finds its data already unzipped.
    await expect(brotli.text()).resolves.toBe(CHUNK);
    // Without brotli, the gzipped file as gzip.
    // Without brotli named, the gzipped file as gzip ("*" allows brotli, but sirv sends a copy
    // only for "br" written out).
    for (const without of ['gzip, br;q=0', '*', 'gzip, *']) {
      const gzip = await get('/pagefind/wasm.en.pagefind', {
        headers: { 'accept-encoding': without },
      });
      expect(gzip.headers.get('content-encoding'), without).toBe('gzip');
      await expect(gzip.text(), without).resolves.toBe(CHUNK);
    }
  });

  it('says how long to keep a file on a "not modified" answer too', async () => {
    const first = await get('/_astro/site.abc123.js');
    const again = await rawRequest('/_astro/site.abc123.js', {
      'if-none-match': first.headers.get('etag')!,
    });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('puts the query back in both search boxes, as text, so it shows without JavaScript', async () => {
    const query = `fit note "><script>alert(1)</script> $\` $&`;
    const html = await (await get(`/search/?q=${encodeURIComponent(query)}`)).text();
    const escaped = 'fit note &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; $` $&amp;';
    expect(html).toBe(
      `<input class="nhsuk-input" id="search-field" name="q" value="${escaped}"><input class="nhsuk-input" id="search-query" name="q" value="${escaped}">`,
    );
    expect(await (await get('/search/')).text()).not.toContain('value="');
  });

  it("answers an address it does not have with the site's 404 page", async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.toBe('<h1>Page not found</h1>');
  });

  it('serves nothing outside the site, nor the host settings file', async () => {
    // Sent as written: fetch would tidy the dots away before they reached the server.
    for (const address of [
      '/../outside-the-site.txt',
      '/%2e%2e/outside-the-site.txt',
      '/_headers',
      '/_headers/',
      '/%5Fheaders',
    ])
      await expect(rawStatus(address), address).resolves.toBe(404);
  });

  it('answers an address it cannot read with 400, and keeps serving', async () => {
    await expect(rawStatus('http://x:99999/')).resolves.toBe(400);
    await expect(rawStatus('not-an-address')).resolves.toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('reads an absolute address as its path, as HTTP allows', async () => {
    const response = await rawRequest('http://127.0.0.1/search/?q=fit+note');
    expect(response.status).toBe(200);
    expect(response.body).toContain('value="fit note"');
    await expect(rawStatus('//elsewhere.example/')).resolves.toBe(404);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    for (const [address, status] of [
      ['/', 200],
      ['/search/?q=fit+note', 200],
      ['/no-such-page/', 404],
    ] as const) {
      const response = await rawRequest(address, {}, 'HEAD');
      expect(response.status, address).toBe(status);
    }
  });
});

/** A request sent exactly as written (no tidying of the path, no unzipping). */
function rawRequest(
  address: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number | undefined; headers: IncomingHttpHeaders; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: address, headers, method }, (response) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function rawStatus(address: string): Promise<number | undefined> {
  return (await rawRequest(address)).status;
}
