import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { LINK_SCHEMES, addressProblem, type AddressFinding } from './urls.ts';

/**
 * The HTML content may contain, as an allow-list: GitHub's sanitising schema (the one GitHub
 * applies to the Markdown authors preview in a pull request, shipped as hast-util-sanitize's
 * `defaultSchema`), narrowed for this site. Anything the schema would change is refused, with the
 * element or attribute named, so what an author previews is what readers get.
 */

/** Form controls (content collects nothing) and pictures with sources that could be on other hosts. */
const REMOVED_ELEMENTS = new Set(['input', 'picture', 'source']);

/**
 * Form attributes; `id` and `name`, which GitHub rewrites and which could clash with the page's own
 * (DOM clobbering); access keys and tab order, which are the page's to set; `longDesc`, a second address.
 */
const REMOVED_ATTRIBUTES = new Set([
  'accept',
  'acceptCharset',
  'action',
  'encType',
  'method',
  'id',
  'name',
  'ariaDescribedBy',
  'ariaLabelledBy',
  'accessKey',
  'tabIndex',
  'longDesc',
]);

type AttributeRule = NonNullable<Schema['attributes']>[string][number];
const ruleName = (rule: AttributeRule) => (typeof rule === 'string' ? rule : rule[0]);

/** The schema content is held to; see the comments above for how it differs from GitHub's. */
export const CONTENT_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: defaultSchema.tagNames!.filter((tag) => !REMOVED_ELEMENTS.has(tag)),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes!)
      .filter(([tag]) => !REMOVED_ELEMENTS.has(tag))
      .map(([tag, rules]) => [
        tag,
        rules.filter((rule) => !REMOVED_ATTRIBUTES.has(ruleName(rule))),
      ]),
  ),
  clobber: [],
  // Images only from this site: no scheme at all (our own check also refuses `//host`).
  protocols: { href: [...LINK_SCHEMES], cite: ['http', 'https'], src: [] },
  required: {},
  allowComments: true,
};

/** The elements content may use, for messages. */
export const ALLOWED_ELEMENTS = [...CONTENT_HTML_SCHEMA.tagNames!].sort();

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const URL_ATTRIBUTES: Record<string, 'link' | 'image'> = {
  href: 'link',
  cite: 'link',
  src: 'image',
};

/** One thing wrong in a piece of HTML, at an offset in the text that was checked. */
export interface HtmlFinding extends AddressFinding {
  offset: number;
}

const MARKDOWN_FIX =
  'Write this part in Markdown, or use only the HTML listed in CONTRIBUTING.md ("HTML in content").';

/**
 * Everything in `source` (raw HTML, as the browser will parse it) that the schema does not allow:
 * unknown elements and attributes, addresses with a scheme that is not allowed, elements left open
 * (an open `<textarea>` or comment swallows the rest of the page) and HTML the parser had to repair.
 */
export function htmlFindings(source: string): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const tree = fromHtml(source, {
    fragment: true,
    verbose: true,
    onerror: (message) => {
      const at = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0;
      if (message.ruleId === 'eof-in-comment') {
        const offset = Math.max(0, source.lastIndexOf('<!--', at));
        findings.push({
          offset,
          field: 'HTML',
          problem: 'has a comment that is never closed',
          found: snippet(source, offset, offset + 40),
          expected: '--> at the end of the comment',
          fix: 'Add --> where the comment ends: an open comment hides the rest of the page.',
        });
        return;
      }
      findings.push({
        offset: at,
        field: 'HTML',
        problem: 'is not well-formed',
        found: message.reason,
        expected: 'every element closed with its end tag, and quotes around attribute values',
        fix: 'Correct the HTML on this line, or write this part in Markdown.',
      });
    },
  });
  const elements: HtmlFinding[] = [];
  visit(tree, 'element', (node) => {
    elements.push(...elementFindings(node, source));
  });
  // A refused or unclosed element usually also upsets the parser: report the element, once.
  if (elements.length > 0) return elements;
  if (findings.length === 0 && toHtml(sanitize(tree, CONTENT_HTML_SCHEMA)) !== toHtml(tree)) {
    findings.push({
      offset: 0,
      field: 'HTML',
      problem: 'uses HTML in a way content may not',
      found: snippet(source, 0, source.length),
      expected: 'the HTML elements and attributes listed in CONTRIBUTING.md ("HTML in content")',
      fix: MARKDOWN_FIX,
    });
  }
  return findings;
}

