import path from 'node:path';
import type { Program, Node as EsNode } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { COMPONENT_ATTRIBUTES } from '../../components/content/components.ts';
import { find, html } from 'property-information';
import { componentAttributeProblems } from './component-attributes.ts';
import { ALLOWED_ELEMENTS, CONTENT_HTML_SCHEMA, propertyFindings } from './html-allow-list.ts';
import type { ContentProblem } from './problem.ts';
import { rawHtmlProblems } from './raw-html.ts';
import { addressProblem } from './urls.ts';

/**
 * MDX is code: an import or an expression runs at build time, and a script runs in readers'
 * browsers. Content may use only the content components below, with plain values, and the HTML
 * elements and attributes of the allow-list in html-allow-list.ts; everything else a pull request
 * could use to run code, load something or break the page is reported here. Raw HTML in Markdown
 * files is held to the same allow-list, and every address to the rules in urls.ts.
 */

/** The components in `src/components/content/` that content may import, by name. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_ATTRIBUTES).sort();

/** How content imports a component: the alias set in tsconfig.json `paths`. */
export const COMPONENT_IMPORT_PREFIX = '@content-components/';

/** Where the components live, to accept a relative import that reaches them. */
const COMPONENTS_DIR = path.resolve(import.meta.dirname, '../../components/content');

const EVENT_HANDLER = /^on[a-z]+$/i;
/** A lower-case JSX name is a plain HTML element; a capitalised or dotted one is a component. */
const HTML_ELEMENT = /^[a-z][a-z0-9-]*$/;

const COMPONENTS_FIX = `Use one of the content components (${CONTENT_COMPONENTS.join(', ')}); src/components/content/README.md shows how. Ask a developer if you need something else.`;

/** Every unsafe construct in a parsed file. `absolutePath` resolves relative imports. */
export function checkMdxSafety(file: string, absolutePath: string, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const imported = new Set<string>();
  const report = (
    line: number | undefined,
    field: string,
    problem: string,
    found: string,
    expected: string,
    fix: string,
  ) => problems.push({ file, line, field, problem, found, expected, fix });

  // Definitions that images use (`![alt][chart]`) are image addresses.
  const imageDefinitions = new Set<string>();
  visit(tree, 'imageReference', (node) => {
    imageDefinitions.add(node.identifier);
  });

  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of (node.data?.estree as Program | undefined)?.body ?? []) {
          const statementLine = statement.loc?.start.line ?? line;
          const source = node.value.split('\n')[(statementLine ?? 0) - (line ?? 0)] ?? node.value;
          if (statement.type !== 'ImportDeclaration') {
            report(
              statementLine,
              'export',
              'is not allowed in content',
              firstLine(source),
              'no export statements: content is text, not code',
              'Delete this statement. To show a value, write it as text.',
            );
            continue;
          }
          const component = allowedComponent(String(statement.source.value), absolutePath);
          const single =
            statement.specifiers.length === 1 &&
            statement.specifiers[0]!.type === 'ImportDefaultSpecifier';
          if (component && single && statement.specifiers[0]!.local.name === component) {
            imported.add(component);
          } else {
            report(
              statementLine,
              'import',
              'is not allowed in content',
              firstLine(source),
              `import Name from "${COMPONENT_IMPORT_PREFIX}Name.astro", where Name is one of ${CONTENT_COMPONENTS.join(', ')}`,
              COMPONENTS_FIX,
            );
          }
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const isHtml = HTML_ELEMENT.test(name);
        if (isHtml && !CONTENT_HTML_SCHEMA.tagNames!.includes(name)) {
          report(
            line,
            `<${name}>`,
            'is not allowed in content',
            `a <${name}> element`,
            `text, Markdown, the content components and these HTML elements: ${ALLOWED_ELEMENTS.join(', ')}`,
            `Remove the <${name}> element. ${COMPONENTS_FIX}`,
          );
        } else if (name && !isHtml && !imported.has(name)) {
          const known = CONTENT_COMPONENTS.includes(name);
          report(
            line,
            `<${name}>`,
            known ? 'is used without being imported' : 'is not a content component',
            `<${name}>`,
            `one of ${CONTENT_COMPONENTS.join(', ')}, imported at the top of the file`,
            known
              ? `Add the line: import ${name} from "${COMPONENT_IMPORT_PREFIX}${name}.astro"`
              : COMPONENTS_FIX,
          );
        }
        const refused = isHtml && !CONTENT_HTML_SCHEMA.tagNames!.includes(name);
        const unsafe = refused
          ? []
          : node.attributes.flatMap((attribute) =>
              attributeProblems(file, line, name, attribute, isHtml),
            );
        problems.push(...unsafe);
        if (unsafe.length === 0 && imported.has(name))
          problems.push(
            ...componentAttributeProblems(file, line, name, node.attributes as MdxJsxAttribute[]),
          );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainText(node.data?.estree as Program | undefined)) {
          report(
            line,
            'expression',
            'is code, which content may not contain',
            `{${node.value}}`,
            'plain text; a curly bracket written as \\{ if you need one',
            'Remove the curly brackets and write the text itself, or put a backslash before a "{" that should be shown.',
          );
        }
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const use =
          node.type === 'image' ||
          imageDefinitions.has(node.type === 'definition' ? node.identifier : '')
            ? 'image'
            : 'link';
        const finding = addressProblem(node.url, use);
        if (finding) problems.push({ file, line, ...finding });
        break;
      }
    }
  });
  problems.push(...rawHtmlProblems(file, tree));
  return problems;
}

