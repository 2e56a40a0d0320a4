import { describe, expect, it } from 'vitest';
import { resourceSchema } from '../../schemas/resource.ts';
import { idReference } from '../../schemas/document.ts';
import { fieldsAt, problemsFromIssue, valueAt } from './error-map.ts';

const schema = resourceSchema(idReference);

describe('problemsFromIssue', () => {
  it('turns an unknown nested field into a message listing the fields that group may have', () => {
    const data = {
      sources: [{ title: 't', url: 'https://x.example/', publisher: 'p', pubisher: 'q' }],
    };
    const issue = schema.safeParse(data).error!.issues.find((i) => i.code === 'unrecognized_keys')!;
    const [problem] = problemsFromIssue(issue, { file: 'r.md', data, schema, lineOf: () => 9 });
    expect(problem).toEqual({
      file: 'r.md',
      line: 9,
      field: 'sources → item 1 → pubisher',
      problem: 'is not a field this kind of document has',
      found: 'a field called "pubisher"',
      expected: 'one of title, url, publisher, date. Did you mean "publisher"?',
      fix: 'Check the spelling of "pubisher" (field names are case-sensitive), or remove the line.',
    });
  });

  it('says a list needs at least one item', () => {
    const data = { requirements: [] };
    const issue = schema.safeParse(data).error!.issues.find((i) => i.path[0] === 'requirements')!;
    expect(
      problemsFromIssue(issue, { file: 'r.md', data, schema, lineOf: () => 3 })[0],
    ).toMatchObject({
      field: 'requirements',
      problem: 'needs at least one item',
      found: '[]',
    });
  });

  it('asks for a date when a date field holds something else', () => {
    const data = { published: 2025 };
    const issue = schema.safeParse(data).error!.issues.find((i) => i.path[0] === 'published')!;
    expect(
      problemsFromIssue(issue, { file: 'r.md', data, schema, lineOf: () => 4 })[0],
    ).toMatchObject({
      problem: 'should be a date written as YYYY-MM-DD',
      found: '2025',
    });
  });
});

describe('fieldsAt and valueAt', () => {
  it('look through lists, defaults and refinements to the fields of a group', () => {
    expect(fieldsAt(schema, ['attachments', 0])).toEqual(['file', 'title']);
    expect(fieldsAt(schema, [])).toContain('kind');
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: 'x' }, ['a', 'b'])).toBeUndefined();
  });
});
