import { AxeBuilder } from '@axe-core/playwright';
import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** Every rule axe has for WCAG 2.2 AA: levels A and AA of 2.0, 2.1 and 2.2. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What `AxeBuilder` puts in each frame before it runs: nothing, as `runAxe` has put axe-core there
 * already. The builder, given no source, sends axe-core's source (about 1.5 MB) itself, twice a
 * check in legacy mode (once to the page, to ask whether it can run in parts, and once to each
 * frame).
 */
const ALREADY_IN_THE_PAGE = 'void 0';

/**
 * Runs axe's WCAG 2.2 AA rules on the page as it is now, in axe's "legacy mode": `axe.run` in the
 * page (and its frames from the same site), instead of a partial run in each frame finished in a
 * new blank tab opened for each check. The same rules and results in about half the time (103
 * pages in 100 s rather than 183 s, one tab, 2-core machine). What it gives up is checking frames
 * from other sites, which the site's CSP (`default-src 'self'`) does not let a page load.
 *
 * axe-core goes into each frame once, however many checks follow on the same page: a quarter less
 * time than the builder sending it (37 against 29 s for the first 40 built pages, one tab, 2-core
 * machine).
 */
export async function runAxe(page: Page): Promise<AxeResults> {
  for (const frame of page.frames()) {
    // Not `'axe' in window`: an element with the id "axe" is in window too.
    const loaded = await frame.evaluate(
      () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
    );
    if (!loaded) await frame.evaluate(axe.source);
  }
  return (
    new AxeBuilder({ page, axeSource: ALREADY_IN_THE_PAGE })
      .setLegacyMode()
      // Every element that fails, but one of those that pass or need review per rule (axe's own
      // advice for speed: it skips working out a selector for each): every rule still reports
      // whether it ran. About 35% less time a page, 40% on the packs' long pages (2-core machine).
      // Before `withTags`: `options` replaces every option, the tags' `runOnly` with them.
      .options({ resultTypes: ['violations'] })
      .withTags(WCAG_22_AA)
      .analyze()
  );
}