function attributeProblems(
  file: string,
  line: number | undefined,
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  isHtml: boolean,
): ContentProblem[] {
  const field = `<${element}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [
      {
        file,
        line,
        field,
        problem: 'has a spread of code, which content may not contain',
        found: `{${attribute.value}}`,
        expected: 'name="value" attributes only',
        fix: 'Write each attribute out as name="value".',
      },
    ];
  }
  if (attribute.name.includes(':')) {
    return [
      {
        file,
        line,
        field,
        problem: `has an Astro directive (${attribute.name}), which is code, not content`,
        found: `${attribute.name}=…`,
        expected: 'attributes without a colon in their name',
        fix: `Remove the ${attribute.name} attribute, and write what should show as text between the tags.`,
      },
    ];
  }
  if (EVENT_HANDLER.test(attribute.name)) {
    return [
      {
        file,
        line,
        field,
        problem: `has an event handler (${attribute.name}), which runs code`,
        found: `${attribute.name}=…`,
        expected: 'no on… attributes',
        fix: `Remove the ${attribute.name} attribute.`,
      },
    ];
  }
  const value = attribute.value;
  if (
    value &&
    typeof value === 'object' &&
    !isPlainData(value.data?.estree as Program | undefined)
  ) {
    return [
      {
        file,
        line,
        field,
        problem: `has code in its ${attribute.name} attribute`,
        found: `${attribute.name}={${firstLine(value.value)}}`,
        expected: 'text in quotes, or a list of texts such as {["First", "Second"]}',
        fix: 'Write the value as text in quotes, or as a list of quoted texts.',
      },
    ];
  }
  const text =
    typeof value === 'object' && value ? staticString(value.data?.estree as Program) : value;
  if (!isHtml) {
    const finding =
      typeof text === 'string' && /^(href|src)$/i.test(attribute.name)
        ? addressProblem(text, attribute.name === 'src' ? 'image' : 'link', field)
        : undefined;
    return finding ? [{ file, line, found: `${attribute.name}=${finding.found}`, ...finding }] : [];
  }
  const property = find(html, attribute.name).property;
  const propertyValue =
    property === 'className' && typeof text === 'string' ? text.split(/\s+/) : (text ?? true);
  return propertyFindings(element, { [property]: propertyValue }).map((finding) => ({
    file,
    line,
    found: `${attribute.name}=${typeof text === 'string' ? JSON.stringify(text) : '…'}`,
    ...finding,
  }));
}

/** The text an attribute expression stands for, when it is one quoted text: `{"a"}` or `` {`a`} ``. */
function staticString(program: Program | undefined): string | undefined {
  const [statement] = program?.body ?? [];
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type === 'Literal' && typeof expression.value === 'string')
    return expression.value;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0)
    return expression.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The component an import specifier names, if it is one of the allowed content components. */
export function allowedComponent(specifier: string, importer: string): string | undefined {
  const target = specifier.startsWith(COMPONENT_IMPORT_PREFIX)
    ? path.join(COMPONENTS_DIR, specifier.slice(COMPONENT_IMPORT_PREFIX.length))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(importer), specifier)
      : undefined;
  if (!target || path.dirname(target) !== COMPONENTS_DIR) return undefined;
  const name = path.basename(target, '.astro');
  return target.endsWith('.astro') && CONTENT_COMPONENTS.includes(name) ? name : undefined;
}

/** `{/* a comment *\/}` or `{"text"}`: expressions that only hold text. */
function isPlainText(program: Program | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return (
    program.body.length === 1 &&
    statement!.type === 'ExpressionStatement' &&
    isString(statement.expression)
  );
}

/** Attribute values that are data, not code: text, numbers, true/false, and lists or groups of them. */
function isPlainData(program: Program | undefined): boolean {
  const [statement] = program?.body ?? [];
  return (
    program?.body.length === 1 &&
    statement!.type === 'ExpressionStatement' &&
    isDataNode(statement.expression)
  );
}

function isDataNode(node: EsNode | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'ArrayExpression':
      return node.elements.every(
        (element) => element !== null && element.type !== 'SpreadElement' && isDataNode(element),
      );
    case 'ObjectExpression':
      return node.properties.every(
        (p) =>
          p.type === 'Property' &&
          !p.computed &&
          p.kind === 'init' &&
          !p.method &&
          !p.shorthand &&
          isDataNode(p.value),
      );
    default:
      return false;
  }
}

function isString(node: EsNode): boolean {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!;
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}
