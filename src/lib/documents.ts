import type { z } from 'astro/zod';
import type { documentFields } from '../schemas/document.ts';
import type { Audience } from '../schemas/fields.ts';

/** The kinds of published document, as readers and search filters name them. */
export const DOCUMENT_TYPES = ['guidance', 'patient-information', 'resource', 'toolkit'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  guidance: 'Guidance',
  'patient-information': 'Patient information',
  resource: 'Resource',
  toolkit: 'Toolkit',
};

/** Which collection a document comes from; it decides the URL. */
export type DocumentCollection = 'guidance' | 'resources' | 'toolkits';

type DocumentShape = ReturnType<typeof documentFields>;

/**
 * Frontmatter shared by every document, as Astro hands it over (references may be objects):
 * derived from the schema's fields, so a new field appears here by itself.
 */
export type DocumentData = { [Field in keyof DocumentShape]: z.output<DocumentShape[Field]> };

/** The frontmatter fields a published document carries as they are. */
type CarriedFields =
  'title' | 'summary' | 'audience' | 'published' | 'updated' | 'reviewDue' | 'sources';

/** One published document in the shape every page, feed and index uses. */
export interface HubDocument extends Pick<DocumentData, CarriedFields> {
  type: DocumentType;
  collection: DocumentCollection;
  id: string;
  url: string;
  requirements: string[];
  organisations: string[];
  /** Drafts are never published. */
  status: Exclude<DocumentData['status'], 'draft'>;
}

/** Reads an id from a `reference()` value (`{ collection, id }`) or a plain string. */
export function referenceId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id;
  throw new TypeError(`Not a reference: ${JSON.stringify(value)}`);
}

/** Guidance written only for patients is shown and searched as patient information. */
export function documentType(
  collection: DocumentCollection,
  audience: readonly Audience[],
): DocumentType {
  if (collection === 'resources') return 'resource';
  if (collection === 'toolkits') return 'toolkit';
  return audience.length > 0 && audience.every((a) => a === 'patient')
    ? 'patient-information'
    : 'guidance';
}

/** The site path of a document, e.g. `/guidance/patients/leaving-hospital/`. */
export function documentUrl(collection: DocumentCollection, id: string): string {
  return `/${collection}/${id}/`;
}

/** Turns a collection entry into a HubDocument, or null for a draft (drafts are never published). */
export function toHubDocument(
  collection: DocumentCollection,
  id: string,
  data: DocumentData,
): HubDocument | null {
  if (data.status === 'draft') return null;
  return {
    type: documentType(collection, data.audience),
    collection,
    id,
    url: documentUrl(collection, id),
    title: data.title,
    summary: data.summary,
    requirements: data.requirements.map(referenceId),
    organisations: data.organisations.map(referenceId),
    audience: data.audience,
    published: data.published,
    updated: data.updated,
    reviewDue: data.reviewDue,
    sources: data.sources,
    status: data.status,
  };
}

/** Newest first, by `updated`, then by title so the order is stable. */
export function byMostRecentlyUpdated(a: HubDocument, b: HubDocument): number {
  return b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title);
}
