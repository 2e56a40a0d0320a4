/**
 * The relevance test's questions (tests/data/search-questions*.json) are held out from the
 * questions the pages list as their readers' (frontmatter `questions`), which the search finds
 * pages by: a listed question copied to a page, or one with the same words, would be found because
 * it is there, and the relevance figures would no longer say how search answers new questions.
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { askedWords, questionsByPage } from '../../src/lib/reader-questions.ts';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

/** A question as the questions bundle holds it: its words, whatever their order or punctuation. */
const said = (question: string) => askedWords([question]).sort().join(' ');

it("keeps the relevance test's questions out of the pages' readers' questions, word for word", async () => {
  const pages = questionsByPage(await readContentFiles(REPOSITORY_ROOT));
  expect(pages.size).toBeGreaterThan(0);
  const onPages = new Map(
    [...pages].flatMap(([path, questions]) => questions.map((q) => [said(q), `${path}: "${q}"`])),
  );
  const copied: string[] = [];
  for (const file of ['search-questions.json', 'search-questions-blind.json']) {
    const { questions } = JSON.parse(
      await readFile(new URL(`../data/${file}`, import.meta.url), 'utf8'),
    ) as { questions: { question: string }[] };
    for (const { question } of questions) {
      const page = onPages.get(said(question));
      if (page) copied.push(`${file}: "${question}", as ${page}`);
    }
  }
  expect(copied, 'Listed questions also among the pages’ questions').toEqual([]);
});
