import { describe, expect, it } from 'vitest';
import { lettersForRequirements } from './letters.ts';

const toolkits = [
  {
    id: 'gp-practice-toolkit',
    files: [
      {
        file: 'letter-fit-note.docx',
        title: 'Fit note letter',
        description: 'd',
        requirement: 'fit-notes',
      },
      { file: 'log.xlsx', title: 'Log', description: 'd' },
      {
        file: 'letter-medicines.docx',
        title: 'Medicines letter',
        description: 'd',
        requirement: 'medicines-on-discharge',
      },
    ],
  },
];

describe('letters for a guidance page', () => {
  it('finds the letter for the requirement the guidance is about', () => {
    expect(lettersForRequirements(toolkits, ['fit-notes'])).toEqual([
      {
        toolkit: 'gp-practice-toolkit',
        file: 'letter-fit-note.docx',
        title: 'Fit note letter',
        description: 'd',
      },
    ]);
  });

  it('finds none when no file names the requirement', () => {
    expect(lettersForRequirements(toolkits, ['clinic-letters'])).toEqual([]);
  });
});
