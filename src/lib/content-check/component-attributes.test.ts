import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { checkMdxSafety } from './mdx-safety.ts';

const importer = path.resolve(import.meta.dirname, '../../../content/guidance/example.mdx');

function problems(tag: string): string[] {
  const name = /^<(\w+)/.exec(tag)![1];
  const { tree } = parseMarkdown(
    `import ${name} from '@content-components/${name}.astro';\n\n${tag}\n`,
    { isMdx: true },
  );
  return checkMdxSafety('example.mdx', importer, tree!).map(
    (p) => `${p.field}: ${p.problem} | ${p.expected}`,
  );
}

describe('content component attributes', () => {
  it('accepts each component used as its README shows', () => {
    expect(
      problems('<CareCard urgency="non-urgent" heading="Speak to your GP if:">Text</CareCard>'),
    ).toEqual([]);
    expect(problems('<DoDontList type="do" headingLevel="2" items={["one", "two"]} />')).toEqual(
      [],
    );
    expect(
      problems('<SummaryList rows={[{ key: "A", value: "B" }, { "key": "C", "value": "D" }]} />'),
    ).toEqual([]);
    expect(problems('<WarningCallout>Text</WarningCallout>')).toEqual([]);
  });

  it('suggests the allowed value for a misspelt choice', () => {
    expect(
      problems('<CareCard urgency="emergancy" heading="Call 999 if:">Text</CareCard>'),
    ).toEqual([
      '<CareCard>: has a value for urgency that is not allowed | one of non-urgent, urgent, emergency. Did you mean "emergency"?',
    ]);
  });

  it('reports a misspelt attribute and a missing required one', () => {
    expect(problems('<DoDontList type="do" item={["one"]} />')).toEqual([
      '<DoDontList>: has no attribute called item | one of type, items, heading, headingLevel. Did you mean "items"?',
      '<DoDontList>: needs the items attribute | items= a list of texts, e.g. items={["first thing", "second thing"]}',
    ]);
  });

  it('reports a list or rows written the wrong way', () => {
    expect(problems('<DoDontList type="do" items="one, two" />')[0]).toMatch(
      /^<DoDontList>: needs items written as a list of texts/,
    );
    expect(problems('<SummaryList rows={[{ label: "A", value: "B" }]} />')[0]).toMatch(
      /^<SummaryList>: needs rows written as a list of rows/,
    );
  });
});
