import { closest, distance } from 'fastest-levenshtein';

/**
 * The allowed value closest to what an author typed, when it is near enough to be a typo
 * (`practise-staff` → `practice-staff`), or undefined. Case differences always count as near.
 */
export function didYouMean(found: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const caseMatch = allowed.find((value) => value.toLowerCase() === found.toLowerCase());
  if (caseMatch) return caseMatch;
  const best = closest(found, [...allowed]);
  return distance(found, best) <= Math.max(2, Math.floor(best.length / 4)) ? best : undefined;
}

/** "one of a, b, c" plus "; did you mean "b"?" when the found text is a near miss. */
export function oneOf(allowed: readonly string[], found?: unknown): string {
  const list = `one of ${allowed.join(', ')}`;
  const suggestion = typeof found === 'string' ? didYouMean(found, allowed) : undefined;
  return suggestion ? `${list}. Did you mean "${suggestion}"?` : list;
}
