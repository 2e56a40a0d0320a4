/**
 * "In brief" comes first. Authors open a document with an `## In brief` section; the layout shows
 * it straight after the lede and puts the contents list after it, so the answer is on the first
 * screen instead of behind a list of links.
 */

/** The id Markdown gives an `## In brief` heading. */
export const IN_BRIEF_ID = 'in-brief';

/**
 * Splits a rendered body after its "In brief" section when that is the body's first h2: `brief`
 * is everything up to the next h2 (or the end), `rest` the remainder. A body that does not open
 * with "In brief" comes back whole as `rest`.
 */
export function splitAfterInBrief(html: string): { brief: string; rest: string } {
  const first = html.indexOf('<h2');
  if (first === -1 || !html.startsWith(`<h2 id="${IN_BRIEF_ID}"`, first))
    return { brief: '', rest: html };
  const next = html.indexOf('<h2', first + 3);
  return next === -1
    ? { brief: html, rest: '' }
    : { brief: html.slice(0, next), rest: html.slice(next) };
}
