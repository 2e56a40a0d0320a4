/**
 * The one place that drives the docx library: turns a toolkit's Markdown source (a letter, terms of
 * reference, a briefing) into a Word document a local team edits. Markdown is parsed with remark, so
 * authors write what GitHub previews; only what a letter needs is supported, and anything else stops
 * the build with the file and line rather than vanishing from the document.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  PageBreak,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { List, Node, Parent, PhrasingContent, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ToolkitSourceError } from './sources.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
/** A list item written `[ ] answer` becomes a tick box, for surveys people fill in on paper. */
const TICK_BOX = /^\[ \]\s+/;

interface Context {
  file: string;
}

/** The Word document for one Markdown source. */
export async function markdownToDocx(
  markdown: string,
  file: string,
  title: string,
): Promise<Uint8Array> {
  const tree = unified().use(remarkParse).parse(markdown);
  const context: Context = { file };
  const document = new Document({
    creator: 'Care Interface Hub',
    title,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children: tree.children.flatMap((node) => blockParagraphs(node, context, 0)) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function blockParagraphs(node: RootContent, context: Context, depth: number): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(node.depth, 3) - 1],
          children: inlineRuns(node.children, context),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({ children: inlineRuns(node.children, context), spacing: { after: 160 } }),
      ];
    case 'list':
      return listParagraphs(node, context, depth);
    case 'thematicBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return unsupported(node, context);
  }
}

/**
 * Bullet lists use Word's bullets; numbered lists are written with their numbers as text, so a
 * survey's questions keep their numbers (2, 3...) across headings, as the author wrote them.
 */
function listParagraphs(list: List, context: Context, depth: number): Paragraph[] {
  const indent = 720 * (depth + 1);
  return list.children.flatMap((item, position) =>
    item.children.flatMap((child, index) => {
      if (child.type === 'list') return listParagraphs(child, context, depth + 1);
      if (child.type !== 'paragraph') return unsupported(child, context);
      if (index > 0)
        return [
          new Paragraph({
            indent: { left: indent },
            spacing: { after: 120 },
            children: inlineRuns(child.children, context),
          }),
        ];
      const first = child.children[0];
      if (first?.type === 'text' && TICK_BOX.test(first.value)) {
        const rest = [
          { ...first, value: first.value.replace(TICK_BOX, '') },
          ...child.children.slice(1),
        ];
        return [
          new Paragraph({
            indent: { left: indent },
            children: [new TextRun('☐  '), ...inlineRuns(rest, context)],
          }),
        ];
      }
      if (!list.ordered)
        return [
          new Paragraph({
            bullet: { level: depth },
            children: inlineRuns(child.children, context),
          }),
        ];
      const number = new TextRun(`${(list.start ?? 1) + position}.\t`);
      return [
        new Paragraph({
          indent: { left: indent, hanging: 360 },
          spacing: { before: 120 },
          children: [number, ...inlineRuns(child.children, context)],
        }),
      ];
    }),
  );
}

function inlineRuns(
  nodes: PhrasingContent[],
  context: Context,
  style: { bold?: boolean; italics?: boolean } = {},
): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value.replace(/\n/g, ' '), ...style })];
      case 'strong':
        return inlineRuns(node.children, context, { ...style, bold: true });
      case 'emphasis':
        return inlineRuns(node.children, context, { ...style, italics: true });
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'link':
        return [
          new ExternalHyperlink({
            link: node.url,
            children: [new TextRun({ text: textOf(node), style: 'Hyperlink', ...style })],
          }),
        ];
      default:
        return unsupported(node, context);
    }
  });
}

/** The plain text of a Markdown node and everything in it. */
export function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node as Parent).children.map(textOf).join('') : '';
}

function unsupported(node: Node, context: Context): never {
  throw new ToolkitSourceError(
    `${context.file}:${node.position?.start.line ?? '?'}: ${node.type} is not supported in a document made into .docx. ` +
      'Use headings, paragraphs, bullet or numbered lists ("[ ] " starts a tick box), bold, italics, links and --- for a page break.',
  );
}
