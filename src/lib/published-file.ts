/**
 * Files the build writes into `public/` before Astro renders the pages (toolkit files, resource
 * attachments): their pages read each one's size for its link text.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The size in bytes of `file` (absolute), or an error naming the file (relative to `root`) and the
 * command that writes it.
 */
export async function publishedFileSize(
  root: string,
  file: string,
  command: string,
): Promise<number> {
  return stat(file).then(
    (s) => s.size,
    () => {
      throw new Error(
        `${path.relative(root, file)} has not been written. Run npm run build, or ${command} before astro build.`,
      );
    },
  );
}
