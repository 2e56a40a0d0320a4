const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as NHS.UK writes it, e.g. "4 April 2025". */
export function formatDate(date: Date): string {
  return UK_DATE.format(date);
}

/** The machine-readable form, e.g. "2025-04-04", for `<time datetime>` and JSON. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date a YYYY-MM-DD text names, at midnight UTC; the inverse of `isoDay`. */
export function dateOfIsoDay(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}
