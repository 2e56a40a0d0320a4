import { DOCUMENT_TYPES, type DocumentType, type HubDocument } from './documents.ts';

/** Every document that supports the requirement, in title order. */
export function documentsForRequirement(documents: readonly HubDocument[], requirementId: string): HubDocument[] {
  return documents.filter((doc) => doc.requirements.includes(requirementId)).sort(byTitle);
}

/** Every document the organisation co-produced, in title order. */
export function documentsForOrganisation(documents: readonly HubDocument[], organisationId: string): HubDocument[] {
  return documents.filter((doc) => doc.organisations.includes(organisationId)).sort(byTitle);
}

/** Documents grouped by type, in the fixed order readers see on every page; empty groups left out. */
export function groupByType(documents: readonly HubDocument[]): { type: DocumentType; documents: HubDocument[] }[] {
  return DOCUMENT_TYPES.map((type) => ({ type, documents: documents.filter((doc) => doc.type === type) })).filter(
    (group) => group.documents.length > 0,
  );
}

/** How many linked documents of each type, for the requirements table. */
export function countByType(documents: readonly HubDocument[]): Record<DocumentType, number> {
  const counts = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, 0])) as Record<DocumentType, number>;
  for (const doc of documents) counts[doc.type] += 1;
  return counts;
}

function byTitle(a: HubDocument, b: HubDocument): number {
  return a.title.localeCompare(b.title);
}
