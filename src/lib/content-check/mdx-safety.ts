import path from 'node:path';
import type { Program, Node as EsNode } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { COMPONENT_ATTRIBUTES } from '../../components/content/components.ts';
import { componentAttributeProblems } from './component-attributes.ts';
import { describeValue, type ContentProblem } from './problem.ts';

/**
 * MDX is code: an import or an expression runs at build time, and a script runs in readers'
 * browsers. Content may use only the content components below, with plain values; everything else
 * a pull request could use to run code is reported here. Plain Markdown files are checked for raw
 * HTML that would do the same.
 */

/** The components in `src/components/content/` that content may import, by name. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_ATTRIBUTES).sort();

/** How content imports a component: the alias set in tsconfig.json `paths`. */
export const COMPONENT_IMPORT_PREFIX = '@content-components/';

/** Where the components live, to accept a relative import that reaches them. */
const COMPONENTS_DIR = path.resolve(import.meta.dirname, '../../components/content');

/** Elements that load or run something, or restyle the page, and are never allowed in content. */
const BLOCKED_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form'];
const BLOCKED_HTML = new RegExp(`<\\s*(${BLOCKED_ELEMENTS.join('|')})\\b`, 'i');
const EVENT_HANDLER = /^on[a-z]+$/i;
const EVENT_HANDLER_HTML = /<[^>]*\son[a-z]+\s*=/i;
const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i;
const SCRIPT_URL_HTML = /(href|src|action)\s*=\s*["']?\s*(javascript|vbscript):/i;

const COMPONENTS_FIX = `Use one of the content components (${CONTENT_COMPONENTS.join(', ')}); src/components/content/README.md shows how. Ask a developer if you need something else.`;

/** Every unsafe construct in a parsed file. `absolutePath` resolves relative imports. */
export function checkMdxSafety(file: string, absolutePath: string, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const imported = new Set<string>();
  const report = (line: number | undefined, field: string, problem: string, found: string, expected: string, fix: string) =>
    problems.push({ file, line, field, problem, found, expected, fix });

  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of (node.data?.estree as Program | undefined)?.body ?? []) {
          const statementLine = statement.loc?.start.line ?? line;
          const source = node.value.split('\n')[(statementLine ?? 0) - (line ?? 0)] ?? node.value;
          if (statement.type !== 'ImportDeclaration') {
            report(statementLine, 'export', 'is not allowed in content', firstLine(source), 'no export statements: content is text, not code', 'Delete this statement. To show a value, write it as text.');
            continue;
          }
          const component = allowedComponent(String(statement.source.value), absolutePath);
          const single = statement.specifiers.length === 1 && statement.specifiers[0]!.type === 'ImportDefaultSpecifier';
          if (component && single && statement.specifiers[0]!.local.name === component) {
            imported.add(component);
          } else {
            report(statementLine, 'import', 'is not allowed in content', firstLine(source), `import Name from "${COMPONENT_IMPORT_PREFIX}Name.astro", where Name is one of ${CONTENT_COMPONENTS.join(', ')}`, COMPONENTS_FIX);
          }
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (BLOCKED_ELEMENTS.includes(name.toLowerCase())) {
          report(line, `<${name}>`, 'is not allowed in content', `a <${name}> element`, 'text, Markdown and the content components only', `Remove the <${name}> element. ${COMPONENTS_FIX}`);
        } else if (/^[A-Z]|\./.test(name) && !imported.has(name)) {
          const known = CONTENT_COMPONENTS.includes(name);
          report(line, `<${name}>`, known ? 'is used without being imported' : 'is not a content component', `<${name}>`, `one of ${CONTENT_COMPONENTS.join(', ')}, imported at the top of the file`, known ? `Add the line: import ${name} from "${COMPONENT_IMPORT_PREFIX}${name}.astro"` : COMPONENTS_FIX);
        }
        const unsafe = node.attributes.flatMap((attribute) => attributeProblems(file, line, name, attribute));
        problems.push(...unsafe);
        if (unsafe.length === 0 && imported.has(name)) problems.push(...componentAttributeProblems(file, line, name, node.attributes as MdxJsxAttribute[]));
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainText(node.data?.estree as Program | undefined)) {
          report(line, 'expression', 'is code, which content may not contain', `{${node.value}}`, 'plain text; a curly bracket written as \\{ if you need one', 'Remove the curly brackets and write the text itself, or put a backslash before a "{" that should be shown.');
        }
        break;
      case 'html':
        if (BLOCKED_HTML.test(node.value) || EVENT_HANDLER_HTML.test(node.value) || SCRIPT_URL_HTML.test(node.value)) {
          report(line, 'HTML', 'can run code, which content may not contain', firstLine(node.value), 'text, Markdown and no <script>, <style>, <iframe>, on…= handlers or javascript: links', 'Remove this HTML and write the content in Markdown.');
        }
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (SCRIPT_URL.test(node.url)) {
          report(line, 'link', 'runs code instead of opening a page', describeValue(node.url), 'a web address starting with https:// or a site path starting with /', 'Replace the address with the page you want to link to.');
        }
        break;
    }
  });
  return problems;
}

