/**
 * Generates every toolkit's downloadable files from the sources beside its index.md: `.xlsx` and
 * `.csv` from a `.yaml` table, `.docx` from a `.md` document, other files copied as they are, then
 * one `.zip` bundle per toolkit with a manifest.json (file, title, bytes, SHA-256).
 *
 * Files go to `public/toolkits/<id>/` (not in git), so `npm run dev` serves them and the pages step
 * of `npm run build` copies them into the staging site, where each toolkit page lists their sizes.
 * A mistake in a source stops with a message naming the file; `npm run build` then leaves dist/ alone.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  parseFrontmatter,
  readContentFiles,
  splitFrontmatter,
} from '../../src/lib/content-files.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { fillRequirementQuotes } from '../../src/lib/requirement-quotes.ts';
import { TOOLKIT_OUTPUT, bundleName } from '../../src/lib/toolkits/downloads.ts';
import { toolkitManifest, type ToolkitFileContent } from '../../src/lib/toolkits/manifest.ts';
import { loadChecklist } from '../../src/lib/self-assessment/questions.ts';
import {
  ToolkitSourceError,
  parseSheetSource,
  parseToolkitFiles,
  sheetTable,
  type ToolkitFile,
} from '../../src/lib/toolkits/sources.ts';
import { isRealIsoDate } from '../../src/schemas/fields.ts';
import { siteConfig } from '../../src/site-config.ts';
import { markdownToDocx } from '../../src/lib/toolkits/docx-writer.ts';
import { sheetToXlsx } from '../../src/lib/toolkits/xlsx-writer.ts';
import { toolkitZip } from '../../src/lib/toolkits/zip-writer.ts';
import { dateOfIsoDay } from '../../src/lib/dates.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

/** What was generated for one toolkit. */
export interface BuiltToolkit {
  id: string;
  files: { file: string; bytes: number }[];
  bundleBytes: number;
}

/** What the toolkit files take from content/requirements/, by requirement id. */
interface RequirementText {
  /** Title, as the tables show it. */
  titles: Map<string, string>;
  /** The `howToQuote` line, which letters pull in with `{{quote:<id>}}`. */
  quotes: Map<string, string>;
}

/** Reads each requirement's title and quote line as the toolkit files need them. */
async function requirementText(root: string): Promise<RequirementText> {
  const files = (await readContentFiles(root)).filter((f) => f.collection === 'requirements');
  const titles = new Map<string, string>();
  const quotes = new Map<string, string>();
  for (const f of files) {
    const yaml = splitFrontmatter(f.text)?.yaml ?? '';
    const data = parseFrontmatter(yaml).data as
      { title?: string; howToQuote?: unknown } | undefined;
    titles.set(f.id, data?.title ?? f.id);
    const quote = typeof data?.howToQuote === 'string' ? data.howToQuote.trim() : '';
    if (quote) quotes.set(f.id, quote);
  }
  return { titles, quotes };
}

async function readSource(
  folder: string,
  name: string,
  index: string,
  field: string,
): Promise<Buffer> {
  try {
    return await readFile(path.join(folder, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ToolkitSourceError(
      `${index}: ${field}: ${name} was not found in ${path.dirname(index)}/. Add the file there or correct the name.`,
    );
  }
}

/** Generates one toolkit's files and bundle in memory. */
async function generateToolkit(
  root: string,
  toolkit: { id: string; file: string; title: string; updated: Date },
  files: ToolkitFile[],
  { titles, quotes }: RequirementText,
) {
  const folder = path.join(root, path.dirname(toolkit.file));
  const contents: ToolkitFileContent[] = [];
  for (const [index, entry] of files.entries()) {
    const name = entry.source ?? entry.file;
    const raw = await readSource(
      folder,
      name,
      toolkit.file,
      `files.${index}.${entry.source ? 'source' : 'file'}`,
    );
    const sourceFile = path.join(path.dirname(toolkit.file), name);
    let content: Uint8Array;
    if (!entry.source) {
      content = new Uint8Array(raw);
    } else if (entry.file.endsWith('.docx')) {
      const markdown = fillRequirementQuotes(raw.toString('utf8'), sourceFile, quotes);
      content = await markdownToDocx(markdown, sourceFile, entry.title);
    } else {
      const sheet = parseSheetSource(raw.toString('utf8'), sourceFile, titles);
      const table = sheetTable(sheet, titles);
      content = entry.file.endsWith('.csv')
        ? new TextEncoder().encode(toCsv(table))
        : await sheetToXlsx(sheet, table, entry.title, toolkit.updated);
    }
    contents.push({ file: entry.file, title: entry.title, content });
  }
  const url = new URL(`/toolkits/${toolkit.id}/`, siteConfig.siteUrl).href;
  const manifest = toolkitManifest({ id: toolkit.id, title: toolkit.title, url }, contents);
  return { contents, manifest, bundle: await toolkitZip(contents, manifest, toolkit.updated) };
}

/** Zip entries carry the toolkit's `updated` date; this one stands in if it is unreadable (the page build reports that). */
const FALLBACK_DATE = new Date('2000-01-01T00:00:00Z');

/** Generates every published toolkit's files into `outDir/<id>/`; drafts are checked but not written. */
export async function buildToolkits(
  root: string,
  outDir = path.join(root, TOOLKIT_OUTPUT),
): Promise<BuiltToolkit[]> {
  const text = await requirementText(root);
  const { titles } = text;
  const toolkits = (await readContentFiles(root)).filter((f) => f.collection === 'toolkits');
  const generated = [];
  for (const toolkit of toolkits) {
    const files = parseToolkitFiles(toolkit.text, toolkit.file);
    const data = parseFrontmatter(splitFrontmatter(toolkit.text)!.yaml).data as {
      title: string;
      status?: string;
      updated?: unknown;
      checklist?: string;
    };
    // The page shows this checklist: check it now, so a mistake stops the build with its file name.
    if (data.checklist)
      await loadChecklist(path.join(root, path.dirname(toolkit.file)), data.checklist, titles);
    const updated =
      typeof data.updated === 'string' && isRealIsoDate(data.updated)
        ? dateOfIsoDay(data.updated)
        : FALLBACK_DATE;
    const result = await generateToolkit(
      root,
      { id: toolkit.id, file: toolkit.file, title: data.title, updated },
      files,
      text,
    );
    if (data.status !== 'draft') generated.push({ id: toolkit.id, ...result });
  }
  // Only once every toolkit has been generated, so a mistake leaves the previous files in place.
  await rm(outDir, { recursive: true, force: true });
  const built: BuiltToolkit[] = [];
  for (const { id, contents, manifest, bundle } of generated) {
    const target = path.join(outDir, id);
    await mkdir(target, { recursive: true });
    for (const { file, content } of contents) await writeFile(path.join(target, file), content);
    await writeFile(path.join(target, bundleName(id)), bundle);
    built.push({
      id,
      files: manifest.files.map(({ file, bytes }) => ({ file, bytes })),
      bundleBytes: bundle.byteLength,
    });
    console.log(
      `  ${id}: ${contents.length} files (${manifest.files.map((f) => `${f.file} ${formatFileSize(f.bytes)}`).join(', ')}), bundle ${formatFileSize(bundle.byteLength)}`,
    );
  }
  return built;
}

if (import.meta.main) {
  try {
    const root = REPOSITORY_ROOT;
    const built = await buildToolkits(root);
    console.log(`✓ generated ${built.length} toolkits into ${TOOLKIT_OUTPUT}/`);
  } catch (error) {
    console.error(
      `\nToolkit files not generated: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
