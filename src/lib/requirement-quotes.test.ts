import { describe, expect, it } from 'vitest';
import { fillRequirementQuotes } from './requirement-quotes.ts';

const quotes = new Map([
  ['fit-notes', 'NHS Standard Contract, SC11.11: fit notes from the hospital.'],
]);

describe('fillRequirementQuotes', () => {
  it("puts the requirement's quote line where the letter asks for it", () => {
    const letter = 'Dear [Name],\n\nThe requirement: {{quote:fit-notes}}\n';
    expect(fillRequirementQuotes(letter, 'letter.md', quotes)).toBe(
      'Dear [Name],\n\nThe requirement: ' +
        'NHS Standard Contract, SC11.11: fit notes from the hospital.\n',
    );
  });

  it('leaves a letter without placeholders as it is', () => {
    expect(fillRequirementQuotes('Dear [Name],\n', 'letter.md', quotes)).toBe('Dear [Name],\n');
  });

  it('names the file, line and known ids when a placeholder names no requirement', () => {
    expect(() =>
      fillRequirementQuotes(
        'Dear [Name],\n\n{{quote:fit-note}}\n',
        'content/toolkits/t/letter.md',
        quotes,
      ),
    ).toThrow(
      'content/toolkits/t/letter.md:3: {{quote:fit-note}} names no requirement with a ' +
        'howToQuote line. Expected {{quote:<id>}} with the id of a file in ' +
        'content/requirements/ (fit-notes). Correct the id.',
    );
  });

  it('stops at braces that are not a placeholder', () => {
    expect(() =>
      fillRequirementQuotes('Dear [Name],\n{{qoute fit-notes}}\n', 'letter.md', quotes),
    ).toThrow(/^letter\.md:2: found "\{\{" that is not a quote placeholder/);
  });
});