function attributeProblems(file: string, line: number | undefined, element: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): ContentProblem[] {
  const field = `<${element}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ file, line, field, problem: 'has a spread of code, which content may not contain', found: `{${attribute.value}}`, expected: 'name="value" attributes only', fix: 'Write each attribute out as name="value".' }];
  }
  if (EVENT_HANDLER.test(attribute.name)) {
    return [{ file, line, field, problem: `has an event handler (${attribute.name}), which runs code`, found: `${attribute.name}=…`, expected: 'no on… attributes', fix: `Remove the ${attribute.name} attribute.` }];
  }
  const value = attribute.value;
  if (typeof value === 'string' && SCRIPT_URL.test(value)) {
    return [{ file, line, field, problem: 'has a javascript: address, which runs code', found: `${attribute.name}=${describeValue(value)}`, expected: 'a web address starting with https:// or a site path starting with /', fix: 'Replace the address with the page you want to link to.' }];
  }
  if (value && typeof value === 'object' && !isPlainData(value.data?.estree as Program | undefined)) {
    return [{ file, line, field, problem: `has code in its ${attribute.name} attribute`, found: `${attribute.name}={${firstLine(value.value)}}`, expected: 'text in quotes, or a list of texts such as {["First", "Second"]}', fix: 'Write the value as text in quotes, or as a list of quoted texts.' }];
  }
  return [];
}

/** The component an import specifier names, if it is one of the allowed content components. */
export function allowedComponent(specifier: string, importer: string): string | undefined {
  const target = specifier.startsWith(COMPONENT_IMPORT_PREFIX)
    ? path.join(COMPONENTS_DIR, specifier.slice(COMPONENT_IMPORT_PREFIX.length))
    : specifier.startsWith('.') ? path.resolve(path.dirname(importer), specifier) : undefined;
  if (!target || path.dirname(target) !== COMPONENTS_DIR) return undefined;
  const name = path.basename(target, '.astro');
  return target.endsWith('.astro') && CONTENT_COMPONENTS.includes(name) ? name : undefined;
}

/** `{/* a comment *\/}` or `{"text"}`: expressions that only hold text. */
function isPlainText(program: Program | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement!.type === 'ExpressionStatement' && isString(statement.expression);
}

/** Attribute values that are data, not code: text, numbers, true/false, and lists or groups of them. */
function isPlainData(program: Program | undefined): boolean {
  const [statement] = program?.body ?? [];
  return program?.body.length === 1 && statement!.type === 'ExpressionStatement' && isDataNode(statement.expression);
}

function isDataNode(node: EsNode | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isDataNode(element));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && !p.shorthand && isDataNode(p.value));
    default:
      return false;
  }
}

function isString(node: EsNode): boolean {
  return (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!;
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}
