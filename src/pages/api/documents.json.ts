import type { APIContext } from 'astro';
import { getPublishedDocuments } from '../../lib/content.ts';
import { documentRecords } from '../../lib/documents-api.ts';
import { siteConfig } from '../../site-config.ts';

/** Every published document as open data. */
export async function GET(context: APIContext) {
  const records = documentRecords(
    await getPublishedDocuments(),
    context.site ?? new URL(siteConfig.siteUrl),
  );
  return new Response(JSON.stringify({ documents: records }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
