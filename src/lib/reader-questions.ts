/**
 * The questions readers ask of each page, in their own words (the `questions` of its frontmatter,
 * src/schemas/fields.ts), by the page's address: the search build indexes their words in a bundle of
 * their own (scripts/build-steps/search-index.ts). Read from the content files, as the build's
 * other steps read them, after Astro has checked them against the schemas.
 */
import { parseFrontmatter, splitFrontmatter, type ContentFile } from './content-files.ts';

/** The collections whose entries may carry questions: each entry is a page at /<collection>/<id>/. */
const WITH_QUESTIONS = new Set(['requirements', 'guidance', 'resources', 'toolkits']);

/** Each page's questions by its address, e.g. `/requirements/fit-notes/`; pages with none left out. */
export function readerQuestions(files: readonly ContentFile[]): Map<string, string[]> {
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
