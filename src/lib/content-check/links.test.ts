import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from './entry.ts';
import { checkLinks, checkLinkTarget, type LinkTargets } from './links.ts';
import { parseMarkdown } from './markdown.ts';

const dir = path.resolve('/repo/content/guidance/practices');
const entry: CheckedEntry = {
  collection: 'guidance',
  id: 'practices/fit-notes',
  file: 'content/guidance/practices/fit-notes.md',
  text: '',
  absolutePath: path.join(dir, 'fit-notes.md'),
  data: {},
  valid: true,
  lineOf: () => undefined,
};
const targets: LinkTargets = {
  pages: new Set([
    '/',
    '/glossary/',
    '/guidance/practices/fit-notes/',
    '/guidance/practices/test-results/',
    '/toolkits/kit/',
  ]),
  drafts: new Set(['/guidance/practices/draft/']),
  files: new Map([['/toolkits/kit/', ['log.csv', 'kit.zip']]]),
  anchors: new Map([['/glossary/', new Set(['lmc', 'icb'])]]),
  pageOfFile: new Map([[path.join(dir, 'test-results.md'), '/guidance/practices/test-results/']]),
};
const problem = (url: string) =>
  checkLinkTarget(entry, '/guidance/practices/fit-notes/', url, targets)?.problem;

describe('checkLinkTarget', () => {
  it('accepts pages with or without the trailing slash, query or anchor, and other websites', () => {
    for (const url of [
      '/guidance/practices/test-results/',
      '/guidance/practices/test-results',
      '/?q=fit',
      'https://www.nhs.uk/',
      'mailto:a@b.example',
      '#in-brief',
      '../test-results/',
    ]) {
      expect(problem(url), url).toBeUndefined();
    }
  });

  it('accepts files published beside a page, such as a toolkit’s downloads and bundle', () => {
    expect(problem('/toolkits/kit/log.csv')).toBeUndefined();
    expect(problem('/toolkits/kit/kit.zip')).toBeUndefined();
    expect(problem('/toolkits/kit/other.csv')).toBe('points at a page that does not exist');
  });

  it('explains links to missing pages, drafts, content files and unknown glossary terms', () => {
    expect(problem('/guidance/practices/test-result/')).toBe(
      'points at a page that does not exist',
    );
    expect(problem('/guidance/practices/draft/')).toBe('points at a draft, which is not published');
    expect(
      checkLinkTarget(entry, '/guidance/practices/fit-notes/', './test-results.md', targets)?.fix,
    ).toBe('Change the link to /guidance/practices/test-results/');
    expect(
      checkLinkTarget(entry, '/guidance/practices/fit-notes/', '/glossary/#lcm', targets)?.expected,
    ).toBe('/glossary/#id where id is one of icb, lmc. Did you mean #lmc?');
  });
});

describe('checkLinks', () => {
  it('reports images without alt text, in Markdown and in HTML', () => {
    const { tree } = parseMarkdown(
      '![](chart.png)\n\n![A chart](chart.png)\n\n<img src="chart.png">\n',
      { isMdx: false },
    );
    const problems = checkLinks(entry, tree!, targets).filter(
      (p) => p.problem === 'has no alt text',
    );
    expect(problems.map((p) => p.line)).toEqual([1, 5]);
  });
});
