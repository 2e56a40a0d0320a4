/**
 * A synthetic corpus for the benchmark: the real content/ folder (requirements, organisations,
 * toolkits) plus N generated guidance documents and resources that pass the real schemas, cite the
 * real requirement and organisation ids, and run to the length of real guidance (about 700–1,400
 * words with headings, lists and sometimes a table).
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { AUDIENCES } from '../../src/schemas/fields.ts';
import { RESOURCE_KINDS } from '../../src/schemas/resource.ts';

const GUIDANCE_FOLDERS = ['practices', 'providers', 'commissioners', 'patients'];
const PROFESSIONAL_AUDIENCES = AUDIENCES.filter((a) => a !== 'patient');
const WORDS = (
  'discharge summary clinic letter referral practice hospital patient clinician contract requirement ' +
  'results medicines prescribing shared care fit note appointment provider commissioner timescale ' +
  'electronic within hours days follow-up onward responsibility agreement local policy audit review ' +
  'team record safety communication pathway primary secondary general specialist nurse pharmacist'
).split(' ');

/** A small deterministic generator, so every run of the benchmark builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
    ' ',
  );
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  return Array.from(
    { length: Math.min(count, pool.length) },
    () => pool.splice(Math.floor(next() * pool.length), 1)[0]!,
  );
}

/** A body of real-guidance length: sections with paragraphs, a list, sometimes a table. */
function body(next: () => number, requirementIds: string[]): string {
  const sections: string[] = [];
  const count = 4 + Math.floor(next() * 4);
  for (let s = 0; s < count; s++) {
    const paragraphs = Array.from({ length: 2 + Math.floor(next() * 2) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
        sentence(next, 10 + Math.floor(next() * 10)),
      ).join(' '),
    );
    const list = Array.from(
      { length: 3 + Math.floor(next() * 3) },
      () => `- ${sentence(next, 6 + Math.floor(next() * 6))}`,
    );
    const table =
      next() < 0.3
        ? [
            '',
            '| What | Who | By when |',
            '| --- | --- | --- |',
            ...Array.from(
              { length: 4 },
              () => `| ${sentence(next, 4)} | ${sentence(next, 2)} | ${sentence(next, 3)} |`,
            ),
          ]
        : [];
    const link = `See [the requirement](/requirements/${requirementIds[s % requirementIds.length]}/) for the contract wording.`;
    sections.push(
      [
        `## ${sentence(next, 3 + Math.floor(next() * 3)).slice(0, -1)}`,
        '',
        ...paragraphs.flatMap((p) => [p, '']),
        ...list,
        ...table,
        '',
        link,
      ].join('\n'),
    );
  }
  return `${sections.join('\n\n')}\n`;
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** Writes the real content plus `docs` generated documents into `dir`; returns how many it generated. */
export async function generateCorpus(root: string, dir: string, docs: number): Promise<number> {
  await cp(path.join(root, 'content'), dir, { recursive: true });
  const real = await readContentFiles(root);
  const requirementIds = real.filter((f) => f.collection === 'requirements').map((f) => f.id);
  const organisationIds = real.filter((f) => f.collection === 'organisations').map((f) => f.id);
  const next = random(docs);
  for (let i = 0; i < docs; i++) {
    const isResource = i % 7 === 6;
    const folderName = GUIDANCE_FOLDERS[i % GUIDANCE_FOLDERS.length]!;
    const forPatients = !isResource && folderName === 'patients';
    const requirements = pick(next, requirementIds, 1 + Math.floor(next() * 3));
    const published = isoDay(2022, Math.floor(next() * 365));
    const frontmatter: Record<string, unknown> = {
      title: `${sentence(next, 5 + Math.floor(next() * 5)).slice(0, -1)} (${i + 1})`,
      summary: sentence(next, 20 + Math.floor(next() * 15)),
      requirements,
      organisations: pick(next, organisationIds, 1 + Math.floor(next() * 3)),
      audience: forPatients
        ? ['patient']
        : pick(next, PROFESSIONAL_AUDIENCES, 1 + Math.floor(next() * 3)),
      published,
      updated: isoDay(2024, Math.floor(next() * 365)),
      reviewDue: isoDay(2027, Math.floor(next() * 365)),
      status: 'current',
      ...(isResource ? { kind: RESOURCE_KINDS[i % RESOURCE_KINDS.length] } : {}),
      sources: [
        {
          title: sentence(next, 6).slice(0, -1),
          url: `https://www.england.nhs.uk/publication/synthetic-${i}/`,
          publisher: 'NHS England',
        },
      ],
    };
    const folder = isResource
      ? path.join(dir, 'resources', 'bench')
      : path.join(dir, 'guidance', folderName, 'bench');
    const extension = i % 3 === 0 ? 'mdx' : 'md';
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, `document-${i + 1}.${extension}`),
      `---\n${stringify(frontmatter)}---\n\n${body(next, requirements)}`,
    );
  }
  return docs;
}
