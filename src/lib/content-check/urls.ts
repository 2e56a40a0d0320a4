import { describeValue, type ContentProblem } from './problem.ts';

/**
 * The one rule for addresses in content, wherever they are written (Markdown links and images,
 * raw HTML, MDX attributes). The address is judged as a browser would read it: entities already
 * decoded by the parser, and with the spaces, tabs, line breaks and control characters removed that
 * browsers ignore, so `java&#x09;script:` or ` javascript:` cannot hide a scheme.
 */

/** Schemes a link may use; everything else (javascript:, data:, vbscript:, file: …) is refused. */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** What browsers skip in an address: whitespace, C0/C1 controls and invisible format characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED = /[\u0000-\u0020\u007F-\u00A0\u00AD\u200B-\u200F\u2028-\u202E\u2060\uFEFF]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;
/** `//host`, `\\host` and `/\host` all reach another host. */
const OTHER_HOST = /^[\\/][\\/]/;
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

export type AddressUse = 'link' | 'image';

export type AddressFinding = Omit<ContentProblem, 'file' | 'line'>;

const LINK_EXPECTED =
  'a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, ' +
  'or #part-of-this-page';

/** The address with everything a browser would skip taken out, in lower case. */
export function normalisedAddress(url: string): string {
  return url.replace(IGNORED, '').toLowerCase();
}

/**
 * Why an address may not be used, or undefined when it may: links go to https, http, mailto, tel,
 * a site path or a fragment; images come only from this site (a file beside the document or a
 * site path), because another host's image would break under the site's CSP and tracks readers.
 */
export function addressProblem(
  url: string,
  use: AddressUse,
  field: string = use,
): AddressFinding | undefined {
  const bare = normalisedAddress(url);
  const scheme = SCHEME.exec(bare)?.[1];
  const found = describeValue(url);
  if (scheme && CODE_SCHEMES.has(scheme)) {
    return {
      field,
      problem: `runs code instead of opening ${use === 'image' ? 'an image' : 'a page'} (${scheme}:)`,
      found,
      expected: use === 'image' ? IMAGE_EXPECTED : LINK_EXPECTED,
      fix: 'Replace the address with the page or file you want to show.',
    };
  }
  if (use === 'image' && (scheme || OTHER_HOST.test(bare))) {
    return {
      field,
      problem: 'shows an image from another website',
      found,
      expected: IMAGE_EXPECTED,
      fix: 'Upload the image (if its licence allows) beside this document and use its file name.',
    };
  }
  if (scheme && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return {
      field,
      problem: `uses an address type that is not allowed (${scheme}:)`,
      found,
      expected: LINK_EXPECTED,
      fix: 'Replace the address with the page you want to link to.',
    };
  }
  if (OTHER_HOST.test(bare)) {
    return {
      field,
      problem: 'starts with // and no https:',
      found,
      expected: LINK_EXPECTED,
      fix: 'Write the address out in full, starting with https://.',
    };
  }
  return undefined;
}

const IMAGE_EXPECTED =
  'an image file beside this document, e.g. chart.png, or a site path starting with /';
