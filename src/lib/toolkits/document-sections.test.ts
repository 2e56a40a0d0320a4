import { describe, expect, it } from 'vitest';
import { markdownSections } from './document-sections.ts';

describe('markdownSections', () => {
  it('lists the second-level headings of a document, in order, as plain text', () => {
    const markdown = [
      '# Terms of reference',
      '',
      'An introduction.',
      '',
      '## Purpose',
      '',
      'Text.',
      '',
      '### A detail',
      '',
      '## *Membership* and `quorum`',
      '',
      '- Chair',
    ].join('\n');
    expect(markdownSections(markdown)).toEqual(['Purpose', 'Membership and quorum']);
  });

  it('lists none for a document without sections, such as a letter', () => {
    expect(markdownSections('# A letter\n\nDear colleague,\n\nThank you.')).toEqual([]);
  });
});
