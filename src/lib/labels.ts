/** Words readers see for the codes used in frontmatter. */

const EDITION_LABELS: Record<string, string> = {
  'later-edition': 'Later edition (year not stated)',
};

/** A contract edition as readers see it: "2017-19", or a plain phrase for `later-edition`. */
export function editionLabel(edition: string): string {
  return EDITION_LABELS[edition] ?? edition;
}

const PROVIDER_TYPE_LABELS: Record<string, string> = {
  acute: 'acute hospitals',
  'mental-health': 'mental health services',
  community: 'community services',
  ambulance: 'ambulance services',
};

/** A readable list of provider types, e.g. "acute hospitals, mental health services and community services". */
export function providerTypesLabel(types: readonly string[]): string {
  const words = types.map((type) => PROVIDER_TYPE_LABELS[type] ?? type);
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
    : (words[0] ?? '');
}
