/**
 * The components content may use in `.mdx` files, and the attributes each one takes. The content
 * check reads this table to tell authors about a misspelt or missing attribute; each component's
 * `Props` are derived from it (`ContentComponentProps`). Adding a component: write it here, add `<Name>.astro`, describe it in README.md.
 */
const CARE_CARD_URGENCIES = ['non-urgent', 'urgent', 'emergency'] as const;
const DO_DONT_TYPES = ['do', 'dont'] as const;
const HEADING_LEVELS = ['2', '3', '4'] as const;

export type AttributeRule =
  | { kind: 'text'; required?: boolean }
  | { kind: 'choice'; values: readonly string[]; required?: boolean }
  /** A list of texts: `items={["first", "second"]}`. */
  | { kind: 'list'; required?: boolean }
  /** A list of label and value pairs: `rows={[{ key: "Timescale", value: "24 hours" }]}`. */
  | { kind: 'rows'; required?: boolean };

const headingLevel = { kind: 'choice', values: HEADING_LEVELS } as const;

const ATTRIBUTES = {
  InsetText: {},
  WarningCallout: { heading: { kind: 'text' }, headingLevel },
  CareCard: {
    urgency: { kind: 'choice', values: CARE_CARD_URGENCIES, required: true },
    heading: { kind: 'text', required: true },
    headingLevel,
  },
  DoDontList: {
    type: { kind: 'choice', values: DO_DONT_TYPES, required: true },
    items: { kind: 'list', required: true },
    heading: { kind: 'text' },
    headingLevel,
  },
  SummaryList: { rows: { kind: 'rows', required: true } },
} as const satisfies Record<string, Record<string, AttributeRule>>;

/** The table by component name, for the content check to look up what an author wrote. */
export const COMPONENT_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> =
  ATTRIBUTES;

export type ContentComponentName = keyof typeof ATTRIBUTES;

/** The value an attribute takes in a component's props, by the kind of its rule. */
type AttributeValue<Rule> = Rule extends { kind: 'choice'; values: readonly (infer Value)[] }
  ? Value
  : Rule extends { kind: 'list' }
    ? string[]
    : Rule extends { kind: 'rows' }
      ? { key: string; value: string }[]
      : string;

type Attributes<Name extends ContentComponentName> = (typeof ATTRIBUTES)[Name];
type RequiredKeys<Table> = {
  [Key in keyof Table]: Table[Key] extends { required: true } ? Key : never;
}[keyof Table];

/** A component's `Props`, from its row of the table: required attributes required, the rest optional. */
export type ContentComponentProps<Name extends ContentComponentName> = {
  [Key in RequiredKeys<Attributes<Name>>]: AttributeValue<Attributes<Name>[Key]>;
} & {
  [Key in Exclude<keyof Attributes<Name>, RequiredKeys<Attributes<Name>>>]?: AttributeValue<
    Attributes<Name>[Key]
  >;
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
