/**
 * One order for every list on the site: by contract requirement topic, as the home page lists the
 * requirements. A reader who learns where "Fit notes" sits in one list finds it there in the next.
 */

/** What a requirement needs for its place in the topic order. */
interface RequirementLike {
  id: string;
  data: { title: string };
}

/**
 * A to Z as readers expect it: case and accents aside. One collator for the whole build: every page
 * sorts the requirements, and `localeCompare` with options builds a collator at each comparison
 * (2.4 s of a 5,000-document build).
 */
export const A_TO_Z = new Intl.Collator('en', { sensitivity: 'base' });

/** Requirements in topic order: A to Z by title, as the home page lists them. */
export function compareRequirementTopics(a: RequirementLike, b: RequirementLike): number {
  return A_TO_Z.compare(a.data.title, b.data.title);
}

/** The requirement ids in topic order, the key `inTopicOrder` sorts by. */
export function topicOrder(requirements: readonly RequirementLike[]): string[] {
  return [...requirements].sort(compareRequirementTopics).map((r) => r.id);
}

/**
 * Items sorted by the topic of their first requirement (the one they are mainly about), then by
 * title. Items with no known requirement go last. Returns a new array.
 */
export function inTopicOrder<T extends { title: string; requirements: readonly string[] }>(
  items: readonly T[],
  topics: readonly string[],
): T[] {
  const rank = (item: T) => {
    const index = item.requirements.length > 0 ? topics.indexOf(item.requirements[0]!) : -1;
    return index === -1 ? topics.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
