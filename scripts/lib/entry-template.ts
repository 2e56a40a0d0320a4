import { AUDIENCES } from '../../src/schemas/fields.ts';
import { CONTRACT_EDITIONS, PROVIDER_TYPES } from '../../src/schemas/requirement.ts';
import { RESOURCE_KINDS } from '../../src/schemas/resource.ts';
import type { CollectionName } from '../../src/lib/content-files.ts';
import { slugify } from '../../src/lib/content-check/file-shape.ts';

/**
 * The text of a new entry for `npm run new`: every field its schema asks for, with today's dates
 * and "TODO: …" placeholders that `npm run check:content` explains until they are filled in.
 */
export function entryTemplate(collection: CollectionName, title: string, today: Date): string {
  return `---\n${FRONTMATTER[collection](title, today).trim()}\n---\n\n${collection === 'glossary' ? GLOSSARY_BODY : BODY}`;
}

/** A folder name that is also a good web address; `..`, `.` and empty names are not. */
const FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where the new entry goes: `content/guidance/practices/<slug>.md`, or `content/toolkits/<slug>/index.md`.
 * Throws when the folder would leave the collection (`../`, an absolute path) or is not a web address.
 */
export function entryPath(
  collection: CollectionName,
  folder: string | undefined,
  title: string,
): string {
  const bad = folder?.split('/').find((part) => !FOLDER.test(part));
  if (bad !== undefined) {
    throw new Error(
      `"${folder}" is not a folder inside content/${collection}/: "${bad}" is not allowed. ` +
        'Use folder names of lower-case letters, digits and hyphens, e.g. guidance/practices.',
    );
  }
  const slug = slugify(title);
  if (!slug)
    throw new Error(
      `"${title}" has no letters or digits to name the file after. Give a title in words.`,
    );
  if (collection === 'toolkits') return `content/toolkits/${slug}/index.md`;
  return ['content', collection, folder, `${slug}.md`].filter(Boolean).join('/');
}

const BODY =
  '## TODO: first heading\n\nTODO: write the page in plain English. Every fact needs a source listed in `sources`.\n';

const GLOSSARY_BODY = 'TODO: one or two more sentences in plain English, or delete this line.\n';

const quote = (text: string) => JSON.stringify(text);
const day = (date: Date) => date.toISOString().slice(0, 10);
const yearLater = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));

const sources = `sources:
  - title: "TODO: title of the page or document the facts come from"
    url: "TODO: its web address, starting with https://"
    publisher: "TODO: who published it, e.g. NHS England"`;

function documentFields(title: string, today: Date): string {
  return `title: ${quote(title)}
summary: "TODO: one or two sentences shown in lists and search results"
requirements: ["TODO: ids of the contract requirements it supports, e.g. discharge-summaries"]
organisations: ["TODO: ids of the organisations that co-produced it, e.g. nhs-england"]
audience: ["TODO: one or more of ${AUDIENCES.join(', ')}"]
published: ${day(today)}
updated: ${day(today)}
reviewDue: ${day(yearLater(today))}
status: draft
${sources}`;
}

const FRONTMATTER: Record<CollectionName, (title: string, today: Date) => string> = {
  requirements: (title) => `title: ${quote(title)}
summary: "TODO: one sentence on what the provider must do"
ruleNow: "TODO: the rule as it stands now: what, who, by when"
howToQuote: "TODO: a line a GP can paste into a letter, naming the service condition"
clauses:
  - edition: "TODO: one of ${CONTRACT_EDITIONS.join(', ')}"
    ref: "TODO: the service condition, e.g. SC11.5, or to be confirmed"
appliesTo: ["TODO: one or more of ${PROVIDER_TYPES.join(', ')}"]
status: current
${sources}
keywords: []`,
  organisations: (title) => `name: ${quote(title)}
shortName: "TODO: short name or initials"
url: "TODO: its website, starting with https://"
description: "TODO: one neutral sentence on what it is"
member: "TODO: true for a member of the Interface Working Group, otherwise false"`,
  guidance: documentFields,
  resources: (title, today) => `${documentFields(title, today)}
kind: "TODO: one of ${RESOURCE_KINDS.join(', ')}"
attachments: []`,
  toolkits: (title, today) => `${documentFields(title, today)}
files:
  - file: "TODO: file name beside index.md, e.g. checklist.xlsx"
    title: "TODO: link text, e.g. Self-assessment checklist"
    description: "TODO: one sentence on what the file is for"`,
  glossary: (title) => `term: ${quote(title)}
alsoKnownAs: []
summary: "TODO: a one-line, plain-English definition"`,
};
