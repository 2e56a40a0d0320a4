/**
 * The one place pages read collections. Everything else in `src/lib/` is plain TypeScript and
 * works on the HubDocument model, so it is tested without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { A_TO_Z, compareRequirementTopics, topicOrder } from './topic-order.ts';
import {
  byMostRecentlyUpdated,
  toHubDocument,
  type DocumentCollection,
  type HubDocument,
} from './documents.ts';

export type RequirementEntry = CollectionEntry<'requirements'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type DocumentEntry =
  CollectionEntry<'guidance'> | CollectionEntry<'resources'> | CollectionEntry<'toolkits'>;

const DOCUMENT_COLLECTIONS: DocumentCollection[] = ['guidance', 'resources', 'toolkits'];

/** Every requirement, in topic order (the order the home page and every list use). */
export async function getRequirements(): Promise<RequirementEntry[]> {
  return (await getCollection('requirements')).sort(compareRequirementTopics);
}

/** The requirement ids in topic order: the key every list is sorted by (see topic-order.ts). */
export async function getTopicOrder(): Promise<string[]> {
  return topicOrder(await getCollection('requirements'));
}

/** Every organisation, members first, then by name. */
export async function getOrganisations(): Promise<OrganisationEntry[]> {
  return (await getCollection('organisations')).sort(
    (a, b) =>
      Number(b.data.member) - Number(a.data.member) || a.data.name.localeCompare(b.data.name),
  );
}

/** Every glossary term, A to Z by term. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).sort((a, b) => A_TO_Z.compare(a.data.term, b.data.term));
}

/** Published entries of one document collection (drafts left out), with their HubDocument. */
export async function getPublishedEntries<C extends DocumentCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.flatMap((entry) => {
    const document = toHubDocument(collection, entry.id, entry.data);
    return document ? [{ entry, document }] : [];
  });
}

/** Every published document across guidance, resources and toolkits, newest first. */
export async function getPublishedDocuments(): Promise<HubDocument[]> {
  const all = await Promise.all(DOCUMENT_COLLECTIONS.map(getPublishedEntries));
  return all
    .flat()
    .map(({ document }) => document)
    .sort(byMostRecentlyUpdated);
}
