/**
 * "What is WNB", "what is Advice and Guidance": asked with any glossary name, a short "what is"
 * question asks what it means, so the search ranks the glossary's definition up
 * (src/lib/search-asker.ts: `asksForMeaning`). Read from the glossary itself, so a name added there
 * is checked too.
 */
import { expect, it } from 'vitest';
import { asksForMeaning } from '../../src/lib/search-asker.ts';
import { splitTerm } from '../../src/lib/search-facets.ts';
import { readerWords } from '../../src/lib/search-query.ts';
import { contentEntries } from '../helpers/content.ts';

it('hears "what is" and each name of every glossary term as asking what it means', async () => {
  const names = (await contentEntries())
    .filter((entry) => entry.collection === 'glossary')
    .flatMap(({ data }) => [
      ...splitTerm(data.term as string),
      ...((data.alsoKnownAs as string[] | undefined) ?? []),
    ]);
  expect(names.length).toBeGreaterThan(20);
  const short = names.filter((name) => readerWords(name).length <= 3);
  expect(
    short.filter((name) => !asksForMeaning(`what is ${name}`)),
    'glossary names "what is …" does not hear as asking a meaning',
  ).toEqual([]);
});
