import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFileAvailable } from './attachments.ts';

describe('isFileAvailable', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attachments-'));
  writeFileSync(path.join(dir, 'letter.docx'), '');
  writeFileSync(path.join(dir, 'checklist.yaml'), '');
  writeFileSync(path.join(dir, 'index.md'), '');

  it('accepts a file that is in the folder', () => {
    expect(isFileAvailable(dir, 'letter.docx')).toBe(true);
  });

  it('accepts a file that the build generates from a source of the same name', () => {
    expect(isFileAvailable(dir, 'checklist.xlsx')).toBe(true);
  });

  it('rejects a file with neither, and never treats the entry’s own index.md as a source', () => {
    expect(isFileAvailable(dir, 'audit.xlsx')).toBe(false);
    expect(isFileAvailable(dir, 'index.pdf')).toBe(false);
  });
});
