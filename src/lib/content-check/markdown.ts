import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type ParsedMarkdown =
  | { tree: Root; error?: undefined }
  | { tree?: undefined; error: { reason: string; line?: number } };

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();
const mdx = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkMdx)
  .freeze();

/**
 * Parses a whole content file (frontmatter included, so positions are file lines) as GitHub shows
 * it to authors: GFM for `.md`, GFM + MDX for `.mdx`. An MDX syntax error comes back as a value.
 */
export function parseMarkdown(source: string, { isMdx }: { isMdx: boolean }): ParsedMarkdown {
  try {
    return { tree: (isMdx ? mdx : markdown).parse(source) };
  } catch (error) {
    const message = error as {
      reason?: string;
      message?: string;
      line?: number;
      place?: { line?: number; start?: { line?: number } };
    };
    const text = message.reason ?? message.message ?? String(error);
    // Some MDX errors carry their position only in the text, e.g. "Expected a closing tag for `<X>` (21:1-21:12)".
    const position = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
    const line =
      message.line ??
      message.place?.start?.line ??
      message.place?.line ??
      (position ? Number(position[1]) : undefined);
    return { error: { reason: position ? text.slice(0, position.index) : text, line } };
  }
}
