import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { didYouMean } from './did-you-mean.ts';
import type { CheckedEntry } from './entry.ts';
import { describeValue, type ContentProblem } from './problem.ts';
import type { SitePaths } from './site-paths.ts';
import { addressProblem } from './urls.ts';

/** What links in content are checked against. */
export interface LinkTargets extends SitePaths {
  /** Files published beside a page, e.g. `/toolkits/gp-practice-toolkit/` → [`log.csv`]. */
  files: Map<string, string[]>;
  /** Pages whose `#anchors` are entry ids, e.g. `/glossary/` → the glossary ids. */
  anchors: Map<string, Set<string>>;
  /** The entry page each content file becomes, to suggest it when an author links to the file. */
  pageOfFile: Map<string, string>;
  /** Folder of files served as they are (`public/`). */
  publicDir?: string;
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const IMG_ALT_HTML = /<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/i;

/** Links to pages or files that will not exist, and images without alt text. */
export function checkLinks(
  entry: CheckedEntry,
  tree: Root,
  targets: LinkTargets,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pageUrl = `/${entry.collection}/${entry.id}/`;
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'image') {
      if (!node.alt?.trim())
        problems.push(missingAlt(entry.file, line, describeValue(`![](${node.url})`)));
      const problem = checkImageSource(entry, node.url);
      if (problem) problems.push({ file: entry.file, line, ...problem });
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = checkLinkTarget(entry, pageUrl, node.url, targets);
      if (problem) problems.push({ file: entry.file, line, ...problem });
    } else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'img' &&
      !hasAlt(node)
    ) {
      problems.push(missingAlt(entry.file, line, '<img> without an alt attribute'));
    } else if (node.type === 'html' && IMG_ALT_HTML.test(node.value)) {
      problems.push(missingAlt(entry.file, line, describeValue(IMG_ALT_HTML.exec(node.value)![0])));
    }
  });
  return problems;
}

type Finding = Omit<ContentProblem, 'file' | 'line'>;

function missingAlt(file: string, line: number | undefined, found: string): ContentProblem {
  return {
    file,
    line,
    field: 'image',
    problem: 'has no alt text',
    found,
    expected:
      'a short description of what the image shows, e.g. ![Flow chart of the discharge process](chart.png)',
    fix: 'Write what the image shows between the square brackets, for people who cannot see it.',
  };
}

function hasAlt(node: MdxJsxFlowElement | MdxJsxTextElement): boolean {
  return node.attributes.some(
    (a) =>
      a.type === 'mdxJsxAttribute' &&
      a.name === 'alt' &&
      typeof a.value === 'string' &&
      a.value.trim() !== '',
  );
}

function checkImageSource(entry: CheckedEntry, url: string): Finding | undefined {
  if (EXTERNAL.test(url) || url.startsWith('/') || addressProblem(url, 'image')) return undefined;
  const target = path.resolve(path.dirname(entry.absolutePath), decodeURI(url.split(/[?#]/)[0]!));
  if (existsSync(target)) return undefined;
  return {
    field: 'image',
    problem: 'shows a file that is not in the folder',
    found: describeValue(url),
    expected: `an image file beside this document, in ${path.dirname(entry.file)}/`,
    fix: 'Upload the image to the same folder as this document, or correct its file name.',
  };
}

/** Why a link target will not work, or undefined when it will. */
export function checkLinkTarget(
  entry: CheckedEntry,
  pageUrl: string,
  url: string,
  targets: LinkTargets,
): Finding | undefined {
  // An address that is not allowed at all is reported once, by the safety check.
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url) || addressProblem(url, 'link'))
    return undefined;
  const [pathPart = '', hash] = url.split('#', 2) as [string, string | undefined];
  const bare = pathPart.split('?')[0]!;
  if (/\.mdx?$/.test(bare)) {
    const page = targets.pageOfFile.get(
      path.resolve(path.dirname(entry.absolutePath), decodeURI(bare)),
    );
    return {
      field: 'link',
      problem: 'points at a content file, not at a page of the site',
      found: describeValue(url),
      expected: page
        ? `the page's web address: ${page}`
        : 'the web address of a page, starting with /',
      fix: page
        ? `Change the link to ${page}${hash ? `#${hash}` : ''}`
        : 'Link to the page as it appears on the website, e.g. /guidance/practices/fit-notes/.',
    };
  }
  const resolved = decodeURI(new URL(bare, `https://site${pageUrl}`).pathname);
  const page = resolved.endsWith('/') || path.posix.extname(resolved) ? resolved : `${resolved}/`;
  if (targets.pages.has(page)) return checkAnchor(page, hash, url, targets);
  const [dir, name] = [`${path.posix.dirname(resolved)}/`, path.posix.basename(resolved)];
  if (targets.files.get(dir)?.includes(name)) return undefined;
  if (targets.publicDir && existsSync(path.join(targets.publicDir, resolved))) return undefined;
  if (targets.drafts.has(page)) {
    return {
      field: 'link',
      problem: 'points at a draft, which is not published',
      found: describeValue(url),
      expected: 'a published page',
      fix: 'Remove the link, or wait until that document has status: current.',
    };
  }
  const suggestion = suggestPage(page, targets.pages);
  return {
    field: 'link',
    problem: 'points at a page that does not exist',
    found: describeValue(url),
    expected: `the address of a page of this site${suggestion ? `. Did you mean ${suggestion}?` : ''}`,
    fix: 'Open the page you mean on the website and copy the part of its address that starts with /.',
  };
}

const suggestions = new WeakMap<Set<string>, Map<string, string | undefined>>();

/** The nearest page to a broken path, remembered per path: big sites repeat the same broken link. */
function suggestPage(page: string, pages: Set<string>): string | undefined {
  let cache = suggestions.get(pages);
  if (!cache) suggestions.set(pages, (cache = new Map()));
  if (!cache.has(page)) cache.set(page, didYouMean(page, [...pages]));
  return cache.get(page);
}

function checkAnchor(
  page: string,
  hash: string | undefined,
  url: string,
  targets: LinkTargets,
): Finding | undefined {
  const ids = targets.anchors.get(page);
  if (!hash || !ids || ids.has(hash)) return undefined;
  const suggestion = didYouMean(hash, [...ids]);
  return {
    field: 'link',
    problem: `points at a part of ${page} that does not exist`,
    found: describeValue(url),
    expected: `${page}#id where id is one of ${[...ids].sort().join(', ')}${suggestion ? `. Did you mean #${suggestion}?` : ''}`,
    fix: `Use the file name (without .md) of the entry you mean, after the #.`,
  };
}
