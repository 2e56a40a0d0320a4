import { DOCUMENT_TYPES, type DocumentType, type HubDocument } from './documents.ts';
import { inTopicOrder } from './topic-order.ts';

/** Every document that supports the requirement, in topic order (`topics`: see topic-order.ts). */
export function documentsForRequirement(
  documents: readonly HubDocument[],
  requirementId: string,
  topics: readonly string[],
): HubDocument[] {
  return inTopicOrder(
    documents.filter((doc) => doc.requirements.includes(requirementId)),
    topics,
  );
}

/** Every document the organisation co-produced, in topic order (`topics`: see topic-order.ts). */
export function documentsForOrganisation(
  documents: readonly HubDocument[],
  organisationId: string,
  topics: readonly string[],
): HubDocument[] {
  return inTopicOrder(
    documents.filter((doc) => doc.organisations.includes(organisationId)),
    topics,
  );
}

/** Documents grouped by type, in the fixed order readers see on every page; empty groups left out. */
export function groupByType(
  documents: readonly HubDocument[],
): { type: DocumentType; documents: HubDocument[] }[] {
  return DOCUMENT_TYPES.map((type) => ({
    type,
    documents: documents.filter((doc) => doc.type === type),
  })).filter((group) => group.documents.length > 0);
}

/** How many linked documents of each type, for the requirements table. */
export function countByType(documents: readonly HubDocument[]): Record<DocumentType, number> {
  const counts = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, 0])) as Record<
    DocumentType,
    number
  >;
  for (const doc of documents) counts[doc.type] += 1;
  return counts;
}
