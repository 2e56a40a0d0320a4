/**
 * A synthetic corpus for the benchmark: the real content/ folder (requirements, organisations,
 * toolkits) plus N generated guidance documents and resources that pass the real schemas, cite the
 * real requirement and organisation ids, and run to the length of real guidance (about 700–1,400
 * words with headings, lists and sometimes a table). Each is written in the words of one published
 * real page of its kind, drawn as often as that page uses them (`wordUse`), so a word is on about
 * the share of bench documents that it is on of real pages, and a search matches about as many
 * pages as it would on a real site that size. What it does not copy is the size of such a site's
 * vocabulary: every bench document takes its words from the same few dozen real pages, so the
 * index holds far fewer different words than a real site of 5,000 pages would.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import {
  parseFrontmatter,
  readContentFiles,
  splitFrontmatter,
  type ContentFile,
} from '../../src/lib/content-files.ts';
import { parseMarkdown } from '../../src/lib/content-check/markdown.ts';
import { AUDIENCES } from '../../src/schemas/fields.ts';
import { RESOURCE_KINDS } from '../../src/schemas/resource.ts';

const GUIDANCE_FOLDERS = ['practices', 'providers', 'commissioners', 'patients'];
const PROFESSIONAL_AUDIENCES = AUDIENCES.filter((a) => a !== 'patient');

/**
 * A small deterministic generator, so every run of the benchmark over the same content/ builds the
 * same corpus (the words come from the real pages, so new content gives a new corpus).
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * How one real page uses words: each word it holds, and how often. A bench document draws its words
 * from one real page's use, so a word is on as large a share of bench documents as of real pages,
 * used as often. (Drawn from one shared list of words, every bench document would hold every word,
 * and every search would match every page: a worst case no real site has.)
 */
export interface WordUse {
  words: string[];
  /** Running totals of the words' counts, for drawing a word in proportion to its use. */
  totals: number[];
}

/**
 * The word use of a page's Markdown body: the words of its text as a Markdown parser reads it (the
 * content check's own), so link targets, tags, entities, code and reference definitions are not
 * words. A bare web address is a link whose text is the address: it is left out too.
 */
export function wordUse(markdown: string): WordUse {
  const { tree } = parseMarkdown(markdown, { isMdx: false });
  let prose = '';
  if (tree)
    visit(tree, 'text', (node, _index, parent) => {
      if (parent?.type === 'link' && parent.url.endsWith(node.value)) return;
      prose += ` ${node.value}`;
    });
  const counts = new Map<string, number>();
  for (const [word] of prose.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g)) {
    const key = word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort();
  let total = 0;
  return { words, totals: words.map((w) => (total += counts.get(w)!)) };
}

/** A word drawn from `use` in proportion to how often the page uses it. */
function drawWord(next: () => number, use: WordUse): string {
  const target = next() * use.totals.at(-1)!;
  let low = 0;
  let high = use.totals.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (use.totals[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return use.words[low]!;
}

function sentence(next: () => number, use: WordUse, words: number): string {
  const text = Array.from({ length: words }, () => drawWord(next, use)).join(' ');
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
function body(next: () => number, use: WordUse, requirementIds: string[]): string {
  const sections: string[] = [];
  const count = 4 + Math.floor(next() * 4);
  for (let s = 0; s < count; s++) {
    const paragraphs = Array.from({ length: 2 + Math.floor(next() * 2) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
        sentence(next, use, 10 + Math.floor(next() * 10)),
      ).join(' '),
    );
    const list = Array.from(
      { length: 3 + Math.floor(next() * 3) },
      () => `- ${sentence(next, use, 6 + Math.floor(next() * 6))}`,
    );
    const table =
      next() < 0.3
        ? [
            '',
            '| What | Who | By when |',
            '| --- | --- | --- |',
            ...Array.from(
              { length: 4 },
              () =>
                `| ${sentence(next, use, 4)} | ${sentence(next, use, 2)} | ${sentence(next, use, 3)} |`,
            ),
          ]
        : [];
    // A link to a cited requirement, in the model's words like the rest.
    const link = `${sentence(next, use, 4 + Math.floor(next() * 4)).slice(0, -1)}: [${sentence(next, use, 3).slice(0, -1)}](/requirements/${requirementIds[s % requirementIds.length]}/).`;
    sections.push(
      [
        `## ${sentence(next, use, 3 + Math.floor(next() * 3)).slice(0, -1)}`,
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

/**
 * Published real pages long enough to take words from, by kind: guidance by reader folder
 * (`practices`, …), `professional` (all guidance but the patients'), `guidance`, and `resources`.
 */
function modelPages(real: ContentFile[]): Map<string, WordUse[]> {
  const models = new Map<string, WordUse[]>();
  for (const file of real) {
    if (file.collection !== 'guidance' && file.collection !== 'resources') continue;
    const parts = splitFrontmatter(file.text);
    if (!parts || isDraft(parts.yaml)) continue;
    const use = wordUse(parts.body);
    if (use.words.length < MODEL_WORDS) continue;
    const folder = file.id.split('/')[0]!;
    const kinds =
      file.collection === 'resources'
        ? ['resources']
        : [folder, 'guidance', ...(folder === 'patients' ? [] : ['professional'])];
    for (const kind of kinds) {
      const list = models.get(kind) ?? [];
      list.push(use);
      models.set(kind, list);
    }
  }
  if (!models.has('guidance'))
    throw new Error('The bench corpus needs published guidance pages to take its words from.');
  return models;
}

function isDraft(yaml: string): boolean {
  const { data } = parseFrontmatter(yaml);
  return (data as { status?: unknown } | undefined)?.status === 'draft';
}

/** The fewest different words a real page needs to be a model for bench documents. */
const MODEL_WORDS = 100;

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** Writes the real content plus `docs` generated documents into `dir`; returns how many it generated. */
export async function generateCorpus(root: string, dir: string, docs: number): Promise<number> {
  await cp(path.join(root, 'content'), dir, { recursive: true });
  // The repository's own content, as copied above, whatever CONTENT_ROOT says (a bench build sets
  // it to a corpus, which must not become its own model).
  const real = await readContentFiles(root, path.join(root, 'content'));
  const requirementIds = real.filter((f) => f.collection === 'requirements').map((f) => f.id);
  const organisationIds = real.filter((f) => f.collection === 'organisations').map((f) => f.id);
  const models = modelPages(real);
  const next = random(docs);
  for (let i = 0; i < docs; i++) {
    const isResource = i % 7 === 6;
    const folderName = GUIDANCE_FOLDERS[i % GUIDANCE_FOLDERS.length]!;
    const forPatients = !isResource && folderName === 'patients';
    // Written like a real page of the same kind: patients' guidance like patients' guidance. A
    // folder with no real pages (commissioners') is written like the other professional guidance.
    const kind =
      models.get(isResource ? 'resources' : folderName) ??
      models.get('professional') ??
      models.get('guidance')!;
    const use = kind[Math.floor(next() * kind.length)]!;
    const requirements = pick(next, requirementIds, 1 + Math.floor(next() * 3));
    const published = isoDay(2022, Math.floor(next() * 365));
    const frontmatter: Record<string, unknown> = {
      title: `${sentence(next, use, 5 + Math.floor(next() * 5)).slice(0, -1)} (${i + 1})`,
      summary: sentence(next, use, 20 + Math.floor(next() * 15)),
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
          title: sentence(next, use, 6).slice(0, -1),
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
      `---\n${stringify(frontmatter)}---\n\n${body(next, use, requirements)}`,
    );
  }
  return docs;
}
