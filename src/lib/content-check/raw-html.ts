import type { Html, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { htmlFindings } from './html-allow-list.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Raw HTML in a Markdown file, judged as the browser will see it. Markdown splits HTML into pieces
 * (`<sup>`, text, `</sup>`), so the pieces under one parent are put back together, with the
 * Markdown between them standing in as a space, and parsed as one fragment: an element opened in
 * one piece and never closed in a later one is found, and the line reported is the piece's own.
 */
export function rawHtmlProblems(file: string, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, (node) => {
    if (!('children' in node) || !node.children.some((child) => child.type === 'html')) return;
    const pieces: { start: number; node: Html }[] = [];
    let text = '';
    for (const child of node.children as RootContent[]) {
      if (child.type === 'html') {
        pieces.push({ start: text.length, node: child });
        text += child.value;
      } else {
        text += ' ';
      }
    }
    for (const { offset, ...finding } of htmlFindings(text)) {
      const piece = pieces.findLast((p) => p.start <= offset) ?? pieces[0]!;
      const before = piece.node.value.slice(0, offset - piece.start);
      const line = (piece.node.position?.start.line ?? 1) + before.split('\n').length - 1;
      problems.push({ file, line, ...finding });
    }
  });
  return problems;
}
