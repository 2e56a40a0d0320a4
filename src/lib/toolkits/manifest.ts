import { createHash } from 'node:crypto';

/** One file as it goes into a toolkit bundle. */
export interface ToolkitFileContent {
  /** File name inside the bundle, e.g. `interface-issues-log.xlsx`. */
  file: string;
  /** Title shown on the toolkit page, e.g. "Interface issues log". */
  title: string;
  content: Uint8Array;
}

/** One line of a toolkit bundle's `manifest.json`. */
export interface ManifestEntry {
  file: string;
  title: string;
  bytes: number;
  /** SHA-256 of the file, lower-case hex, so a team can check the copy it was sent is unchanged. */
  sha256: string;
}

/** The manifest that travels inside each toolkit's zip: what each file is, its size and checksum. */
export interface ToolkitManifest {
  toolkit: string;
  title: string;
  /** Where the toolkit is published, e.g. https://example.org/toolkits/gp-practice-toolkit/ */
  url: string;
  files: ManifestEntry[];
}

/** SHA-256 of some bytes, as lower-case hex. */
export function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Builds the manifest of a toolkit bundle, listing the files in the order the toolkit lists them. */
export function toolkitManifest(
  toolkit: { id: string; title: string; url: string },
  files: ToolkitFileContent[],
): ToolkitManifest {
  const seen = new Set<string>();
  for (const { file } of files) {
    if (seen.has(file)) throw new Error(`The toolkit ${toolkit.id} lists ${file} twice`);
    seen.add(file);
  }
  return {
    toolkit: toolkit.id,
    title: toolkit.title,
    url: toolkit.url,
    files: files.map(({ file, title, content }) => ({
      file,
      title,
      bytes: content.byteLength,
      sha256: sha256(content),
    })),
  };
}
