import type { HubDocument } from './documents.ts';
import { reviewState, type ReviewState } from './review.ts';

/** A document that needs review soon or now, as the reviews page lists it. */
export interface ReviewItem {
  document: HubDocument;
  state: Exclude<ReviewState, 'in-date'>;
}

/** The documents one organisation co-produced that are overdue or due for review within 90 days. */
export interface OrganisationReviews {
  organisation: { id: string; name: string };
  items: ReviewItem[];
}

/**
 * Who has reviews to do: one group per organisation (a co-produced document appears under each of
 * its organisations), organisations by name, overdue first, then the soonest due.
 */
export function reviewsByOrganisation(
  documents: readonly HubDocument[],
  organisations: readonly { id: string; name: string }[],
  today: Date,
): OrganisationReviews[] {
  const due = documents.flatMap((document): ReviewItem[] => {
    const state = reviewState(document.reviewDue, today);
    return state === 'in-date' ? [] : [{ document, state }];
  });
  due.sort(
    (a, b) =>
      Number(b.state === 'overdue') - Number(a.state === 'overdue') ||
      a.document.reviewDue.getTime() - b.document.reviewDue.getTime() ||
      a.document.title.localeCompare(b.document.title),
  );
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => ({
      organisation,
      items: due.filter((item) => item.document.organisations.includes(organisation.id)),
    }))
    .filter((group) => group.items.length > 0);
}
