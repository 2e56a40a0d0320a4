import { isoDay } from './dates.ts';
import type { HubDocument } from './documents.ts';

/** One row of `/api/documents.json`: plain JSON with dates as YYYY-MM-DD. */
export interface DocumentRecord {
  type: HubDocument['type'];
  id: string;
  title: string;
  url: string;
  summary: string;
  requirements: string[];
  organisations: string[];
  audience: string[];
  published: string;
  updated: string;
  reviewDue: string;
  sources: { title: string; url: string; publisher: string; date?: string }[];
}

/** The public, machine-readable list of every published document, sorted by URL. */
export function documentRecords(documents: readonly HubDocument[], site: URL): DocumentRecord[] {
  return [...documents]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((doc) => ({
      type: doc.type,
      id: doc.id,
      title: doc.title,
      url: new URL(doc.url, site).href,
      summary: doc.summary,
      requirements: doc.requirements,
      organisations: doc.organisations,
      audience: doc.audience,
      published: isoDay(doc.published),
      updated: isoDay(doc.updated),
      reviewDue: isoDay(doc.reviewDue),
      sources: doc.sources.map(({ date, ...rest }) =>
        date ? { ...rest, date: isoDay(date) } : rest,
      ),
    }));
}
