/** The one place that drives jszip: a toolkit's files and its manifest.json as one download. */
import JSZip from 'jszip';
import type { ToolkitManifest } from './manifest.ts';

/**
 * Zips the files with `manifest.json` beside them. Every entry carries the same date, so the same
 * files always give the same bundle and its size on the page does not drift between builds.
 */
export async function toolkitZip(
  files: { file: string; content: Uint8Array }[],
  manifest: ToolkitManifest,
  date: Date,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { file, content } of files) zip.file(file, content, { date });
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
