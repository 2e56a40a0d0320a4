import type { Audience } from '../schemas/fields.ts';
import type { DocumentCollection, DocumentType } from './documents.ts';

/**
 * Who a page is for, in the words readers see. Captions, breadcrumbs, lists, search results,
 * suggestions and packs all read them from here, so a page is named the same way everywhere.
 */
export const READER_GROUPS = {
  practices: {
    label: 'For GP practices',
    caption: 'Guidance for GP practices',
    href: '/guidance/#for-gp-practices',
    audiences: ['gp', 'practice-staff'],
  },
  'hospital-teams': {
    label: 'For hospital teams',
    caption: 'Guidance for hospital teams',
    href: '/guidance/#for-hospital-teams',
    audiences: ['hospital-clinician', 'provider-manager'],
  },
  managers: {
    label: 'For managers and commissioners',
    caption: 'Guidance for managers and commissioners',
    href: '/managers/',
    audiences: ['provider-manager', 'commissioner'],
  },
  patients: {
    label: 'For patients',
    caption: 'For patients',
    href: '/patients/',
    audiences: ['patient'],
  },
} as const satisfies Record<
  string,
  { label: string; caption: string; href: string; audiences: readonly Audience[] }
>;

export type ReaderGroup = keyof typeof READER_GROUPS;

/** The folder under `content/guidance/` that holds each group's guidance. */
const GUIDANCE_FOLDERS: Record<string, ReaderGroup> = {
  practices: 'practices',
  providers: 'hospital-teams',
  patients: 'patients',
};

/**
 * The group a guidance document is written for: its folder first (`practices/`, `providers/`,
 * `patients/`), then its audience, so a document in another folder is still labelled.
 */
export function readerGroupOfGuidance(id: string, audience: readonly Audience[]): ReaderGroup {
  const folder = GUIDANCE_FOLDERS[id.split('/')[0] ?? ''];
  if (folder) return folder;
  if (audience.length > 0 && audience.every((a) => a === 'patient')) return 'patients';
  if (audience.some((a) => a === 'gp' || a === 'practice-staff')) return 'practices';
  if (audience.some((a) => a === 'hospital-clinician')) return 'hospital-teams';
  return 'managers';
}

/** Labels for pages that are not guidance. */
const KIND_LABELS = {
  requirement: 'Contract requirement',
  toolkit: 'Toolkit',
  resource: 'Resource',
  glossary: 'Glossary',
  organisation: 'About the group',
} as const;

/**
 * The short label a result or list item carries: "For GP practices", "For hospital teams",
 * "For patients", "Toolkit", "Contract requirement", "Resource" or "Glossary".
 */
export function pageForLabel(
  page:
    | { kind: keyof typeof KIND_LABELS }
    | {
        kind: 'document';
        type: DocumentType;
        collection: DocumentCollection;
        id: string;
        audience: readonly Audience[];
      },
): string {
  if (page.kind !== 'document') return KIND_LABELS[page.kind];
  if (page.collection === 'toolkits') return KIND_LABELS.toolkit;
  if (page.collection === 'resources') return KIND_LABELS.resource;
  return READER_GROUPS[readerGroupOfGuidance(page.id, page.audience)].label;
}

/** A published document as readers.ts needs it. */
type DocumentPage = {
  type: DocumentType;
  collection: DocumentCollection;
  id: string;
  audience: readonly Audience[];
};

/**
 * The caption above a document's title and the last breadcrumb before it: who a guidance page is
 * for ("Guidance for GP practices", "For patients"), or what a toolkit or resource is.
 */
export function documentCaption(document: DocumentPage): { text: string; href: string } {
  if (document.collection === 'toolkits') return { text: KIND_LABELS.toolkit, href: '/toolkits/' };
  if (document.collection === 'resources') {
    return { text: KIND_LABELS.resource, href: '/resources/' };
  }
  const group = READER_GROUPS[readerGroupOfGuidance(document.id, document.audience)];
  return { text: group.caption, href: group.href };
}

/**
 * Guidance that asks something of commissioners: it names them in its audience. The managers and
 * commissioners page lists it, so the audience field is the one place an author says so.
 */
export function asksOfCommissioners(document: { audience: readonly Audience[] }): boolean {
  return document.audience.includes('commissioner');
}

/**
 * Who a reader says they are ("I am a…" on the search page). Each role ranks first the pages of the
 * reader groups written for its audiences, so a GP sees practice guidance before the hospital's.
 */
export const READER_ROLES = {
  gp: { label: 'GP', audiences: ['gp'] },
  'practice-staff': { label: 'Practice staff', audiences: ['practice-staff'] },
  'hospital-clinician': { label: 'Hospital clinician', audiences: ['hospital-clinician'] },
  manager: { label: 'Manager or commissioner', audiences: ['provider-manager', 'commissioner'] },
  patient: { label: 'Patient', audiences: ['patient'] },
} as const satisfies Record<string, { label: string; audiences: readonly Audience[] }>;

export type ReaderRole = keyof typeof READER_ROLES;

/** Whether a stored value names a role (it comes from the reader's browser storage). */
export function isReaderRole(value: unknown): value is ReaderRole {
  return typeof value === 'string' && Object.hasOwn(READER_ROLES, value);
}

/** The labels ("For GP practices", …) of the pages a role's reader is looking for. */
export function labelsForRole(role: ReaderRole): string[] {
  const audiences: readonly Audience[] = READER_ROLES[role].audiences;
  return Object.values(READER_GROUPS)
    .filter((group) => group.audiences.some((a) => audiences.includes(a)))
    .map((group) => group.label);
}

/** The labels of the reader groups' guidance ("For GP practices", …). */
export const GROUP_LABELS: readonly string[] = Object.values(READER_GROUPS).map((g) => g.label);

/** The labels of the toolkits and resources: things to use rather than guidance to read. */
export const TOOL_LABELS: readonly string[] = [
  pageForLabel({ kind: 'toolkit' }),
  pageForLabel({ kind: 'resource' }),
];

/** The label of the contract requirement pages. */
export const REQUIREMENT_LABEL: string = KIND_LABELS.requirement;

/** The label of the glossary. */
export const GLOSSARY_LABEL: string = KIND_LABELS.glossary;

/**
 * The labels of the pages a reader's own page on the same topic is put just above
 * (search-pipeline.ts: `raiseReadersOwn`): the reader groups' guidance, and for a patient the
 * contract requirement too, which is written for the staff on either side, unless the question
 * asks about the contract itself (`askingOfTheContract`). "Can't get through to the consultant's
 * secretary" finds the requirement on points of contact by its everyday words; a patient needs
 * their own page on it first.
 */
export function pagesRaisedOver(role: ReaderRole, askingOfTheContract = false): string[] {
  return [
    ...GROUP_LABELS,
    ...(role === 'patient' && !askingOfTheContract ? [REQUIREMENT_LABEL] : []),
  ];
}

/**
 * The labels of a role's own pages, ranked first for them: their guidance, and for a manager or
 * commissioner the toolkits and resources too, as they run the audits, the local groups and the
 * briefings.
 */
export function ownPageLabels(role: ReaderRole): string[] {
  return [...labelsForRole(role), ...(role === 'manager' ? TOOL_LABELS : [])];
}
