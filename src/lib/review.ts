const DAY_MS = 24 * 60 * 60 * 1000;

/** How many days before `reviewDue` a document counts as "due soon". */
export const DUE_SOON_DAYS = 90;

export type ReviewState = 'overdue' | 'due-soon' | 'in-date';

/** Whether a document's review date has passed on `today`. */
export function isOverdueForReview(reviewDue: Date, today: Date): boolean {
  return reviewDue.getTime() < startOfDay(today).getTime();
}

/** Overdue, due within 90 days, or in date. */
export function reviewState(reviewDue: Date, today: Date): ReviewState {
  if (isOverdueForReview(reviewDue, today)) return 'overdue';
  return reviewDue.getTime() - startOfDay(today).getTime() <= DUE_SOON_DAYS * DAY_MS
    ? 'due-soon'
    : 'in-date';
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
