import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../schemas/guidance.ts';
import { idReference } from '../../schemas/document.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { COLLECTION_RULES } from './collections.ts';
import { checkFrontmatter, findPlaceholders } from './frontmatter.ts';

const organisation = (fields: string) => `---\n${fields}\n---\n\nText.\n`;
const valid =
  'name: Royal College of Nursing\nshortName: RCN\nurl: https://www.rcn.org.uk/\ndescription: Nurses.\nmember: true';

describe('checkFrontmatter', () => {
  it('accepts valid frontmatter and finds each field’s line in the file', () => {
    const result = checkFrontmatter('org.md', organisation(valid), organisationSchema);
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.lineOf(['name'])).toBe(2);
    expect(result.lineOf(['member'])).toBe(6);
  });

  it('reports every schema problem at once, each on its own line', () => {
    const result = checkFrontmatter(
      'org.md',
      organisation(
        'name: ""\nshortName: RCN\nurl: www.rcn.org.uk\ndescription: Nurses.\nmember: yes',
      ),
      organisationSchema,
    );
    expect(result.problems.map((p) => `${p.line} ${p.field}: ${p.problem}`)).toEqual([
      '2 name: is empty',
      '4 url: is not a web address',
      '6 member: should be true or false',
    ]);
  });

  it('keeps YAML 1.1 dates as text, so an impossible date is reported rather than rolled forward', () => {
    const source =
      '---\ntitle: x\nsummary: y\nrequirements: [a]\norganisations: [b]\naudience: [gp]\npublished: 2025-02-30\nupdated: 2025-03-01\nreviewDue: 2026-03-01\nstatus: current\nsources:\n  - { title: t, url: "https://x.example/", publisher: p }\n---\n';
    const result = checkFrontmatter('g.md', source, guidanceSchema(idReference));
    expect(result.problems.map((p) => `${p.line} ${p.field}: ${p.problem}: ${p.found}`)).toEqual([
      '7 published: is not a real date: "2025-02-30"',
    ]);
  });

  it('reports a file without frontmatter and a YAML error with the file line, without throwing', () => {
    expect(checkFrontmatter('a.md', '# Title\n', organisationSchema).problems[0]).toMatchObject({
      line: 1,
      problem: 'The file has no frontmatter',
    });
    const broken = checkFrontmatter(
      'b.md',
      organisation('name: [unclosed\nshortName: RCN'),
      organisationSchema,
    );
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({
      field: 'frontmatter',
      problem: 'could not be read (YAML syntax)',
    });
  });

  it('reports a field written twice', () => {
    const result = checkFrontmatter(
      'c.md',
      organisation(`${valid}\nname: Again`),
      organisationSchema,
    );
    expect(result.problems[0]).toMatchObject({ line: 7, field: 'frontmatter' });
    expect(result.problems[0]!.found).toMatch(/unique/i);
  });

  it('explains placeholders once, instead of also reporting them as wrongly shaped values', () => {
    const result = checkFrontmatter(
      'd.md',
      organisation(valid.replace('https://www.rcn.org.uk/', '"TODO: the website address"')),
      organisationSchema,
    );
    expect(result.problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'url: still has placeholder text',
    ]);
  });
});

describe('findPlaceholders', () => {
  it('finds TODO text at any depth, with its path', () => {
    expect(findPlaceholders({ a: 'fine', b: ['TODO: id'], c: { d: 'TODO' } })).toEqual([
      { path: ['b', 0], value: 'TODO: id' },
      { path: ['c', 'd'], value: 'TODO' },
    ]);
  });
});

describe('checkFrontmatter with rules zod would skip', () => {
  it('reports a review date before the update date even when another field is also wrong', () => {
    const { schema, alsoCheck } = COLLECTION_RULES.guidance;
    const source =
      '---\ntitle: x\nsummary: y\nrequirements: [a]\norganisations: [b]\naudience: [doctor]\npublished: 2025-01-01\nupdated: 2025-03-01\nreviewDue: 2025-02-01\nstatus: current\nsources:\n  - { title: t, url: "https://x.example/", publisher: p }\n---\n';
    expect(
      checkFrontmatter('g.md', source, schema, alsoCheck).problems.map(
        (p) => `${p.field}: ${p.problem}`,
      ),
    ).toEqual([
      'audience → item 1: is not one of the allowed values',
      'reviewDue: should be after updated',
    ]);
  });
});
