import { describe, expect, it } from 'vitest';
import { attachmentLabel, fileFormat, formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [850, '850 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [24_300, '24 KB'],
    [1_048_575, '1024 KB'],
    [1_048_576, '1 MB'],
    [1_250_000, '1.2 MB'],
    [15_000_000, '14 MB'],
  ])('shows %i bytes as "%s"', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });

  it('refuses a negative size', () => {
    expect(() => formatFileSize(-1)).toThrow('Expected a size in bytes, got -1');
  });
});

describe('attachmentLabel', () => {
  it('gives the title, the format from the extension and the size', () => {
    expect(attachmentLabel('Audit template', 'discharge-summary-audit.xlsx', 24_576)).toBe(
      'Audit template (XLSX, 24 KB)',
    );
  });

  it('needs an extension to name the format', () => {
    expect(() => fileFormat('README')).toThrow(
      'Expected a file name with an extension, got "README"',
    );
  });
});
