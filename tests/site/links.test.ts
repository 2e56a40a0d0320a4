/**
 * Every link, fragment, stylesheet image and download inside the built site resolves. Links to other
 * websites are left to `npm run check:external`, which reports without failing (CI has no internet).
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';

/** True for a link that leaves the site: linkinator serves dist/ on localhost. */
async function isExternal(link: string): Promise<boolean> {
  const { hostname, protocol } = new URL(link);
  if (protocol === 'mailto:' || protocol === 'tel:') return true;
  return hostname !== 'localhost' && hostname !== '127.0.0.1';
}

describe('links inside the built site', async () => {
  const pages = await builtPages();
  const checker = new LinkChecker();
  const crawled = new Set<string>();
  checker.on('pagestart', (url) => crawled.add(new URL(url).pathname));
  const result = await checker.check({
    path: pages,
    serverRoot: distDir,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 50,
    linksToSkip: isExternal,
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);

  it('crawls every page of the site', () => {
    expect(crawled.size).toBeGreaterThanOrEqual(pages.length);
    expect(checked.length).toBeGreaterThan(pages.length);
  });

  it('has no broken internal link, fragment or download', () => {
    const broken = checked
      .filter((link) => link.state === LinkState.BROKEN)
      .map(
        (link: LinkResult) =>
          `${link.status ?? 'error'} ${link.url} (linked from ${link.parent ?? 'start'})`,
      );
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
  });
});
