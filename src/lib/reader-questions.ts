/**
 * The questions readers ask of each page, in their own words (the `questions` of its frontmatter,
 * src/schemas/fields.ts): by the page's address, and as the words the search holds of them. The
 * search build indexes those words in a bundle of their own (scripts/build-steps/search-index.ts).
 * Read from the content files, as the build's other steps read them, after Astro has checked them
 * against the schemas.
 */
import { parseFrontmatter, splitFrontmatter, type ContentFile } from './content-files.ts';
import { isFillerWord, readerWords } from './search-query.ts';

/** The collections whose entries may carry questions: each entry is a page at /<collection>/<id>/. */
const WITH_QUESTIONS = new Set(['requirements', 'guidance', 'resources', 'toolkits']);

/** Each page's questions by its address, e.g. `/requirements/fit-notes/`; pages with none left out. */
export function questionsByPage(files: readonly ContentFile[]): Map<string, string[]> {
  const questions = new Map<string, string[]>();
  for (const file of files) {
    if (!WITH_QUESTIONS.has(file.collection)) continue;
    const yaml = splitFrontmatter(file.text)?.yaml;
    const data = yaml === undefined ? undefined : parseFrontmatter(yaml).data;
    const listed = (data as { questions?: unknown } | undefined)?.questions;
    if (!Array.isArray(listed)) continue;
    const asked = listed.filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    if (asked.length > 0) questions.set(`/${file.collection}/${file.id}/`, asked);
  }
  return questions;
}

/**
 * The words of a page's questions, each once, in lower case, without the question and filler words
 * the query planner never searches ("how", "my", "the"; search-query.ts). Each word once
 * keeps the bundle small: the search page downloads its index chunks with a query. Over the 396
 * listed questions and two fresh lots of 50, the questions whole found 476 answers in the top 3,
 * their words each once 475 and these 474 (the tuned and held-out lists), while the bundle's index
 * went from 85 to 38 and then 28 KB; only the words the page itself does not use, 23 KB, found 471.
 */
export function askedWords(questions: readonly string[]): string[] {
  // Split and spelt out as the query planner reads a query ("pt" is "patient", "d/c" "discharge").
  const words = questions.flatMap((question) => readerWords(question, { negations: false }));
  return [...new Set(words)].filter((word) => !isFillerWord(word));
}
