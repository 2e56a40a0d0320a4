/**
 * Where a toolkit's generated files live and how its page links them: each link says the format
 * and size, GOV.UK style, read from the files that scripts/build-steps/toolkits.ts generated.
 */
import path from 'node:path';
import { attachmentLabel } from '../file-size.ts';
import { publishedFileSize } from '../published-file.ts';

/** Folder the generated files go in, relative to the repository root; served at `/toolkits/<id>/`. */
export const TOOLKIT_OUTPUT = path.join('public', 'toolkits');

/** The name of a toolkit's bundle, e.g. `gp-practice-toolkit.zip`. */
export const bundleName = (id: string) => `${id}.zip`;

/** One link on a toolkit page. */
export interface Download {
  file: string;
  url: string;
  bytes: number;
  /** e.g. "Audit template (XLSX, 24 KB)". */
  label: string;
}

async function download(root: string, id: string, file: string, title: string): Promise<Download> {
  const bytes = await publishedFileSize(
    root,
    path.join(root, TOOLKIT_OUTPUT, id, file),
    'npm run build:toolkits',
  );
  return {
    file,
    url: `/toolkits/${id}/${file}`,
    bytes,
    label: attachmentLabel(title, file, bytes),
  };
}

/** The links for a toolkit's files, in the order its `files` lists them, and for its zip bundle. */
export async function toolkitDownloads(
  root: string,
  id: string,
  files: { file: string; title: string }[],
) {
  return {
    files: await Promise.all(files.map(({ file, title }) => download(root, id, file, title))),
    bundle: await download(root, id, bundleName(id), 'All files in one download'),
  };
}
