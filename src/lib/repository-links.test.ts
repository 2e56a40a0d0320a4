import { describe, expect, it } from 'vitest';
import { editUrl, historyUrl } from './repository-links.ts';

const config = { repositoryUrl: 'https://github.com/org/hub', branch: 'main' };

describe('repository links', () => {
  it('opens the file in GitHub’s editor on the main branch', () => {
    expect(editUrl('content/guidance/practices/fit-notes.md', config)).toBe(
      'https://github.com/org/hub/edit/main/content/guidance/practices/fit-notes.md',
    );
  });

  it('lists the file’s commits, and copes with a leading ./ and spaces', () => {
    expect(historyUrl('./content/toolkits/my kit/index.md', config)).toBe(
      'https://github.com/org/hub/commits/main/content/toolkits/my%20kit/index.md',
    );
  });
});
