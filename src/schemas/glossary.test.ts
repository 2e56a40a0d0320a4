import { describe, expect, it } from 'vitest';
import { glossarySchema } from './glossary.ts';

const term = { term: 'Fit note (Med3)', summary: 'A form that says whether you are fit for work.' };

describe('glossary frontmatter', () => {
  it('accepts a term with only a name and a one-line summary', () => {
    expect(glossarySchema.parse(term)).toEqual(term);
  });

  it('accepts other names as a list of strings', () => {
    expect(
      glossarySchema.parse({ ...term, alsoKnownAs: ['sick note', 'Med3'] }).alsoKnownAs,
    ).toEqual(['sick note', 'Med3']);
  });

  it('rejects a term without a summary, or other names written as one string', () => {
    const paths = (input: unknown) =>
      glossarySchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ term: 'Fit note' })).toEqual(['summary']);
    expect(paths({ ...term, alsoKnownAs: 'sick note' })).toEqual(['alsoKnownAs']);
  });

  it('rejects a field the schema does not know, so typos are caught', () => {
    expect(glossarySchema.safeParse({ ...term, aka: ['sick note'] }).success).toBe(false);
  });
});
