/**
 * One query pipeline for both search views: plans the reader's words (src/lib/search-query.ts),
 * runs the plan on a Pagefind bundle (src/lib/search-pipeline.ts) and ranks the reader's own
 * pages first. The header box runs it on the suggestions bundle, the search page on the full text,
 * the suggestions and the readers' questions, so pressing Enter never loses a page the box
 * suggested.
 */
import {
  GLOSSARY_LABEL,
  ownPageLabels,
  REQUIREMENT_LABEL,
  TOOL_LABELS,
  type ReaderRole,
} from '../../lib/readers.ts';
import {
  rankForReader,
  readerWeights,
  runPlan,
  type PipelineResults,
  type ReaderWeights,
} from '../../lib/search-pipeline.ts';
import {
  askedAs,
  asksForMeaning,
  asksForTool,
  asksOfAClause,
  type HeardRole,
} from '../../lib/search-asker.ts';
import {
  correctedQuery,
  planWithRareWords,
  withRareWords,
  withRealWords,
  type PlanOptions,
  type QueryPlan,
  type SearchLanguage,
} from '../../lib/search-query.ts';
import {
  loadLanguage,
  loadOnce,
  loadPagefind,
  loadQuestionWords,
  loadRareWords,
  loadRealWords,
  QUESTIONS_INDEX,
  pagesWithFilter,
  searchWords,
  type Bundle,
  type PagefindResult,
} from './pagefind-client.ts';

/** Suggestions the header box shows; the search page always includes them. */
export const SUGGESTIONS_SHOWN = 5;

export interface Understood {
  plan: QueryPlan;
  found: PipelineResults<PagefindResult>;
  /** What the pages for the reader's role, and the kind of page asked for, count for (ranked first). */
  preferred?: ReaderWeights;
  /** Who the question sounds like, when the reader chose no role: their pages are ranked first. */
  heard?: HeardRole;
}

/**
 * Plans the query and searches one bundle with it, ranked for the reader's role: the one they
 * chose, or the one their question sounds like (search-asker.ts: "my GP", "the hospital rejected
 * my referral"). Both views plan a query with no space after its last word as one being typed
 * (`typing`): the search page reads what the box's form sent as the box read it.
 */
export async function searchWithPlan(
  bundle: Bundle,
  text: string,
  chosen: ReaderRole | undefined,
  options: PlanOptions = {},
): Promise<Understood> {
  // The readers' questions are planned with their own words too, so a word only they use
  // ("registrar") is searched as it is, not left out or mended into a word of the pages.
  const asked = bundle === QUESTIONS_INDEX;
  // Pagefind loads beside the vocabulary, ready for the searches once the query is planned.
  const [, language] = await Promise.all([
    loadPagefind(bundle),
    asked ? questionsLanguage() : loadLanguage(),
  ]);
  const plan = await planWithRareWords(
    text,
    language,
    asked ? wholeQuestionsLanguage : wholeLanguage,
    options,
  );
  // Heard with its spelling mended ("my scan resluts"), as it is searched.
  const said = correctedQuery(text, plan);
  const heard = chosen === undefined ? askedAs(said) : undefined;
  const role = chosen ?? heard;
  // The reader's own pages (readers.ts: `ownPageLabels`); the toolkits and resources when the
  // question asks for a tool, the glossary when it asks what a word means, and the contract
  // requirements when it names a clause or asks what the contract itself lays down.
  const ownLabels = role ? ownPageLabels(role) : [];
  const askedLabels = [
    ...(asksForTool(said) ? TOOL_LABELS : []),
    ...(asksForMeaning(said) ? [GLOSSARY_LABEL] : []),
    ...(asksOfAClause(said) ? [REQUIREMENT_LABEL] : []),
  ];
  const pagesFor = (labels: readonly string[]) =>
    labels.length > 0
      ? pagesWithFilter(bundle, 'reader', labels).then((pages) => pages.map((p) => p.id))
      : [];
  const [found, own, askedFor] = await Promise.all([
    runPlan(plan, { search: (words) => searchWords(bundle, words) }),
    pagesFor(ownLabels),
    pagesFor(askedLabels),
  ]);
  const preferred = readerWeights(own, askedFor);
  return {
    plan,
    found: { ...found, results: rankForReader(found.results, preferred) },
    ...(preferred ? { preferred } : {}),
    ...(heard ? { heard } : {}),
  };
}

/** The English words not to mend, or none when they fail to load (a word spelt right may then be mended). */
const realWordsOrNone = () => loadRealWords().catch((): string[] => []);

/**
 * The whole vocabulary, with the words on one page only and the English words not to mend, joined
 * once. Without the English words (a failed download), a word spelt right may be mended, as before
 * they were written.
 */
const wholeLanguage: () => Promise<SearchLanguage> = loadOnce(async () => {
  const [common, rare, real] = await Promise.all([
    loadLanguage(),
    loadRareWords(),
    realWordsOrNone(),
  ]);
  return withRealWords(withRareWords(common, rare), real);
});

/**
 * The vocabulary with the words only the readers' questions use, as words on one page, and the
 * English words not to mend: a word spelt right is left out here as in the full text, not searched
 * as another ("police" as "policy").
 */
const questionsLanguage: () => Promise<SearchLanguage> = loadOnce(async () => {
  const [common, own, real] = await Promise.all([
    loadLanguage(),
    loadQuestionWords(),
    realWordsOrNone(),
  ]);
  return withRealWords(withRareWords(common, own), real);
});
const wholeQuestionsLanguage: () => Promise<SearchLanguage> = loadOnce(async () => {
  const [whole, own] = await Promise.all([wholeLanguage(), loadQuestionWords()]);
  return withRareWords(whole, own);
});
