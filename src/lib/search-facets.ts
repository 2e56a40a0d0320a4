/**
 * What the search index knows about each page: the filters it can be narrowed by and the metadata a
 * result shows. Pages render these (SearchMetadata.astro) and the search page builds its checkboxes
 * from the same labels, so a filter value on a page always matches a checkbox.
 */
import type { Audience } from '../schemas/fields.ts';
import type { DocumentType } from './documents.ts';

/** The filters a search can be narrowed by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'requirement', 'audience', 'organisation'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const SEARCH_FILTER_LEGENDS: Record<SearchFilter, string> = {
  type: 'Type',
  requirement: 'Contract requirement',
  audience: 'Written for',
  organisation: 'Co-produced by',
};

/** Every kind of page in the index. */
export type SearchPageType = DocumentType | 'requirement' | 'organisation' | 'glossary';

export const SEARCH_TYPE_LABELS: Record<SearchPageType, string> = {
  requirement: 'Requirement',
  guidance: 'Guidance',
  resource: 'Resource',
  toolkit: 'Toolkit',
  'patient-information': 'Patient information',
  organisation: 'Organisation',
  glossary: 'Glossary',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  gp: 'GPs',
  'practice-staff': 'Practice staff',
  'hospital-clinician': 'Hospital clinicians',
  'provider-manager': 'Provider managers',
  commissioner: 'Commissioners',
  patient: 'Patients',
};

/** The search facts of one page, as SearchMetadata.astro writes them into the HTML. */
export interface SearchFacets {
  filters: Record<SearchFilter, string[]>;
  /** Shown under each result. */
  meta: {
    type: string;
    summary: string;
    reviewed?: string;
    keywords?: string;
    relatedKeywords?: string;
    reader?: string;
    terms?: string;
  };
  /** Who the page is for (readers.ts), as a filter the search uses to rank a reader's own pages first. */
  reader?: string;
}

/** A glossary term, so a search for it can open the term itself (`/glossary/#id`). */
export interface SearchTerm {
  /** The term's anchor on its page. */
  id: string;
  term: string;
  alsoKnownAs: string[];
}

/** Reads the `terms` metadata back (the build step turns each term into its own suggestion). */
export function parseSearchTerms(text: string | undefined): SearchTerm[] {
  if (!text) return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (t): t is SearchTerm =>
      typeof t?.id === 'string' &&
      typeof t.term === 'string' &&
      Array.isArray(t.alsoKnownAs) &&
      t.alsoKnownAs.every((a: unknown) => typeof a === 'string'),
  );
}

/** "Did not attend (DNA)" is two names: "Did not attend" and "DNA". */
export function splitTerm(term: string): string[] {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  return match ? [match[1]!, match[2]!] : [term];
}

export interface SearchFacetsInput {
  type: SearchPageType;
  summary: string;
  /** Titles of the contract requirements the page is about. */
  requirements?: string[];
  audience?: readonly Audience[];
  /** Names of the organisations that co-produced it (or that it describes). */
  organisations?: string[];
  /** "Page last reviewed", already formatted for people. */
  reviewed?: string;
  /**
   * The page's own everyday words for what it is about (a requirement's `keywords`, the glossary's
   * terms). Searched as metadata, and offered as suggestions in the header box.
   */
  keywords?: string[];
  /**
   * Everyday words of the requirements a document supports. Searched as metadata on the search
   * page, but not suggested in the header box: there they lead to the requirement's own page.
   */
  relatedKeywords?: string[];
  /** Who the page is for, from readers.ts ("For GP practices", "Contract requirement", …). */
  reader?: string;
  /** The glossary's terms, each with its anchor and other names. */
  terms?: SearchTerm[];
}

/** Turns what a page knows about itself into its search filters and result metadata. */
export function searchFacets(input: SearchFacetsInput): SearchFacets {
  const type = SEARCH_TYPE_LABELS[input.type];
  return {
    filters: {
      type: [type],
      requirement: unique(input.requirements ?? []),
      audience: unique((input.audience ?? []).map((a) => AUDIENCE_LABELS[a])),
      organisation: unique(input.organisations ?? []),
    },
    meta: {
      type,
      summary: input.summary,
      ...(input.reviewed ? { reviewed: input.reviewed } : {}),
      ...(input.keywords && input.keywords.length > 0
        ? { keywords: unique(input.keywords).join(', ') }
        : {}),
      ...(input.relatedKeywords && input.relatedKeywords.length > 0
        ? { relatedKeywords: unique(input.relatedKeywords).join(', ') }
        : {}),
      ...(input.reader ? { reader: input.reader } : {}),
      ...(input.terms && input.terms.length > 0 ? { terms: JSON.stringify(input.terms) } : {}),
    },
    ...(input.reader ? { reader: input.reader } : {}),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
