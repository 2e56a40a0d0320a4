import { describe, expect, it } from 'vitest';
import type { ContentFile } from './content-files.ts';
import { askedWords, questionsByPage } from './reader-questions.ts';

const file = (collection: ContentFile['collection'], id: string, frontmatter: string) => ({
  collection,
  id,
  file: `content/${collection}/${id}.md`,
  text: `---\ntitle: "A page"\n${frontmatter}---\n\nBody.\n`,
});

describe('questionsByPage', () => {
  it("gives each page's questions by the address the page is published at", () => {
    const questions = questionsByPage([
      file('requirements', 'fit-notes', 'questions:\n  - "who writes the sick note"\n'),
      file('guidance', 'patients/leaving-hospital', 'questions: ["when can I go home?"]\n'),
      file('toolkits', 'gp-practice-toolkit', 'questions:\n  - letters to send the hospital\n'),
    ]);
    expect(Object.fromEntries(questions)).toEqual({
      '/requirements/fit-notes/': ['who writes the sick note'],
      '/guidance/patients/leaving-hospital/': ['when can I go home?'],
      '/toolkits/gp-practice-toolkit/': ['letters to send the hospital'],
    });
  });

  it('leaves out pages with no questions, and collections that have no pages of their own', () => {
    const questions = questionsByPage([
      file('requirements', 'fit-notes', 'keywords: ["sick note"]\n'),
      file('resources', 'briefing', 'questions: []\n'),
      file('glossary', 'dna', 'questions: ["what does DNA mean"]\n'),
      { collection: 'guidance', id: 'no-frontmatter', file: 'x.md', text: 'Just text.\n' },
    ]);
    expect(questions.size).toBe(0);
  });
});

describe('askedWords', () => {
  it('gives the words of the questions each once, as the query planner reads them, without filler words', () => {
    expect(
      askedWords([
        'Who does the sick note?',
        "pt's d/c summary after my op, A&E said it's the GP's job",
      ]),
    ).toEqual([
      'sick',
      'note',
      'patient',
      'discharge',
      'summary',
      'after',
      'operation',
      'a&e',
      'gp',
      'job',
    ]);
  });
});
