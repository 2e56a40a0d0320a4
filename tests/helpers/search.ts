import type { Locator, Page, Request } from 'playwright-core';
import { POLL_OFTEN, siteUrl } from './browser.ts';

/** Site paths the links lead to, in order (without the highlight parameter). */
function linkPaths(links: Locator): Promise<string[]> {
  return links.evaluateAll((found) =>
    found.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Site paths of the results the search page shows, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return linkPaths(page.locator('#search-results li h2 a'));
}

/**
 * Waits until the search page announces its results for the query: once the first page of them is
 * in, with the query as it searched it, trimmed.
 */
export async function resultsShownFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => document.querySelector('#search-status')?.textContent?.includes(`for ‘${q.trim()}’`),
    query,
    POLL_OFTEN,
  );
}

/** Types the query into the search page's box and waits until the results for it are shown. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  if (!page.url().includes('/search/')) await page.goto(siteUrl('/search/'));
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await resultsShownFor(page, query);
  return resultPaths(page);
}

/** How long the search page may take to show the results of one query of a list. */
const QUERY_TIMEOUT_MS = 30_000;

/**
 * The site paths of the first three results the search page shows for each query (fewer when it
 * finds fewer), in order, as soon as they are on screen, one query after another, each in a task of
 * its own. Each is put in the box as typing leaves it (the value, then an input event) and sent as
 * Enter sends it (the form's submission, `requestSubmit`), from inside the page in one call: a long
 * list does not wait on four calls to the browser a question, as `searchOnPage`'s typing and
 * pressing Enter do (two thirds of the time: 97 ms a question against 38 ms on an idle 2-core
 * machine, the same results for 300 questions). A query whose results do not show within
 * `timeout` (30 s) fails the whole list, naming the query, what the page says and the downloads
 * still open then: a request the server never answered, or none when the page itself held the
 * search (its own work, or a long task that kept it from taking in a download already arrived).
 *
 * The queries are not written into the page's address meanwhile (`history.replaceState` does
 * nothing until the list ends), so afterwards the address is not the last query's: a test that
 * reads it searches again first. Chromium downloads and draws the page's icon again at each
 * change of address: it fetched the icon for 190 of 200 questions, and that work, nothing to do
 * with the search, took about a third of each question's time (34.5 against 23.5 ms a question
 * with the icon link taken out, over 400 questions twice each on a 2-core machine).
 */
export async function searchEachOnPage(
  page: Page,
  queries: string[],
  timeout = QUERY_TIMEOUT_MS,
): Promise<string[][]> {
  if (!page.url().includes('/search/')) await page.goto(siteUrl('/search/'));
  const open = new Set<string>();
  const opened = (request: Request) => open.add(request.url());
  const closed = (request: Request) => open.delete(request.url());
  page.on('request', opened);
  page.on('requestfinished', closed);
  page.on('requestfailed', closed);
  try {
    return await askEach(page, queries, timeout);
  } catch (error) {
    const still = [...open].map((url) => new URL(url).pathname);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)} Downloads still open: ${still.join(', ') || 'none'}.`,
      { cause: error },
    );
  } finally {
    page.off('request', opened);
    page.off('requestfinished', closed);
    page.off('requestfailed', closed);
  }
}

function askEach(page: Page, queries: string[], timeout: number): Promise<string[][]> {
  return page.evaluate(
    async ({ queries, timeout }) => {
      const input = document.querySelector<HTMLInputElement>('#search-query')!;
      const status = document.querySelector<HTMLElement>('#search-status')!;
      const list = document.querySelector<HTMLElement>('#search-results')!;
      const found: string[][] = [];
      // One channel for the whole list, closed at its end: a message posted to it is a task.
      const nextTask = new MessageChannel();
      history.replaceState = () => undefined;
      try {
        for (const query of queries) {
          // The page announces the query as it searched it, trimmed, once its first page of results
          // is in; the first few are on screen, in their final order, as soon as the list is busy
          // with the rest, which this query's successor then replaces. Decided by what changed since
          // the query was sent, never a status left from an earlier search of the same words.
          const shown = (records: MutationRecord[]) =>
            records.some((record) =>
              record.target === list
                ? list.getAttribute('aria-busy') === 'true'
                : (status.textContent?.includes(`for ‘${query.trim()}’`) ?? false),
            );
          const answered = new Promise<void>((resolve, reject) => {
            const observer = new MutationObserver((records) => {
              if (!shown(records)) return;
              observer.disconnect();
              clearTimeout(timer);
              resolve();
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              reject(
                new Error(
                  `The search page showed no results for ‘${query}’ within ${timeout} ms; it says: ${status.textContent ?? ''}`,
                ),
              );
            }, timeout);
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
          });
          // As typing does: the value, then an input event; then Enter's submission.
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.form!.requestSubmit();
          await answered;
          found.push(
            [...document.querySelectorAll<HTMLAnchorElement>('#search-results li h2 a')].map(
              (a) => new URL(a.href).pathname,
            ),
          );
          // The next question in a task of its own, as a reader's next keystroke is. Once what the
          // questions need is loaded, a search answers on promises alone, so one question after
          // another ran in a single task (up to 13 s measured under load), in which the page took
          // in nothing else, downloads included. With this, no task over half a second.
          await new Promise<void>((resolve) => {
            nextTask.port1.onmessage = () => resolve();
            nextTask.port2.postMessage(undefined);
          });
        }
      } finally {
        // Back to History's own.
        Reflect.deleteProperty(history, 'replaceState');
        nextTask.port1.close();
        nextTask.port2.close();
      }
      return found;
    },
    { queries, timeout },
  );
}

/** The result count the live region announces, e.g. 12 for "12 results for ‘fit note’". */
export async function announcedCount(page: Page): Promise<number> {
  const text = (await page.locator('#search-status').textContent()) ?? '';
  const match = /^(\d+) results?/.exec(text);
  if (!match) throw new Error(`No result count in "${text}"`);
  return Number(match[1]);
}

/**
 * Types the query into the header box of the page (any page but /search/) and returns the site paths
 * of the suggestions shown for it, in order.
 */
export async function headerSuggestions(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-field', query);
  await page.waitForFunction(
    (q) => document.querySelector('#header-search-status')?.textContent?.includes(`‘${q}’`),
    query,
    POLL_OFTEN,
  );
  return linkPaths(page.locator('#header-search-results li a'));
}
