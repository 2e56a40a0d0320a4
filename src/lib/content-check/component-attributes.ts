import type { Program, Expression } from 'estree';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { COMPONENT_ATTRIBUTES, type AttributeRule } from '../../components/content/components.ts';
import { didYouMean, oneOf } from './did-you-mean.ts';
import { describeValue, type ContentProblem } from './problem.ts';

const EXAMPLES: Record<AttributeRule['kind'], string> = {
  text: 'text in quotes, e.g. heading="Important"',
  choice: '',
  list: 'a list of texts, e.g. items={["first thing", "second thing"]}',
  rows: 'a list of rows, e.g. rows={[{ key: "Timescale", value: "24 hours" }]}',
};

/**
 * Misspelt, missing or wrongly shaped attributes of a content component, checked against the table
 * in `src/components/content/components.ts`, so a mistake is reported here rather than breaking the build.
 */
export function componentAttributeProblems(
  file: string,
  line: number | undefined,
  name: string,
  attributes: readonly MdxJsxAttribute[],
): ContentProblem[] {
  const rules = COMPONENT_ATTRIBUTES[name] ?? {};
  const allowed = Object.keys(rules);
  const field = `<${name}>`;
  const problems: ContentProblem[] = [];
  for (const attribute of attributes) {
    const rule = rules[attribute.name];
    if (!rule) {
      const suggestion = didYouMean(attribute.name, allowed);
      problems.push({
        file,
        line,
        field,
        problem: `has no attribute called ${attribute.name}`,
        found: `${attribute.name}=…`,
        expected: allowed.length ? oneOf(allowed, attribute.name) : 'no attributes',
        fix: suggestion ? `Rename it to ${suggestion}.` : `Remove the ${attribute.name} attribute.`,
      });
      continue;
    }
    const problem = valueProblem(rule, attribute);
    if (problem) problems.push({ file, line, field, ...problem });
  }
  for (const [attributeName, rule] of Object.entries(rules)) {
    if (rule.required && !attributes.some((a) => a.name === attributeName)) {
      problems.push({
        file,
        line,
        field,
        problem: `needs the ${attributeName} attribute`,
        found: `no ${attributeName}`,
        expected:
          rule.kind === 'choice'
            ? `${attributeName}= ${oneOf(rule.values)}`
            : `${attributeName}= ${EXAMPLES[rule.kind]}`,
        fix: `Add ${attributeName}=… to the <${name}> tag.`,
      });
    }
  }
  return problems;
}

function valueProblem(
  rule: AttributeRule,
  attribute: MdxJsxAttribute,
): Omit<ContentProblem, 'file' | 'line' | 'field'> | undefined {
  const value = attribute.value;
  const expression =
    value && typeof value === 'object'
      ? (value.data?.estree as Program | undefined)?.body[0]
      : undefined;
  const literal = expression?.type === 'ExpressionStatement' ? expression.expression : undefined;
  switch (rule.kind) {
    case 'text':
    case 'choice': {
      const text =
        typeof value === 'string' ? value : literal?.type === 'Literal' ? literal.value : undefined;
      if (typeof text !== 'string' && typeof text !== 'number') {
        return {
          problem: `needs ${attribute.name} written as text in quotes`,
          found: describeValue(value ?? undefined),
          expected: rule.kind === 'choice' ? oneOf(rule.values) : EXAMPLES.text,
          fix: `Write ${attribute.name}="…".`,
        };
      }
      if (rule.kind === 'choice' && !rule.values.includes(String(text))) {
        return {
          problem: `has a value for ${attribute.name} that is not allowed`,
          found: describeValue(String(text)),
          expected: oneOf(rule.values, String(text)),
          fix: `Use one of the allowed values for ${attribute.name}.`,
        };
      }
      return undefined;
    }
    case 'list':
      return isList(literal, (item) => item.type === 'Literal' && typeof item.value === 'string')
        ? undefined
        : {
            problem: `needs ${attribute.name} written as a list of texts`,
            found: describeValue(typeof value === 'string' ? value : `{${value?.value ?? ''}}`),
            expected: EXAMPLES.list,
            fix: 'Put each item in quotes, separated by commas, inside {[ and ]}.',
          };
    case 'rows':
      return isList(literal, isRow)
        ? undefined
        : {
            problem: `needs ${attribute.name} written as a list of rows`,
            found: describeValue(typeof value === 'string' ? value : `{${value?.value ?? ''}}`),
            expected: EXAMPLES.rows,
            fix: 'Write each row as { key: "Label", value: "Text" }, separated by commas, inside {[ and ]}.',
          };
  }
}

function isList(node: Expression | undefined, itemOk: (item: Expression) => boolean): boolean {
  return (
    node?.type === 'ArrayExpression' &&
    node.elements.length > 0 &&
    node.elements.every((item) => item !== null && item.type !== 'SpreadElement' && itemOk(item))
  );
}

function isRow(node: Expression): boolean {
  if (node.type !== 'ObjectExpression') return false;
  const keys = node.properties.map((p) => {
    if (p.type !== 'Property' || p.value.type !== 'Literal' || typeof p.value.value !== 'string')
      return undefined;
    return p.key.type === 'Identifier'
      ? p.key.name
      : p.key.type === 'Literal'
        ? String(p.key.value)
        : undefined;
  });
  return keys.length === 2 && keys.includes('key') && keys.includes('value');
}
