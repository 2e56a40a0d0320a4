import type { ContentFile } from '../content-files.ts';

/** A content file after its frontmatter has been read (valid or not), as every later check sees it. */
export interface CheckedEntry extends ContentFile {
  /** Absolute path, to look for files beside it. */
  absolutePath: string;
  /** The frontmatter as written (YAML 1.2: dates stay text), or undefined when it could not be read. */
  data: Record<string, unknown> | undefined;
  /** True when the frontmatter passed its collection's schema. */
  valid: boolean;
  /** The file line of a frontmatter field, e.g. `['sources', 0, 'url']`. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}
