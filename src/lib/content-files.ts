import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { contentRoot } from './content-root.ts';

/** The content collections and where their entries live under `content/`. */
export const COLLECTIONS = [
  'requirements',
  'organisations',
  'guidance',
  'resources',
  'toolkits',
  'glossary',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A content file read from disk, before any validation. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id Astro gives it, e.g. `patients/leaving-hospital` or `gp-practice-toolkit`. */
  id: string;
  /** Path from the repository root, e.g. `content/guidance/patients/leaving-hospital.md`. */
  file: string;
  /** The raw text. */
  text: string;
}

/**
 * Which files under a collection's folder are its entries: the glob patterns Astro's loaders use
 * (`src/content.config.ts`) and the content check reads files by, so the two always agree.
 */
export const ENTRY_PATTERNS: Record<CollectionName, string> = {
  requirements: '*.md',
  organisations: '*.md',
  guidance: '**/*.{md,mdx}',
  resources: '**/*.{md,mdx}',
  toolkits: '*/index.{md,mdx}',
  glossary: '*.md',
};

const ENTRY = /\.(md|mdx)$/;

function isEntry(collection: CollectionName, relative: string): boolean {
  return path.matchesGlob(relative, ENTRY_PATTERNS[collection]);
}

/**
 * The id Astro's glob loader gives a file (our file names are already lower-case slugs): two files
 * with one id publish to one address, which the content check reports.
 */
export function entryId(collection: CollectionName, relative: string): string {
  const posix = relative.split(path.sep).join('/');
  // `fit-notes/index.md` publishes at /…/fit-notes/, as Astro's glob loader makes it.
  return collection === 'toolkits'
    ? posix.split('/')[0]!
    : posix.replace(ENTRY, '').replace(/\/index$/, '');
}

/** Reads every entry file of every collection under `<root>/content` (or `CONTENT_ROOT`). */
export async function readContentFiles(
  root: string,
  contentDir = contentRoot(root),
): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    const relatives = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
    for (const relative of relatives.filter((r) => isEntry(collection, r))) {
      const file = path.relative(root, path.join(dir, relative));
      files.push({
        collection,
        id: entryId(collection, relative),
        file,
        text: await readFile(path.join(root, file), 'utf8'),
      });
    }
  }
  return files;
}

/**
 * Splits `---` frontmatter from the body. Returns null when the file has no frontmatter block. A
 * byte-order mark before it (some Windows editors save one) is accepted, as Astro accepts it.
 */
export function splitFrontmatter(
  source: string,
): { yaml: string; body: string; bodyLine: number } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  return {
    yaml: match[1]!,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * Parses frontmatter with YAML 1.2, where `2025-02-30` stays a string, so the schemas can check
 * dates strictly instead of seeing a date that YAML 1.1 has already rolled forward.
 */
export function parseFrontmatter(yaml: string): {
  data: unknown;
  errors: { message: string; line?: number }[];
} {
  const doc = parseDocument(yaml, { prettyErrors: false });
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0]!,
    line: e.linePos?.[0].line,
  }));
  return { data: errors.length ? undefined : doc.toJS(), errors };
}
