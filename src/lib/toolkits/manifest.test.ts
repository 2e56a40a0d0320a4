import { describe, expect, it } from 'vitest';
import { sha256, toolkitManifest } from './manifest.ts';

const toolkit = {
  id: 'gp-practice-toolkit',
  title: 'GP practice toolkit',
  url: 'https://example.org/toolkits/gp-practice-toolkit/',
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('toolkitManifest', () => {
  it('lists each file with its title, size in bytes and SHA-256, in the order given', () => {
    const manifest = toolkitManifest(toolkit, [
      { file: 'log.csv', title: 'Interface issues log', content: bytes('Date,Provider\r\n') },
      { file: 'letter.docx', title: 'Letter', content: bytes('abc') },
    ]);
    expect(manifest).toEqual({
      ...{ toolkit: toolkit.id, title: toolkit.title, url: toolkit.url },
      files: [
        {
          file: 'log.csv',
          title: 'Interface issues log',
          bytes: 15,
          sha256: sha256(bytes('Date,Provider\r\n')),
        },
        // The well-known SHA-256 of "abc", so the hashing itself is checked, not just repeated.
        {
          file: 'letter.docx',
          title: 'Letter',
          bytes: 3,
          sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        },
      ],
    });
  });

  it('refuses a file listed twice, which would overwrite the first in the zip', () => {
    const file = { file: 'log.csv', title: 'Log', content: bytes('') };
    expect(() => toolkitManifest(toolkit, [file, file])).toThrow(
      'The toolkit gp-practice-toolkit lists log.csv twice',
    );
  });
});
