import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { allowedComponent, checkMdxSafety } from './mdx-safety.ts';
import { REPOSITORY_ROOT } from '../repository-root.ts';

const repository = REPOSITORY_ROOT;
const importer = path.join(repository, 'content/guidance/practices/example.mdx');

function problems(body: string, isMdx = true): string[] {
  const { tree } = parseMarkdown(`---\ntitle: x\n---\n\n${body}\n`, { isMdx });
  return checkMdxSafety('example.mdx', importer, tree!).map(
    (p) => `${p.line} ${p.field}: ${p.problem}`,
  );
}

describe('checkMdxSafety', () => {
  it('accepts the content components imported through the alias, with plain values', () => {
    expect(
      problems(
        `import CareCard from '@content-components/CareCard.astro';\n\n<CareCard urgency="urgent" heading="Call 111">\n  Text.\n</CareCard>\n\nText {"with text"} and {/* a note */}.`,
      ),
    ).toEqual([]);
  });

  it('accepts a relative import that reaches a content component', () => {
    expect(allowedComponent('../../../src/components/content/InsetText.astro', importer)).toBe(
      'InsetText',
    );
    expect(allowedComponent('../../../src/components/Header.astro', importer)).toBeUndefined();
    expect(allowedComponent('node:fs', importer)).toBeUndefined();
    expect(allowedComponent('@content-components/../Header.astro', importer)).toBeUndefined();
  });

  it('rejects imports of anything else, renamed imports and named imports', () => {
    expect(
      problems(
        `import fs from 'node:fs';\nimport Card from '@content-components/CareCard.astro';\nimport { x } from '@content-components/InsetText.astro';`,
      ),
    ).toEqual([
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
    expect(
      problems(
        '<style>{"p { color: red }"}</style>\n\n<iframe src="https://x.example" />\n\n<a href="javascript:alert(1)">x</a>\n\n<p {...props}>x</p>\n\n<p title={String(1)}>x</p>',
      ),
    ).toEqual([
      '5 <style>: is not allowed in content',
      '7 <iframe>: is not allowed in content',
      '9 <a> href: runs code instead of opening a page (javascript:)',
      '11 <p>: has a spread of code, which content may not contain',
      '13 <p>: has code in its title attribute',
    ]);
  });

  it('checks raw HTML in plain Markdown files too', () => {
    expect(
      problems(
        '<img src="x.png" onerror="alert(1)" alt="x">\n\n<iframe src="https://x.example"></iframe>\n\n<b>bold is fine</b>',
        false,
      ),
    ).toEqual([
      '5 <img>: has an event handler (onerror), which runs code',
      '7 HTML: <iframe> is not allowed in content',
    ]);
  });

  it('refuses Astro directives on any element or component', () => {
    const body = `import InsetText from '@content-components/InsetText.astro';\n\n<div set:html="<script src='/x.js'></script>" />\n\n<InsetText client:load>x</InsetText>\n\n<p is:raw>x</p>`;
    expect(problems(body)).toEqual([
      '7 <div>: has an Astro directive (set:html), which is code, not content',
      '9 <InsetText>: has an Astro directive (client:load), which is code, not content',
      '11 <p>: has an Astro directive (is:raw), which is code, not content',
    ]);
  });

  it('judges addresses written as expressions, template literals or with hidden characters', () => {
    const body =
      '<a href={"javascript:alert(1)"}>x</a>\n\n<a href={`JavaScript:alert(1)`}>x</a>\n\n[x]( javascript:alert(1))\n\n<a href="data:text/html,x">x</a>\n\n<a href="https://example.org/">fine</a>';
    expect(problems(body)).toEqual([
      '5 <a> href: runs code instead of opening a page (javascript:)',
      '7 <a> href: runs code instead of opening a page (javascript:)',
      '9 link: runs code instead of opening a page (javascript:)',
      '11 <a> href: runs code instead of opening a page (data:)',
    ]);
  });

  it('decodes entities in raw HTML before judging an address', () => {
    const body =
      '<a href="&#106;avascript:alert(1)">x</a> and <a href="java&#x09;script:x">y</a> and <a href="vbscript:x">z</a>';
    expect(problems(body, false)).toEqual([
      '5 <a> href: runs code instead of opening a page (javascript:)',
      '5 <a> href: runs code instead of opening a page (javascript:)',
      '5 <a> href: runs code instead of opening a page (vbscript:)',
    ]);
  });

  it('allows only the HTML of the allow-list, in Markdown and in MDX alike', () => {
    const body =
      '<details>\n<summary>More</summary>\n\nText with <kbd>Ctrl</kbd> and <sup>1</sup>.\n\n</details>\n\n<form action="/x"><button>Go</button></form>\n\n<div style="color: red">x</div>';
    expect(problems(body, false)).toEqual([
      '12 HTML: <form> is not allowed in content',
      '12 HTML: <button> is not allowed in content',
      '14 <div>: has an attribute content may not use (style)',
    ]);
    expect(problems('<div style={{ color: "red" }}>x</div>\n\n<textarea>x</textarea>')).toEqual([
      '5 <div>: has an attribute content may not use (style)',
      '7 <textarea>: is not allowed in content',
    ]);
  });

  it('finds an element left open, however Markdown splits the HTML', () => {
    expect(problems('Before\n\n<textarea>\n\nAfter', false)).toEqual([
      '7 HTML: <textarea> is not allowed in content',
    ]);
    expect(problems('<details>\n<summary>More</summary>\n\nText\n\nEnd', false)).toEqual([
      '5 HTML: <details> is never closed',
    ]);
    expect(
      problems('A <span>split\nacross lines</span> is closed, <b>this is not.', false),
    ).toEqual(['6 HTML: <b> is never closed']);
    expect(problems('<!-- a note never ended\n\nText', false)).toEqual([
      '5 HTML: has a comment that is never closed',
    ]);
  });

  it('refuses images from other websites', () => {
    expect(
      problems(
        '![Chart](https://tracker.example/pixel.png)\n\n<img src="//tracker.example/p.png" alt="x" />\n\n![Ours](/assets/chart.png)',
      ),
    ).toEqual([
      '5 image: shows an image from another website',
      '7 <img> src: shows an image from another website',
    ]);
  });
});
