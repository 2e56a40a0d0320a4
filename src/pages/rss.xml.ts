import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedDocuments } from '../lib/content.ts';
import { siteConfig } from '../site-config.ts';

/** New and updated documents, newest first. */
export async function GET(context: APIContext) {
  const documents = await getPublishedDocuments();
  return rss({
    title: `${siteConfig.serviceName}: new and updated guidance`,
    description:
      'Guidance, resources and toolkits on the interface between general practice and hospitals.',
    site: context.site ?? siteConfig.siteUrl,
    items: documents.map((doc) => ({
      title: doc.title,
      description: doc.summary,
      link: doc.url,
      pubDate: doc.updated,
      categories: doc.requirements,
    })),
  });
}
