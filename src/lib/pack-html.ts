/**
 * Turns pages rendered on their own into parts of one pack. A document's headings move down
 * under the pack's headings (so the outline of the page and of its PDF stays valid), its ids are
 * prefixed so two documents' "What this means" stay distinct, and each link is pointed where a
 * reader of the pack needs it: inside the pack when the page it names is in the pack, otherwise
 * to the page on the site, with its full address for print.
 */
import { load } from 'cheerio';

/** Attributes that hold the id of another element, which must follow the ids it names. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

/**
 * One document's rendered body as part of a pack: headings `shift` levels down (h2 → h4 for 2;
 * never past h6), every id prefixed with `prefix` and links within the document following them.
 */
export function nestDocument(
  html: string,
  { prefix, shift }: { prefix: string; shift: number },
): string {
  const $ = load(html, null, false);
  $('h1, h2, h3, h4, h5, h6').each((_, el) => {
    el.tagName = `h${Math.min(6, Number(el.tagName[1]) + shift)}`;
  });
  const ids = new Set<string>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id')!;
    ids.add(id);
    $(el).attr('id', `${prefix}-${id}`);
  });
  for (const attribute of ID_REFERENCES) {
    $(`[${attribute}]`).each((_, el) => {
      const value = $(el)
        .attr(attribute)!
        .split(/\s+/)
        .map((id) => (ids.has(id) ? `${prefix}-${id}` : id));
      $(el).attr(attribute, value.join(' '));
    });
  }
  $('a[href^="#"]').each((_, el) => {
    const target = decodeURIComponent($(el).attr('href')!.slice(1));
    if (ids.has(target)) $(el).attr('href', `#${prefix}-${target}`);
  });
  return $.html();
}

/** Options for {@link linkPack}. */
export interface PackLinks {
  /** Site path of each page the pack holds (e.g. `/guidance/practices/fit-notes/`) → its section's id. */
  anchors: ReadonlyMap<string, string>;
  /** The site's public address, e.g. https://care-interface-hub.example */
  siteUrl: string;
}

/**
 * Points every site link of a pack where its reader needs it. A link to a page the pack holds
 * becomes a link to that part of the pack (`/guidance/x/#step-2` → `#guidance-x-step-2`, as
 * {@link nestDocument} prefixed it). Any other link to the site keeps its path, so it works on the
 * site and offline, and gains `data-app-address`, its full address: print shows it after the link
 * and the PDF links to it.
 */
export function linkPack(html: string, { anchors, siteUrl }: PackLinks): string {
  const $ = load(html, null, false);
  $('a[href^="/"]').each((_, el) => {
    const href = $(el).attr('href')!;
    if (href.startsWith('//')) return;
    const url = new URL(href, siteUrl);
    const anchor = anchors.get(url.pathname);
    if (anchor) {
      const fragment = decodeURIComponent(url.hash.slice(1));
      $(el).attr('href', `#${fragment ? `${anchor}-${fragment}` : anchor}`);
    } else {
      $(el).attr('data-app-address', url.href);
    }
  });
  return $.html();
}
