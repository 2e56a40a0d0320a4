/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for a few pages, run against
 * Debian's Chromium with the same flags as the browser tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export const LIGHTHOUSE_CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>;

/** Scores out of 100 for each page URL, in one Chromium. */
export async function lighthouseScores(
  urls: Record<string, string>,
): Promise<Record<string, LighthouseScores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const scores: Record<string, LighthouseScores> = {};
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const categories = result.lhr.categories;
      scores[name] = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((c) => [
          c,
          categories[c]?.score == null ? null : Math.round(categories[c]!.score! * 100),
        ]),
      ) as LighthouseScores;
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
