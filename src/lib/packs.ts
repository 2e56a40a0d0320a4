/**
 * Topic packs: everything the site says on one requirement, or to one group of readers, gathered
 * into a single page to print or share, with a PDF beside it. This module decides what goes in a
 * pack and where it lives; the pages only render it.
 */
import type { Source } from '../schemas/fields.ts';
import type { HubDocument } from './documents.ts';
import { READER_GROUPS, readerGroupOfGuidance, type ReaderGroup } from './readers.ts';

/** The handbooks, one per group of readers, in the order the site lists them. */
export const HANDBOOK_GROUPS = Object.keys(READER_GROUPS) as ReaderGroup[];

/** Where a requirement's pack is published, e.g. `/requirements/fit-notes/pack/`. */
export const requirementPackPath = (id: string) => `/requirements/${id}/pack/`;

/** Where a group's handbook is published, e.g. `/packs/practices/`. */
export const handbookPath = (group: ReaderGroup) => `/packs/${group}/`;

/**
 * The PDF of a pack sits in the pack's own folder, named so a reader who saves it knows what it
 * is. The PDF build step renders the page of the folder the PDF is in, so the two never disagree.
 */
export const requirementPackPdf = (id: string) => `${requirementPackPath(id)}${id}-pack.pdf`;

/** The PDF of a group's handbook, e.g. `/packs/practices/handbook-practices.pdf`. */
export const handbookPdf = (group: ReaderGroup) => `${handbookPath(group)}handbook-${group}.pdf`;

/**
 * The id of a document's section in a pack, which also prefixes every id inside it, e.g.
 * `guidance-practices-fit-notes` for `/guidance/practices/fit-notes/`.
 */
export function packAnchor(document: { collection: string; id: string }): string {
  return `${document.collection}-${document.id}`.replaceAll('/', '-');
}

/** The readers a pack is for, in the order the site lists them: ["GP practices", "patients"]. */
export function readerNames(groups: readonly ReaderGroup[]): string[] {
  return HANDBOOK_GROUPS.filter((g) => groups.includes(g)).map((g) =>
    READER_GROUPS[g].label.replace(/^For /, ''),
  );
}

/** A requirement pack's title, e.g. "Fit notes: topic pack". */
export const requirementPackTitle = (title: string) => `${title}: topic pack`;

/** The handbook's title, e.g. "Handbook for GP practices", from the group's label. */
export function handbookTitle(group: ReaderGroup): string {
  return `Handbook ${READER_GROUPS[group].label.replace(/^For /, 'for ')}`;
}

/** One section of a requirement pack that gathers documents, with the heading readers see. */
export interface PackDocumentSection {
  id: string;
  heading: string;
  /** Printed in full. */
  documents: HubDocument[];
  /** Past REQUIREMENT_PACK_FULL_LIMIT: listed only. */
  listed: HubDocument[];
}

const GUIDANCE_HEADINGS: Record<ReaderGroup, string> = {
  practices: 'Guidance for GP practices',
  'hospital-teams': 'Guidance for hospital teams',
  managers: 'Guidance for managers and commissioners',
  patients: 'Information for patients',
};

/**
 * The guidance and patient information of a requirement pack, one section per group of readers
 * (practices, hospital teams, managers, patients), each in title order; empty sections left out.
 * Past REQUIREMENT_PACK_FULL_LIMIT in all, each group in turn gets its next most recently updated
 * document printed, so no group's guidance is left out for another's; the rest are listed.
 */
export function requirementPackSections(
  documents: readonly HubDocument[],
  requirementId: string,
): PackDocumentSection[] {
  const supporting = documents
    .filter((doc) => doc.collection === 'guidance' && doc.requirements.includes(requirementId))
    .sort((a, b) => a.title.localeCompare(b.title));
  const byGroup = HANDBOOK_GROUPS.map((group) =>
    supporting.filter((doc) => readerGroupOfGuidance(doc.id, doc.audience) === group),
  );
  const limits = shareLimit(
    byGroup.map((docs) => docs.length),
    REQUIREMENT_PACK_FULL_LIMIT,
  );
  return HANDBOOK_GROUPS.map((group, i) => {
    const { full, listed } = limitPack(byGroup[i]!, limits[i]!);
    return {
      id: GUIDANCE_HEADINGS[group].toLowerCase().replaceAll(' ', '-'),
      heading: GUIDANCE_HEADINGS[group],
      documents: full,
      listed,
    };
  }).filter((section) => section.documents.length + section.listed.length > 0);
}

