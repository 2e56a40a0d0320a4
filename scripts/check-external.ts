/**
 * `npm run check:external`: checks that every link from the built site to another website still
 * answers. It reports and exits 0 whatever it finds (other websites go down, and CI has no internet);
 * `--strict` makes a broken link exit 1, for a scheduled job that has a network.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { readOptions, usageError, wholeNumber } from './lib/command-line.ts';
import { siteConfig } from '../src/site-config.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run check:external [-- options]

Checks every link from the built site (dist/) to another website and prints the ones that fail,
with the pages that link to them. Build first with \`npm run build\`.

Options:
  --timeout <seconds>  how long to wait for each website, in whole seconds (default 15)
  --strict             exit 1 if any link is broken (default: report only, exit 0)
  --help               show this help`;

const root = REPOSITORY_ROOT;
const distDir = path.join(root, 'dist');

/** Where linkinator serves dist/ while it crawls. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
/** The site's public address (canonical links, sitemap): the same pages, checked by `npm test`. */
const PUBLIC_HOST = new URL(siteConfig.siteUrl).hostname;

/** Mail and phone links cannot be checked; links to our own public address are our own pages. */
async function isUncheckable(link: string): Promise<boolean> {
  const url = new URL(link);
  return !/^https?:$/.test(url.protocol) || url.hostname === PUBLIC_HOST;
}

/** A link to another website (linkinator reports the pages it starts from as bare paths). */
function isExternal(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const url = new URL(link);
  return (
    /^https?:$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname) && url.hostname !== PUBLIC_HOST
  );
}

async function main(): Promise<number> {
  const { values } = readOptions(
    {
      options: {
        timeout: { type: 'string', default: '15' },
        strict: { type: 'boolean', default: false },
      },
    },
    HELP,
  );
  const timeout =
    wholeNumber(values.timeout, 1) ??
    usageError(
      `--timeout must be a number of seconds, 1 or more; found "${values.timeout}".`,
      HELP,
    );
  if (!existsSync(distDir)) {
    console.error('No built site in dist/. Run `npm run build` first.');
    return 1;
  }
  const pages = (await readdir(distDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  );
  const checker = new LinkChecker();
  const result = await checker.check({
    path: pages,
    serverRoot: distDir,
    recurse: true,
    timeout: timeout * 1000,
    concurrency: 10,
    retry: true,
    linksToSkip: isUncheckable,
  });
  const external = result.links.filter(
    (link) => isExternal(link.url) && link.state !== LinkState.SKIPPED,
  );
  const broken = new Map<string, { status: string; pages: Set<string> }>();
  for (const link of external.filter((l) => l.state === LinkState.BROKEN)) {
    const entry = broken.get(link.url) ?? {
      status: link.status ? String(link.status) : 'no answer',
      pages: new Set(),
    };
    if (link.parent) entry.pages.add(new URL(link.parent, 'http://localhost/').pathname);
    broken.set(link.url, entry);
  }
  const checked = new Set(external.map((link) => link.url)).size;
  for (const [url, { status, pages: from }] of broken) {
    console.log(`✗ ${url} (${status}), linked from ${[...from].join(', ')}`);
  }
  console.log(`${checked - broken.size} of ${checked} links to other websites answered.`);
  if (broken.size > 0 && !values.strict) {
    console.log(
      'Report only: a website that is down, or a machine without internet, does not fail the build.',
    );
  }
  return broken.size > 0 && values.strict ? 1 : 0;
}

process.exitCode = await main();
