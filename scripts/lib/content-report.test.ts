import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReport } from './content-report.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures');

describe('contentReport', () => {
  it('passes good content and warns, one line each, about published documents past their review date', async () => {
    const report = await contentReport({
      root: path.join(fixtures, 'components'),
      today: new Date('2030-06-01T00:00:00Z'),
    });
    expect(report.ok).toBe(true);
    expect(report.text).toBe('✓ 3 content files checked: no problems.');
    expect(report.overdue).toEqual([
      '⚠ overdue for review since 2030-02-01: content/guidance/components.mdx ("Every content component")',
    ]);
  });

  it('fails with every problem block and a summary line', async () => {
    const report = await contentReport({ root: path.join(fixtures, 'broken-content') });
    expect(report.ok).toBe(false);
    expect(report.text.split('\n\n').at(-1)).toBe(
      '✗ 61 problems in 47 files (54 content files checked).',
    );
  });

  it('reports a content folder with no content as a problem, not as success', async () => {
    const report = await contentReport({ root: path.join(fixtures, 'no-such-folder') });
    expect(report.ok).toBe(false);
    expect(report.text).toContain('No content files were found');
  });
});