/**
 * Shares `limit` places among groups of the given sizes, one place to each group in turn while it
 * has documents left: [5, 1, 4] with 6 places gives [3, 1, 2].
 */
export function shareLimit(sizes: readonly number[], limit: number): number[] {
  const shares = sizes.map(() => 0);
  let left = limit;
  while (left > 0 && shares.some((share, i) => share < sizes[i]!)) {
    for (let i = 0; i < sizes.length && left > 0; i++) {
      if (shares[i]! < sizes[i]!) {
        shares[i]! += 1;
        left -= 1;
      }
    }
  }
  return shares;
}

/** True when a document is written for anyone in the group, by the audience its authors gave. */
function isFor(doc: HubDocument, group: ReaderGroup): boolean {
  return doc.audience.some((a) =>
    (READER_GROUPS[group].audiences as readonly string[]).includes(a),
  );
}

/**
 * What a handbook gathers: the guidance written for the group (patients get patient information
 * only) and, except for patients, the toolkits meant for them; each list in title order. The
 * managers' group has no folder of its own, so its guidance is chosen by audience.
 */
export function handbookDocuments(
  documents: readonly HubDocument[],
  group: ReaderGroup,
): { guidance: HubDocument[]; toolkits: HubDocument[] } {
  const byTitle = (a: HubDocument, b: HubDocument) => a.title.localeCompare(b.title);
  const guidance = documents.filter((doc) => {
    if (doc.collection !== 'guidance') return false;
    if (group === 'patients') return doc.type === 'patient-information';
    if (doc.type === 'patient-information') return false;
    return group === 'managers'
      ? isFor(doc, group)
      : readerGroupOfGuidance(doc.id, doc.audience) === group;
  });
  const toolkits =
    group === 'patients'
      ? []
      : documents.filter((doc) => doc.collection === 'toolkits' && isFor(doc, group));
  return { guidance: guidance.sort(byTitle), toolkits: toolkits.sort(byTitle) };
}

/**
 * How many documents a pack prints in full. A pack is for printing and reading at a meeting: with
 * thousands of documents a handbook would run to thousands of pages (at 5,000 documents the
 * handbooks were 13–27 MB of HTML, too big to keep offline, and PDFs of 12–25 MB at 1,000).
 * Beyond the limit, the most recently updated are printed and the rest listed with their addresses.
 * The limits keep the PDFs near their goals (a handbook ≤ 1.5 MB, a requirement pack ≤ 300 KB): on
 * the real site a handbook of 14 documents prints to 805 KB and a requirement pack of 6 to 294 KB.
 */
export const HANDBOOK_FULL_LIMIT = 24;
/** All reader groups together, in a requirement pack: see HANDBOOK_FULL_LIMIT. */
export const REQUIREMENT_PACK_FULL_LIMIT = 6;

/** The documents a pack prints in full and those it only lists, each in the order given. */
export interface PackSelection<T> {
  full: T[];
  listed: T[];
}

/**
 * Splits a pack's documents at `limit`: the `limit` most recently updated are printed in full, the
 * rest listed; both keep the order they were given in.
 */
export function limitPack<T extends { updated: Date }>(
  documents: readonly T[],
  limit: number,
): PackSelection<T> {
  if (documents.length <= limit) return { full: [...documents], listed: [] };
  const newest = new Set(
    [...documents].sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, limit),
  );
  return {
    full: documents.filter((d) => newest.has(d)),
    listed: documents.filter((d) => !newest.has(d)),
  };
}

/**
 * Every source once, in the order first cited: two documents citing the same address (with or
 * without a trailing slash) list it once, under the title it was first given.
 */
export function uniqueSources(lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of lists.flat()) {
    const key = source.url.replace(/\/+$/, '');
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}

/** The newest `updated` date among a pack's documents: the date the pack's content is as of. */
export function contentDate(documents: readonly { updated: Date }[]): Date | undefined {
  return documents.reduce<Date | undefined>(
    (latest, doc) => (!latest || doc.updated > latest ? doc.updated : latest),
    undefined,
  );
}

/**
 * A CSS string, quoted and escaped, for the pack's title in the printed page margins
 * (an `@page` margin box can only show text a stylesheet gives it).
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** The per-pack print stylesheet: the pack's title at the top of every printed page. */
export function packPrintCss(title: string): string {
  return `@page {\n  @top-left {\n    content: ${cssString(title)};\n  }\n}\n`;
}
