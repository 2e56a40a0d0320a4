import {
  parseFrontmatter,
  readContentFiles,
  splitFrontmatter,
  type ContentFile,
} from '../../src/lib/content-files.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const root = REPOSITORY_ROOT;

export interface ContentEntry extends ContentFile {
  data: Record<string, unknown>;
}

/** Every entry in content/, with its frontmatter parsed independently of Astro. */
export async function contentEntries(): Promise<ContentEntry[]> {
  const files = await readContentFiles(root);
  return files.map((file) => {
    const parts = splitFrontmatter(file.text);
    if (!parts) throw new Error(`${file.file} has no frontmatter`);
    return { ...file, data: parseFrontmatter(parts.yaml).data as Record<string, unknown> };
  });
}

/** The site path of a guidance, resource or toolkit entry. */
export function sitePath(entry: ContentFile): string {
  return `/${entry.collection}/${entry.id}/`;
}
