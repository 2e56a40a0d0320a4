import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFileAvailable } from './attachments.ts';

describe('isFileAvailable', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attachments-'));
  writeFileSync(path.join(dir, 'letter.docx'), '');
  writeFileSync(path.join(dir, 'checklist.yaml'), '');

  it('accepts a file that is in the folder', () => {
    expect(isFileAvailable(dir, { file: 'letter.docx' })).toBe(true);
  });

  it('accepts a file that the build generates from a source that is in the folder', () => {
    expect(isFileAvailable(dir, { file: 'checklist.xlsx', source: 'checklist.yaml' })).toBe(true);
  });

  it('rejects a missing file, and a generated file whose source is missing', () => {
    expect(isFileAvailable(dir, { file: 'audit.xlsx' })).toBe(false);
    expect(isFileAvailable(dir, { file: 'checklist.xlsx' })).toBe(false);
    expect(isFileAvailable(dir, { file: 'letter.docx', source: 'letter.md' })).toBe(false);
  });
});
