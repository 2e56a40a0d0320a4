import { COLLECTION_RULES } from './collections.ts';
import { didYouMean } from './did-you-mean.ts';
import type { CheckedEntry } from './entry.ts';
import { PLACEHOLDER } from './frontmatter.ts';
import { describeValue, fieldName, type ContentProblem } from './problem.ts';

/** Frontmatter lists that name entries of another collection by id. */
const REFERENCE_FIELDS = { requirements: 'requirements', organisations: 'organisations' } as const;

/** Every id in a document's `requirements` or `organisations` that names no entry. */
export function checkReferences(entries: readonly CheckedEntry[]): ContentProblem[] {
  const ids = new Map(
    Object.values(REFERENCE_FIELDS).map((c) => [
      c,
      entries
        .filter((e) => e.collection === c)
        .map((e) => e.id)
        .sort(),
    ]),
  );
  return entries.flatMap((entry) =>
    Object.entries(REFERENCE_FIELDS).flatMap(([field, collection]) => {
      const list = entry.data?.[field];
      if (!Array.isArray(list)) return [];
      const known = ids.get(collection)!;
      return list.flatMap((id: unknown, index) => {
        if (typeof id !== 'string' || PLACEHOLDER.test(id) || known.includes(id)) return [];
        const suggestion = didYouMean(id, known);
        return [
          {
            file: entry.file,
            line: entry.lineOf([field, index]),
            field: fieldName([field, index]),
            problem: `is not the id of any of the ${collection}`,
            found: describeValue(id),
            expected: `one of ${known.join(', ')}${suggestion ? `. Did you mean "${suggestion}"?` : ''}`,
            fix: `Use the file name (without .md) of a file in content/${collection}/, or add that file first.`,
          },
        ];
      });
    }),
  );
}

/** A toolkit file's `requirement` that names no requirement (the link from guidance would be lost). */
export function checkToolkitFileRequirements(entries: readonly CheckedEntry[]): ContentProblem[] {
  const known = entries
    .filter((e) => e.collection === 'requirements')
    .map((e) => e.id)
    .sort();
  return entries
    .filter((entry) => entry.collection === 'toolkits' && Array.isArray(entry.data?.files))
    .flatMap((entry) =>
      (entry.data!.files as unknown[]).flatMap((file, index) => {
        const id = (file as { requirement?: unknown } | null)?.requirement;
        if (typeof id !== 'string' || known.includes(id)) return [];
        const suggestion = didYouMean(id, known);
        const path = ['files', index, 'requirement'];
        return [
          {
            file: entry.file,
            line: entry.lineOf(path),
            field: fieldName(path),
            problem: 'is not the id of any of the requirements',
            found: describeValue(id),
            expected: `one of ${known.join(', ')}${suggestion ? `. Did you mean "${suggestion}"?` : ''}`,
            fix: 'Use the file name (without .md) of a file in content/requirements/, or leave the field out.',
          },
        ];
      }),
    );
}

/** Two entries of one collection with the same id (web address) or the same title. */
export function checkDuplicates(entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenIds = new Map<string, CheckedEntry>();
  const seenTitles = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const idKey = `${entry.collection}/${entry.id.toLowerCase()}`;
    const first = seenIds.get(idKey);
    if (first) {
      problems.push({
        file: entry.file,
        line: 1,
        field: 'file name',
        problem: 'gives the same web address as another file',
        found: `/${entry.collection}/${entry.id}/, also used by ${first.file}`,
        expected: 'a web address no other document uses',
        fix: 'Rename one of the two files (the file name becomes the web address), or delete the copy.',
      });
    } else seenIds.set(idKey, entry);

    const titleField = COLLECTION_RULES[entry.collection].titleField;
    const title = entry.data?.[titleField];
    if (typeof title !== 'string' || title.trim() === '' || PLACEHOLDER.test(title)) continue;
    const titleKey = `${entry.collection}/${title.trim().toLowerCase()}`;
    const sameTitle = seenTitles.get(titleKey);
    if (sameTitle) {
      problems.push({
        file: entry.file,
        line: entry.lineOf([titleField]),
        field: titleField,
        problem: `is the same as the ${titleField} of another document`,
        found: `${describeValue(title)}, also used by ${sameTitle.file}`,
        expected: `a ${titleField} no other ${entry.collection} entry uses, so readers can tell them apart in lists and search`,
        fix: `Make one of the two ${titleField}s more specific.`,
      });
    } else seenTitles.set(titleKey, entry);
  }
  return problems;
}
