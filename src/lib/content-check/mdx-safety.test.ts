import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { allowedComponent, checkMdxSafety } from './mdx-safety.ts';
import { REPOSITORY_ROOT } from '../repository-root.ts';

const repository = REPOSITORY_ROOT;
const importer = path.join(repository, 'content/guidance/practices/example.mdx');

function problems(body: string, isMdx = true): string[] {
  const { tree } = parseMarkdown(`---\ntitle: x\n---\n\n${body}\n`, { isMdx });
  return checkMdxSafety('example.mdx', importer, tree!).map((p) => `${p.line} ${p.field}: ${p.problem}`);
}

describe('checkMdxSafety', () => {
  it('accepts the content components imported through the alias, with plain values', () => {
    expect(problems(`import CareCard from '@content-components/CareCard.astro';\n\n<CareCard urgency="urgent" heading="Call 111">\n  Text.\n</CareCard>\n\nText {"with text"} and {/* a note */}.`)).toEqual([]);
  });

  it('accepts a relative import that reaches a content component', () => {
    expect(allowedComponent('../../../src/components/content/InsetText.astro', importer)).toBe('InsetText');
    expect(allowedComponent('../../../src/components/Header.astro', importer)).toBeUndefined();
    expect(allowedComponent('node:fs', importer)).toBeUndefined();
    expect(allowedComponent('@content-components/../Header.astro', importer)).toBeUndefined();
  });

  it('rejects imports of anything else, renamed imports and named imports', () => {
    expect(problems(`import fs from 'node:fs';\nimport Card from '@content-components/CareCard.astro';\nimport { x } from '@content-components/InsetText.astro';`)).toEqual([
      '5 import: is not allowed in content',
      '6 import: is not allowed in content',
      '7 import: is not allowed in content',
    ]);
  });

  it('rejects a component that is used without being imported, or is not a content component', () => {
    expect(problems('<InsetText>Hi</InsetText>\n\n<Chart />')).toEqual([
      '5 <InsetText>: is used without being imported',
      '7 <Chart>: is not a content component',
    ]);
  });

  it('rejects elements, attributes and addresses that run code', () => {
    expect(problems('<style>{"p { color: red }"}</style>\n\n<iframe src="https://x.example" />\n\n<a href="javascript:alert(1)">x</a>\n\n<p {...props}>x</p>\n\n<p title={String(1)}>x</p>')).toEqual([
      '5 <style>: is not allowed in content',
      '7 <iframe>: is not allowed in content',
      '9 <a>: has a javascript: address, which runs code',
      '11 <p>: has a spread of code, which content may not contain',
      '13 <p>: has code in its title attribute',
    ]);
  });

  it('checks raw HTML in plain Markdown files too', () => {
    expect(problems('<img src="x.png" onerror="alert(1)" alt="x">\n\n<iframe src="https://x.example"></iframe>\n\n<b>bold is fine</b>', false)).toEqual([
      '5 HTML: can run code, which content may not contain',
      '7 HTML: can run code, which content may not contain',
    ]);
  });
});
