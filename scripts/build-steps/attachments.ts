/**
 * Publishes every published resource's `attachments` (files beside its Markdown) into
 * `public/resources/<id>/` (not in git), so `npm run dev` serves them and the pages step of
 * `npm run build` copies them into the site, where each resource page lists them with their sizes.
 * `npm run check:content` has already refused anything that is not an ordinary office file inside
 * content/; a file that is not stops the build here too, rather than being copied.
 */
import { lstat, mkdir, copyFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { contentRoot } from '../../src/lib/content-root.ts';
import {
  parseFrontmatter,
  readContentFiles,
  splitFrontmatter,
} from '../../src/lib/content-files.ts';
import { ATTACHMENT_OUTPUT } from '../../src/lib/resource-attachments.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

/** Copies the attachments and returns the site paths published. */
export async function buildAttachments(
  root: string,
  outDir = path.join(root, ATTACHMENT_OUTPUT),
): Promise<string[]> {
  const content = await realpath(contentRoot(root)).catch(() => contentRoot(root));
  const copies: { from: string; to: string; url: string }[] = [];
  for (const resource of (await readContentFiles(root)).filter(
    (f) => f.collection === 'resources',
  )) {
    const data = parseFrontmatter(splitFrontmatter(resource.text)?.yaml ?? '').data as
      { status?: string; attachments?: { file: string }[] } | undefined;
    if (!data || data.status === 'draft') continue;
    for (const { file } of data.attachments ?? []) {
      const from = path.join(root, path.dirname(resource.file), file);
      const stats = await lstat(from);
      if (!stats.isFile() || !(await realpath(from)).startsWith(content + path.sep)) {
        throw new Error(
          `${path.relative(root, from)} is not an ordinary file inside the content folder. Run npm run check:content.`,
        );
      }
      copies.push({
        from,
        to: path.join(outDir, resource.id, file),
        url: `/resources/${resource.id}/${file}`,
      });
    }
  }
  // Only once every file has been checked, so a mistake leaves the previous files in place.
  await rm(outDir, { recursive: true, force: true });
  for (const { from, to, url } of copies) {
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
    console.log(`  ${url}`);
  }
  return copies.map((c) => c.url);
}

if (import.meta.main) {
  try {
    const published = await buildAttachments(REPOSITORY_ROOT);
    console.log(`✓ published ${published.length} resource attachments into ${ATTACHMENT_OUTPUT}/`);
  } catch (error) {
    console.error(
      `\nAttachments not published: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