function elementFindings(node: Element, source: string): HtmlFinding[] {
  const opening = (node.data as { position?: { opening?: Element['position'] } } | undefined)
    ?.position?.opening;
  // Elements the parser added on its own (e.g. <tbody>) have no start tag of their own.
  if (!opening && !node.position) return [];
  const offset = opening?.start.offset ?? node.position?.start.offset ?? 0;
  const found = opening
    ? snippet(source, offset, opening.end.offset ?? offset)
    : `<${node.tagName}>`;
  const tag = node.tagName;
  if (!CONTENT_HTML_SCHEMA.tagNames!.includes(tag)) {
    return [
      {
        offset,
        field: 'HTML',
        problem: `<${tag}> is not allowed in content`,
        found,
        expected: `Markdown, or these HTML elements: ${ALLOWED_ELEMENTS.join(', ')}`,
        fix: `Remove the <${tag}> element. ${MARKDOWN_FIX}`,
      },
    ];
  }
  const findings = propertyFindings(tag, node.properties).map((finding) => ({
    offset,
    found,
    ...finding,
  }));
  const closing = (node.data as { position?: { closing?: unknown } } | undefined)?.position
    ?.closing;
  if (opening && !closing && !VOID_ELEMENTS.has(tag)) {
    findings.push({
      offset,
      field: 'HTML',
      problem: `<${tag}> is never closed`,
      found,
      expected: `</${tag}> after its content`,
      fix: `Add </${tag}> where the element ends: an open element takes in the rest of the page.`,
    });
  }
  return findings;
}

/**
 * Attributes of an element (as hast properties) that content may not use, or whose value is not
 * allowed. Shared with the MDX check, which sees plain HTML elements as JSX.
 */
export function propertyFindings(tag: string, properties: Properties): AddressFinding[] {
  const rules = [
    ...(CONTENT_HTML_SCHEMA.attributes![tag] ?? []),
    ...(CONTENT_HTML_SCHEMA.attributes!['*'] ?? []),
  ];
  const findings: AddressFinding[] = [];
  for (const [property, value] of Object.entries(properties)) {
    const attribute = find(html, property).attribute;
    const rule = rules.find((r) => ruleName(r) === property);
    if (/^on/i.test(attribute)) {
      findings.push({
        field: `<${tag}>`,
        problem: `has an event handler (${attribute}), which runs code`,
        expected: 'no on… attributes',
        fix: `Remove the ${attribute} attribute.`,
      });
    } else if (!rule) {
      const allowed = rules.map((r) => find(html, ruleName(r)).attribute).sort();
      findings.push({
        field: `<${tag}>`,
        problem: `has an attribute content may not use (${attribute})`,
        expected: `on <${tag}>, only: ${allowed.join(', ')}`,
        fix: `Remove the ${attribute} attribute.`,
      });
    } else if (
      typeof rule !== 'string' &&
      !valuesAllowed(rule.slice(1) as (string | number | boolean | RegExp | null)[], value)
    ) {
      findings.push({
        field: `<${tag}>`,
        problem: `has a value of ${attribute} that content may not use`,
        expected: `${attribute}= ${rule.slice(1).map(String).join(' or ')}`,
        fix: `Remove the ${attribute} attribute.`,
      });
    } else if (URL_ATTRIBUTES[property] && typeof value === 'string') {
      const problem = addressProblem(value, URL_ATTRIBUTES[property], `<${tag}> ${attribute}`);
      if (problem) findings.push(problem);
    }
  }
  return findings;
}

function valuesAllowed(
  allowed: readonly (string | number | boolean | RegExp | null)[],
  value: Properties[string],
): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) =>
    allowed.some((a) => (a instanceof RegExp ? typeof v === 'string' && a.test(v) : a === v)),
  );
}

function snippet(source: string, start: number, end: number): string {
  const text = source.slice(start, end).replace(/\s+/g, ' ').trim();
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}
