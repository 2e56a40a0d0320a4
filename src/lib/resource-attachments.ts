/**
 * Where a resource's attachments are published and how its page links them: each link says the
 * format and size, as toolkit files do. scripts/build-steps/attachments.ts copies the files there.
 */
import path from 'node:path';
import { attachmentLabel } from './file-size.ts';
import { publishedFileSize } from './published-file.ts';

/** Folder the attachments are copied to, relative to the repository root; served at `/resources/<id>/`. */
export const ATTACHMENT_OUTPUT = path.join('public', 'resources');

/** One attachment link on a resource page. */
export interface AttachmentLink {
  url: string;
  /** e.g. "Audit template (XLSX, 24 KB)". */
  label: string;
}

/** The links for a resource's attachments, in the order its `attachments` lists them. */
export async function attachmentLinks(
  root: string,
  id: string,
  attachments: readonly { file: string; title: string }[],
): Promise<AttachmentLink[]> {
  return Promise.all(
    attachments.map(async ({ file, title }) => {
      const bytes = await publishedFileSize(
        root,
        path.join(root, ATTACHMENT_OUTPUT, id, file),
        'npm run build:attachments',
      );
      return { url: `/resources/${id}/${file}`, label: attachmentLabel(title, file, bytes) };
    }),
  );
}
