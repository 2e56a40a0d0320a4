/**
 * The components content may use in `.mdx` files, and the attributes each one takes. The content
 * check reads this table to tell authors about a misspelt or missing attribute; each component's
 * `Props` follow it. Adding a component: write it here, add `<Name>.astro`, describe it in README.md.
 */
export const CARE_CARD_URGENCIES = ['non-urgent', 'urgent', 'emergency'] as const;
export const DO_DONT_TYPES = ['do', 'dont'] as const;
export const HEADING_LEVELS = ['2', '3', '4'] as const;

export type AttributeRule =
  | { kind: 'text'; required?: boolean }
  | { kind: 'choice'; values: readonly string[]; required?: boolean }
  /** A list of texts: `items={["first", "second"]}`. */
  | { kind: 'list'; required?: boolean }
  /** A list of label and value pairs: `rows={[{ key: "Timescale", value: "24 hours" }]}`. */
  | { kind: 'rows'; required?: boolean };

const headingLevel: AttributeRule = { kind: 'choice', values: HEADING_LEVELS };

export const CONTENT_COMPONENTS: Record<string, Record<string, AttributeRule>> = {
  InsetText: {},
  WarningCallout: { heading: { kind: 'text' }, headingLevel },
  CareCard: { urgency: { kind: 'choice', values: CARE_CARD_URGENCIES, required: true }, heading: { kind: 'text', required: true }, headingLevel },
  DoDontList: { type: { kind: 'choice', values: DO_DONT_TYPES, required: true }, items: { kind: 'list', required: true }, heading: { kind: 'text' }, headingLevel },
  SummaryList: { rows: { kind: 'rows', required: true } },
};

/** The heading element for a `headingLevel` attribute, `h3` unless told otherwise. */
export function headingTag(level: string | number | undefined): 'h2' | 'h3' | 'h4' {
  const text = String(level ?? '3');
  return (HEADING_LEVELS as readonly string[]).includes(text) ? (`h${text}` as 'h2' | 'h3' | 'h4') : 'h3';
}

/**
 * nhsuk-frontend marks a heading made of two spans with `role="text"` so VoiceOver reads it as one
 * phrase. The role is not in the ARIA types, so components spread it from here.
 */
export const ONE_PHRASE = { role: 'text' } as Record<string, string>;
