/**
 * What a reader's question means, before it reaches Pagefind. Clinicians search as they would ask a
 * colleague ("how long should a hospital take to send a clinic letter"), while Pagefind returns only
 * pages that hold every word and corrects no spelling. So a query is first turned into a plan:
 * - a few ways of asking are read as the pages' words for them ("who do I phone" as "who to
 *   contact", search-rephrase.ts), then question and filler words are dropped, keeping the words
 *   that carry the meaning;
 * - known phrases are kept together (a requirement's everyday words, glossary terms), and a glossary
 *   term brings its other names along ("Choose and Book" also searches "e-RS");
 * - a word no page uses is searched as the word pages use for it ("MRI" as "scan", "liable" as
 *   "responsible"), or read as a known phrase typed as one word ("sicknote" → "sick note"), or
 *   replaced by the nearest indexed word ("dischage" → "discharge"), or left out when nothing is
 *   near; the last word of a query that may be being typed, or of a whole one when nothing else fits,
 *   may be cut short ("discharge summ") and is searched as the beginning of words pages use;
 * - each part is weighted by how rare it is across the site, so the words that pick out a page
 *   count for more than words on every page ("hospital");
 * - a question about referring a patient on that names only the specialty also searches onward
 *   referral (search-onward.ts), and the plan says so (`implied`).
 * The vocabulary (every indexed word with the number of pages using it) and the phrases come from
 * the built index (scripts/build-steps/search-language.ts), so the plan always matches what can be found.
 * Both the header box and the search page plan queries here (src/lib/search-pipeline.ts runs them).
 */

import { stem as porterStem } from 'porter2';
import { asksWhoRefersOn } from './search-onward.ts';
import { MEDICINE_FORMS, rephrased, saidOfAThing } from './search-rephrase.ts';
import { SPECIALTY_NAMES, SPECIALTY_SHORT_NAMES } from './search-specialties.ts';

/**
 * The vocabulary. The build writes it in two files (scripts/build-steps/search-language.ts):
 * `/pagefind/language.json`, the words on two pages or more with the phrases, marked `partial`,
 * and `/pagefind/language-rare.json`, the words on one page only (at 5,000 pages mostly numbers,
 * three times the rest in bytes). Most queries need only the first; `withRareWords` joins them.
 */
export interface SearchLanguage {
  /** Pages in the index. */
  pages: number;
  /** Every indexed word with the number of pages that use it. */
  words: Record<string, number>;
  /**
   * Phrases readers use, each group a set of names for one thing (a glossary term and its other
   * names) or a single everyday phrase (a requirement keyword).
   */
  phrases: string[][];
  /**
   * English words no page uses, one slip from a word pages do ("though", "seems"): spelt right,
   * not mended (`withRealWords`). Loaded with the words on one page only.
   */
  realWords?: readonly string[];
  /**
   * Set when `words` leaves out the words on one page only: a word it lacks may be one of them,
   * so planning with it stops at such a word (`RareWordsNeeded`) rather than guess.
   */
  partial?: true;
  /**
   * Set when the words on one page only could not be loaded: a word not in `words` is taken to be
   * one of them, searched as typed, neither mended nor said to be on no page.
   */
  rareWordsMissing?: true;
}

/**
 * Thrown by `planQuery` with a `partial` vocabulary when it looks up a word the vocabulary lacks:
 * plan again with the rare words added (`planWithRareWords`). A word it finds has the same count
 * either way (a stem's count is that of its most used form), so a plan made without the rare words
 * is the plan made with them.
 */
export class RareWordsNeeded extends Error {
  readonly word: string;
  constructor(word: string) {
    super(`‘${word}’ may be one of the words on one page only, which are not loaded yet.`);
    this.word = word;
  }
}

/** The vocabulary with the words on one page only added, as one file would hold it. */
export function withRareWords(language: SearchLanguage, rare: readonly string[]): SearchLanguage {
  const words = new Map(Object.entries(language.words));
  for (const word of rare) if (!words.has(word)) words.set(word, 1);
  const sorted = Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    pages: language.pages,
    words: sorted,
    phrases: language.phrases,
    ...(language.realWords ? { realWords: language.realWords } : {}),
  };
}

/** The vocabulary with the English words it must not mend (`SearchLanguage.realWords`). */
export function withRealWords(
  language: SearchLanguage,
  realWords: readonly string[],
): SearchLanguage {
  return { ...language, realWords };
}

/** `realWords` as a set, made once per vocabulary. */
const realWordSet = perLanguage((language) => new Set(language.realWords ?? []));

/**
 * Plans `text` with the common words alone when they are enough, loading the words on one page
 * only (`loadRare`) the first time a query needs them: a misspelt, rare or unknown word. Should
 * they fail to load, the search still runs: a word the common words lack is searched as typed
 * (`rareWordsMissing`), as it may be a word on one page, and a slip is then not mended.
 */
export async function planWithRareWords(
  text: string,
  language: SearchLanguage,
  loadRare: () => Promise<SearchLanguage>,
  options: PlanOptions = {},
): Promise<QueryPlan> {
  try {
    return planQuery(text, language, options);
  } catch (error) {
    if (!(error instanceof RareWordsNeeded)) throw error;
  }
  return planQuery(text, await loadRare().catch(() => withoutRareWords(language)), options);
}

/** The common words, each word they lack taken as a word on one page (made once per vocabulary). */
const withoutRareWords = perLanguage(({ pages, words, phrases }): SearchLanguage => ({
  pages,
  words,
  phrases,
  rareWordsMissing: true,
}));

/** One part of a query: a word or a phrase, searched together, with its other names. */
export interface QueryPart {
  /** The words as searched (all must be on a page for it to match this part). */
  words: string[];
  /** Other names for the same thing, each searched on its own. */
  alternatives: string[][];
  /** How much a page holding this part counts: rare words count more. */
  weight: number;
}

export interface QueryPlan {
  parts: QueryPart[];
  /** Words replaced by the nearest indexed word: "Did you mean". */
  corrections: { from: string; to: string }[];
  /** Words no page uses and nothing is near: left out of the search. */
  unknown: string[];
  /** Words no page uses, searched as the general word pages use for them ("MRI" as "scan"). */
  broadened: { from: string; to: string }[];
  /** The last word, cut short past its stem, searched as the word it begins ("appointm"). */
  completed?: { from: string; to: string };
  /**
   * A topic the question asks about without naming it, searched too, and what the question asks
   * that makes it so: "onward referral" for "do I refer her to the kidney team myself or write to
   * the GP?", which asks "who refers a patient on" (search-onward.ts).
   */
  implied?: { search: string; asked: string };
}

/**
 * Words that ask rather than say: question words, pronouns, auxiliaries and filler. They are
 * dropped unless a query has nothing else. Words that carry meaning in this field ("not" in
 * "did not attend") survive inside phrases, which are matched first.
 */
const FILLER_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with about from into onto as than then so ' +
    'is are was were be been being am do does did done doing have has had having ' +
    'can could should would will shall may might must not no yes ' +
    'i me my mine myself we us our ours you your yours he him his she her hers they them their theirs ' +
    "it its it's this that these those there here what which who whom whose when where why how " +
    "i'm i've i'd we're you're they're there's what's " +
    'long much many any some all each every own same other such ' +
    'very just also still yet again ever even really only quite too please thanks ' +
    'get gets got getting want wants wanted need needs needed know let make makes made ' +
    'happen happens happened go goes going went come comes came say says said tell told ' +
    'ask asked asking take takes took taken give gives gave given put keep kept try tried ' +
    'thing things way something anything someone anyone one someone us supposed meant allowed ' +
    'okay ok up out off over down never since always already whether like able anymore anyone everyone nothing ' +
    "i'll we've we'd they've we'll you'll they'll he'll she'll it'll that'll you've you'd they'd " +
    // How sure or how truly, which no page is about ("is that correct", "is it genuinely ours").
    'correct incorrect true actually genuinely definitely honestly ' +
    // The same typed without the apostrophe ("theyve closed his case"); not "im" (intramuscular),
    // "hes" (Hospital Episode Statistics), "ill", "well", "wed" or "shell", which are words.
    'ive weve youve theyve youre theyre thats whats theres shes theyll youll itll'
  ).split(' '),
);

/**
 * Negations typed with or without the apostrophe, as their two words, so that phrases such as
 * "did not turn up" match "didnt turn up" and "didn't turn up" alike.
 */
const NEGATIONS = new Map(
  Object.entries({
    didnt: 'did',
    doesnt: 'does',
    dont: 'do',
    cant: 'can',
    wont: 'will',
    isnt: 'is',
    arent: 'are',
    wasnt: 'was',
    werent: 'were',
    hasnt: 'has',
    havent: 'have',
    hadnt: 'had',
    shouldnt: 'should',
    couldnt: 'could',
    wouldnt: 'would',
    mustnt: 'must',
    cannot: 'can',
  }),
);

/**
 * Shorthand clinicians and staff type in a hurry, spelt out as the pages write it. Only
 * abbreviations with one meaning on this site; those the pages use themselves (A&E, TTO, OPD,
 * DNA) are glossary terms, found by their other names.
 */
const SHORTHAND = new Map(
  Object.entries({
    pt: 'patient',
    pts: 'patients',
    meds: 'medicines',
    appt: 'appointment',
    appts: 'appointments',
    hosp: 'hospital',
    dr: 'doctor',
    drs: 'doctors',
    rx: 'prescription',
    ppg: 'patient participation group',
    thru: 'through',
    // Not "ref": a booking reference, "terms of ref".
    refs: 'referrals',
    disch: 'discharge',
    info: 'information',
    pls: 'please',
    plz: 'please',
    fu: 'follow-up',
    tor: 'terms of reference',
    esca: 'shared care agreement',
    '2ww': 'urgent suspected cancer',
  }),
);

/**
 * Shorthand written with a slash, which would otherwise split into letters no page uses. ("d/c" can
 * also mean "discontinue" on a drug chart, but not in a question about the interface.)
 */
const SLASHED_SHORTHAND = new Map(
  Object.entries({
    'd/c': 'discharge',
    'f/u': 'follow-up',
    'o/p': 'outpatient',
  }),
);
// No lookbehind: Safari before 16.4 cannot compile one, and the whole search would fail to load.
const SLASHED = new RegExp(
  `(^|[^a-z0-9])(${[...SLASHED_SHORTHAND.keys()].map(escapeRegExp).join('|')})(?![a-z0-9])`,
  'gi',
);

/**
 * The urgent suspected cancer pathway as it is said: "two week wait", "2-week wait", "two weeks'
 * wait", read as "2WW" (SHORTHAND); its words alone ("2", "week", "wait") are on pages about
 * anything. Not a length of waiting: "over two weeks wait", "at least a 2 week wait", "1-2 week
 * wait", "a two week wait to see the GP", "a 2 week wait for an appointment" (after "for", only a
 * cancer, a lump or an urgent or suspected something keeps it the pathway).
 */
const TWO_WEEK_WAIT =
  /(^|[^\w-])(?:2|two)(?:\s+|-)?weeks?'?(?:\s+|-)?waits?\b(?=(\s+(?:for|to)\s+(?:\S+\s*){0,4})?)/gi;
const LENGTH_OF_WAIT = /\b(?:over|than|nearly|almost|extra|least|further)\s+(?:an?\s+)?$/i;
const FOR_THE_PATHWAY = /^\s+for\s.*\b(?:suspected|urgent|cancer|lump|tumour)\b/i;

function twoWeekWait(text: string): string {
  return text.replace(
    TWO_WEEK_WAIT,
    (match, before: string, after: string | undefined, offset: number) =>
      LENGTH_OF_WAIT.test(text.slice(0, offset + before.length)) ||
      (after !== undefined && !FOR_THE_PATHWAY.test(after))
        ? match
        : `${before}2ww`,
  );
}

/**
 * Everyday words for what the pages say in their own: a reader asks who is "liable", for a "cert"
 * for their employer, about an appointment "skipped". Searched as the page's word, like a general
 * term, only while no page uses the reader's.
 */
const EVERYDAY_WORDS: readonly (readonly [string, string])[] = [
  ...['liable', 'liability', 'accountable', 'accountability'].map(
    (w) => [w, 'responsible'] as const,
  ),
  ...['skipped', 'skip', 'skipping'].map((w) => [w, 'missed'] as const),
  // Not "certificate": a death, vaccination or maternity certificate is no fit note.
  ['cert', 'fit note'],
  ...['employer', 'boss', 'workplace'].map((w) => [w, 'work'] as const),
  ...['deadline', 'timeframe'].map((w) => [w, 'timescale'] as const),
  ['handout', 'leaflet'],
  // Words a reader finds hard: the pages say what to do about a letter you do not understand.
  ['jargon', 'understand'],
  ['admin', 'administrative'],
  ...['redo', 'recheck', 'retest'].map((w) => [w, 'repeat'] as const),
  // "Saw the specialist": the pages say who was "seen".
  ['saw', 'seen'],
  // English words, so not mended (`withRealWords`), which the pages say as a noun.
  ...['complain', 'complains', 'complained', 'complaining'].map((w) => [w, 'complaint'] as const),
  ['compliant', 'compliance'],
];

/**
 * What pages say in general terms, readers often name in particular: a scan or test ("MRI",
 * "echo", "FBC"), a specialty by its short name ("cardio", "derm"). Such a word is searched as the
 * first of its stand-ins that pages use (the specialty's full name, else "specialty"), but only
 * while no page uses the word itself.
 */
const GENERAL_TERMS = new Map<string, readonly string[]>([
  ...['mri', 'ct', 'xray', 'x-ray', 'ultrasound', 'dexa', 'mammogram', 'angiogram'].map(
    (name) => [name, ['scan']] as const,
  ),
  ...[
    'echo',
    'echocardiogram',
    'ecg',
    'ekg',
    'endoscopy',
    'colonoscopy',
    'biopsy',
    'histology',
    'cytology',
    'pathology',
    'swab',
    'spirometry',
    'audiogram',
  ].map((name) => [name, ['test']] as const),
  ...['fbc', 'lft', 'lfts', 'tft', 'tfts', 'hba1c', 'inr', 'crp', 'psa', 'esr', 'egfr'].map(
    (name) => [name, ['blood test']] as const,
  ),
  ...Object.entries(SPECIALTY_SHORT_NAMES).map(
    ([short, full]) => [short, [full, 'specialty']] as const,
  ),
  ...SPECIALTY_NAMES.map((name) => [name, ['specialty']] as const),
  ['pills', ['tablets']],
  ...MEDICINE_FORMS.map((name) => [name, ['medicines']] as const),
  ...EVERYDAY_WORDS.map(([word, general]) => [word, [general]] as const),
  // Medicines usually prescribed under shared care, by name: the pages speak of them as a kind.
  ...[
    'azathioprine',
    'mercaptopurine',
    'leflunomide',
    'sulfasalazine',
    'sulphasalazine',
    'hydroxychloroquine',
    'mycophenolate',
    'penicillamine',
  ].map((name) => [name, ['DMARD', 'specialist medicines']] as const),
  ...[
    'methylphenidate',
    'lisdexamfetamine',
    'dexamfetamine',
    'atomoxetine',
    'guanfacine',
    'denosumab',
    'riluzole',
    'apomorphine',
    'amiodarone',
    'dronedarone',
    'goserelin',
    'leuprorelin',
    'triptorelin',
  ].map((name) => [name, ['specialist medicines']] as const),
]);

/**
 * Shorthand with two meanings here, left out rather than read as either or "corrected" into
 * another word: "endo" is endoscopy or endocrinology.
 */
const AMBIGUOUS_SHORTHAND = new Set(['endo']);

/**
 * How many and when, in the reader's own case: "only 2 days of tablets", "five weeks after clinic",
 * "didn't turn up twice", "came home yesterday". Such a word is more often the reader's than the
 * page's, so it weighs no more than a word on half the pages, however rare it is; a limit the
 * contract sets ("within 10 days") is still found by the words around it. Not a year or an edition
 * ("2017", "2017-19"), a number of three digits or more (NHS 111), or a day of the week: the pages
 * tell of Friday discharges.
 */
const CIRCUMSTANCES = new Set(
  (
    'once twice two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ' +
    'ninety hundred fortnight yesterday today tomorrow tonight morning afternoon evening'
  ).split(' '),
);

/**
 * Words a question asks with as often as a page says them: "whose job is it", "is that our job?"
 * ask whose it is to do, while a page says "call and recall is the hospital's job". Searched, but
 * weighed no more than a common word: rare on the pages, they led questions about results or fit
 * notes to the two pages that use them.
 */
const ASKS_AS_OFTEN = new Set(['job', 'jobs']);

/**
 * A single word's weight: its rarity, but a circumstance or a word that asks as often as it says
 * (above) no more than common.
 */
function wordWeight(word: string, language: SearchLanguage): number {
  const rarity = partWeight([word], language);
  const capped = /^\d{1,2}$/.test(word) || CIRCUMSTANCES.has(word) || ASKS_AS_OFTEN.has(word);
  return capped ? Math.min(rarity, weightOf(language.pages / 2, language)) : rarity;
}

/** The result of a scan or test, in other words: "MRI outcome", "echo findings". */
const RESULT_WORDS = new Set(['outcome', 'outcomes', 'findings']);
const TESTS = new Set(['test', 'tests', 'scan', 'scans', 'blood', 'bloods', 'blood test']);

/** Whether the text uses shorthand written with a slash ("d/c", "f/u", "o/p"). */
export function usesSlashedShorthand(text: string): boolean {
  return text.search(SLASHED) >= 0;
}

/**
 * Whether a reader's word (as `readerWords` leaves it with `negations: false`) says "not": "not",
 * "never", "haven't", "havent".
 */
export function isNegation(word: string): boolean {
  return word === 'not' || word === 'never' || NEGATIONS.has(word.replace("'", ''));
}

/** A reader's words, with negations and shorthand spelt out ("pt didnt" → "patient did not"). */
export function readerWords(text: string, { negations = true } = {}): string[] {
  const spelt = text.replace(
    SLASHED,
    (_, before: string, typed: string) => before + SLASHED_SHORTHAND.get(typed.toLowerCase())!,
  );
  const words = textWords(twoWeekWait(spelt));
  return words.flatMap((word, i) => {
    const negated = NEGATIONS.get(word.replace("'", ''));
    if (negations && negated) return [negated, 'not'];
    if (
      OPERATIONS.has(word) &&
      (AROUND_OPERATION.has(words[i - 1] ?? '') ||
        (!OP_NOT_OPERATION.has(words[i + 1] ?? '') && !OUTPATIENTS_BEFORE.has(words[i - 1] ?? '')))
    )
      return [OPERATIONS.get(word)!];
    return SHORTHAND.get(word)?.split(' ') ?? [word];
  });
}

/**
 * "Op" is an operation ("after his hip op", "my op date"), as pages call it, except where it is
 * shorthand for something else: a surgeon's "op note" or "op list", an outpatient "OP clinic",
 * "OP appt", "OP follow up", "discharged from OP", "DNAd OP" ("recovering from op" is read so
 * too). Those stay "op", a word no page uses; "post op" and "pre op" are always the operation.
 */
const OPERATIONS = new Map([
  ['op', 'operation'],
  ['ops', 'operations'],
]);
const OP_NOT_OPERATION = new Set(
  'note notes list lists clinic clinics appointment appointments appt appts letter letters department dept follow follow-up fu review reviews'.split(
    ' ',
  ),
);
/** Before "OP" as outpatients: "discharged from OP", "seen in OP", "DNAd OP". */
const OUTPATIENTS_BEFORE = new Set(['from', 'in', 'at', 'dnad', "dna'd", 'dna']);
/** Before "op" as an operation, whatever follows: "post op follow up", "pre op review". */
const AROUND_OPERATION = new Set(['post', 'pre']);

/** Splits text into words as the vocabulary holds them: lower case, "&" and inner "-" kept. */
export function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9&'-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, ''))
    .filter((w) => w !== '' && w !== '&');
}

/**
 * An abbreviation spoken letter by letter into a phone, as dictation writes it ("g p", "b m a",
 * "a and e"), read as the one word pages use ("gp", "bma", "a&e"). Letters are joined only into a
 * word on two pages or more that is not a filler word, so the join is the same with or without the
 * words on one page and needs none of them, and a letter that is a word itself ("a", "i") starts a
 * join only if the letters after it make none as long: "was a d n a" is "was a dna", not "ad".
 */
export function spelledOut(words: readonly string[], language: SearchLanguage): string[] {
  const common = (word: string) =>
    !isFillerWord(word) && (stemCounts(language).get(stem(word)) ?? 0) >= 2;
  const letter = (word: string | undefined) => word !== undefined && /^[a-z]$/.test(word);
  /** Where the longest join of the letters from `from` to `end` ends (past `from + 1`), if any. */
  const joinedTo = (from: number, end: number) => {
    for (let to = end; to > from + 1; to--) if (common(words.slice(from, to).join(''))) return to;
    return undefined;
  };
  const read: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (letter(word) && words[i + 1] === 'and' && letter(words[i + 2])) {
      const joined = `${word}&${words[i + 2]!}`;
      if (common(joined)) {
        read.push(joined);
        i += 3;
        continue;
      }
    }
    let end = i;
    while (letter(words[end])) end++;
    const to = joinedTo(i, end);
    const after =
      (word === 'a' || word === 'i') && to !== undefined ? joinedTo(i + 1, end) : undefined;
    if (to === undefined || (after !== undefined && after - (i + 1) >= to - i)) {
      read.push(word);
      i++;
    } else {
      read.push(words.slice(i, to).join(''));
      i = to;
    }
  }
  return read;
}

/**
 * Words typed as abbreviations, short and in capitals ("LFTs", "MRI"), lower-cased as `textWords`
 * gives them. A question typed all in capitals has none: there the capitals say nothing.
 */
function abbreviationsTyped(text: string): Set<string> {
  if (!/[a-z]/.test(text)) return new Set();
  return new Set(
    (text.match(/[A-Za-z0-9&'-]+/g) ?? [])
      // Short, as abbreviations are: "SUMARY" in "Dischage SUMARY" is a word shouted.
      .filter((word) => writtenAsAbbreviation(word) && word.replace(/s$/, '').length <= 5)
      .flatMap((word) => textWords(word)),
  );
}

/** Whether a word is question or filler, not meaning. */
export function isFillerWord(word: string): boolean {
  return FILLER_WORDS.has(word);
}

/** How a query is being asked. */
export interface PlanOptions {
  /**
   * The query may still be being typed (the header box at each key, and the search page given a
   * query without a space after it, as the box's form sends it): its last word, with no space or
   * mark after it, may be cut short ("discharge summ"), and is searched as the beginning of the
   * words on two pages or more it begins before anything else is tried, so typing needs only the
   * common words. A query whose last word is whole (a space after it) is read as a whole, and its
   * last word searched as a beginning only when no page uses it and nothing is near.
   */
  typing?: boolean;
}

/** Plans a query (see the module comment). */
export function planQuery(
  text: string,
  language: SearchLanguage,
  { typing = false }: PlanOptions = {},
): QueryPlan {
  const corrections: QueryPlan['corrections'] = [];
  const unknown: string[] = [];
  const broadened: QueryPlan['broadened'] = [];
  let completed: QueryPlan['completed'];
  const typedAbbreviations = abbreviationsTyped(text);
  // Spelling first, so a corrected word can complete a phrase ("shared care agreemnt").
  // Ways of asking read as the pages' words for them ("who do I phone" as "who to contact").
  const clauseLevel = clausesAsWritten(text).replace(DEEPER_CLAUSE_NUMBER, '$1');
  const read = spelledOut(rephrased(readerWords(clauseLevel)), language);
  const clauses = clausesNamed(clauseLevel);
  // The last word, which may be cut short ("discharge summ"): no space or mark after it.
  const last = /[a-z0-9]$/i.test(text) ? read.length - 1 : -1;
  const begun = new Map<string, number>();
  // A word cut short is searched as typed, as Pagefind finds the words whose stems it begins. Not
  // an abbreviation typed in capitals ("SpR"), shorthand with two meanings ("endo") or a word
  // searched as a general one ("ENT", "resp"): each is read as before.
  const beginning = (word: string, shortest: number) => {
    if (word.length < shortest || typedAbbreviations.has(word) || AMBIGUOUS_SHORTHAND.has(word))
      return undefined;
    if (standInsOf(word)) return undefined;
    const found = pagesForBeginning(word, language);
    if (found) begun.set(found.search, found.pages);
    // Completed past its stem ("appointm" as "appointment"): the search page says so.
    if (found && found.search !== word) completed = { from: word, to: found.search };
    return found?.search;
  };
  // A clause with its sub-number that pages name ("SC11.5"): searched as the one word the index
  // holds for it ("sc115"), which finds the pages naming it, not every page with "SC11" and a five.
  const clauseNamed = (clause: string | undefined, sub: string | undefined) =>
    clause !== undefined &&
    sub !== undefined &&
    clauses.has(`${clause}.${sub}`) &&
    knownWord(clauseWord(`${clause}.${sub}`), language) !== undefined;
  // `piece`: one part of a hyphenated word, which has no neighbours of its own and is not typed.
  const wordsFor = (word: string, i: number, piece = false): string[] => {
    if (!piece && clauseNamed(word, read[i + 1])) return [clauseWord(`${word}.${read[i + 1]!}`)];
    if (!piece && clauseNamed(read[i - 1], word)) return [];
    // A clause no page names as one word with its sub-number: the sub-number goes with the clause
    // where no page names the clause ("GC9.2"), and is not searched where no page has the number
    // alone: "2" alone means nothing, and the clause is searched without it.
    const clause = piece ? undefined : read[i - 1];
    if (
      clause &&
      clauses.has(`${clause}.${word}`) &&
      (knownWord(clause, language) === undefined || knownWord(word, language) === undefined)
    )
      return [];
    // A plural abbreviation: "DNAs", "TTOs" (the stemmer keeps an "s" after a vowel, so
    // "dnas" would not be read as "dna" and its other names).
    if (word.endsWith('s') && abbreviations(language).has(word.slice(0, -1)))
      return [word.slice(0, -1)];
    // Being typed: the beginning of common words first, so no key waits for the rare words.
    const begins = typing && i === last && !piece ? beginning(word, 2) : undefined;
    if (begins !== undefined) return [begins];
    // "Post MI", "pre op": only when, as the hyphenated "post-op" is read; the pages' "post" is mail,
    // and so is "post" done ("can we post discharge summaries", "is it ok to post discharge
    // letters"), not "what to do post op".
    const posting =
      word === 'post' &&
      (POSTING_BEFORE.has(read[i - 1] ?? '') ||
        (read[i - 1] === 'to' && POSTED.has(read[i + 2] ?? '')));
    if (!piece && WHEN_PREFIXES.has(word) && AFTER_WHEN_PREFIX.has(read[i + 1] ?? '') && !posting)
      return [];
    if (isFillerWord(word) || knownWord(word, language) !== undefined) return [word];
    // An abbreviation used as a verb: "DNAd", "DNA'd", "e-RSed". Only a known abbreviation, or
    // "band" would be read as "ban".
    const verbed = word.replace(/'?e?d$/, '');
    if (verbed !== word && abbreviations(language).has(verbed)) return [verbed];
    // A hyphenated word no page uses is read part by part ("dischrge-summary"), without a prefix
    // that only says when ("post-discharge letter" as "discharge letter"). Not one whose prefix
    // turns it round ("non-urgent", "un-actioned": left out as before), nor one opening with one or
    // two letters ("co-amoxiclav", "e-consult"), nor unless every part is known: else the word is
    // read whole ("x-ray" as a scan, or left out as typed).
    const parts = word.split('-');
    const pieces = parts.filter((part, j) => !(j === 0 && WHEN_PREFIXES.has(part)));
    if (parts.length > 1 && !NEGATING_PREFIXES.has(parts[0]!) && (pieces[0]?.length ?? 0) >= 3) {
      const unknownBefore = unknown.length;
      const found = pieces.map((part) => wordsFor(part, i, true));
      if (found.every((words) => words.length > 0)) return found.flat();
      unknown.splice(unknownBefore);
    }
    if (AMBIGUOUS_SHORTHAND.has(word)) {
      unknown.push(word);
      return [];
    }
    const general = generalTerm(word, read.slice(Math.max(0, i - 2), i), language);
    if (general) {
      broadened.push({ from: word, to: general });
      return textWords(general);
    }
    // Two words typed as one: "sicknote" as "sick note", a name readers use, before a slip.
    const joined = joinedWords(word, language);
    if (joined) {
      corrections.push({ from: word, to: joined.join(' ') });
      return joined;
    }
    // An abbreviation no page uses ("LFTs", "FBC") is not a misspelt word: "LFTs" is not "lets";
    // nor is an English word spelt right ("though" is not "through", "seems" not "sets").
    const near =
      typedAbbreviations.has(word) || realWordSet(language).has(word)
        ? undefined
        : nearestWord(word, language);
    if (near) {
      corrections.push({ from: word, to: near });
      return [near];
    }
    // Said to be whole, yet cut short ("discharge summ " and Enter): no page uses it and nothing is
    // near, but it begins words that pages use. Four letters at least: "op", "ref". Not an English
    // word spelt right: "police" is not the beginning of "policy".
    const real = realWordSet(language).has(word);
    const cutShort = i === last && !piece && !real ? beginning(word, 4) : undefined;
    if (cutShort !== undefined) return [cutShort];
    unknown.push(word);
    return [];
  };
  const words = read.flatMap((word, i) => wordsFor(word, i));
  const parts: QueryPart[] = [];
  const phrases = phraseIndex(language);
  const stems = phraseStems(words);
  let i = 0;
  while (i < words.length) {
    const found = longestPhraseAt(words, stems, i, phrases);
    // A negated doing ("has not turned up") of a thing is no person's: "the letter hasn't turned
    // up" is not "did not turn up".
    const phrase =
      found && (stems[i] === NEGATED_AUXILIARY || stems[i] === 'not') && saidOfAThing(words, i)
        ? undefined
        : found;
    if (phrase) {
      const meaning = phrase.words.filter((w) => !isFillerWord(w));
      // Searched whole: "did not turn up" is about attending, "turn" alone is not.
      parts.push({
        words: phrase.words,
        alternatives: phrase.group.filter((p) => p.join(' ') !== phrase.words.join(' ')),
        weight: Math.max(
          partWeight(meaning, language),
          phrase.read.length > 1 ? phraseFloor(phrase.words, language) : 0,
        ),
      });
      i += phrase.read.length;
      continue;
    }
    const word = words[i++]!;
    const sub = words[i];
    if (sub !== undefined && clauses.has(`${word}.${sub}`)) {
      // A clause no page names as one word ("sc114"), but whose parts pages have: a bare "4" is on
      // every page with a four, so the clause carries the weight, and its sub-number picks between
      // the clause's pages.
      parts.push({
        words: [word, sub],
        alternatives: [[word]],
        weight: partWeight([word], language),
      });
      i++;
      continue;
    }
    const begins = begun.get(word);
    if (begins !== undefined)
      parts.push({ words: [word], alternatives: [], weight: weightOf(begins, language) });
    else if (!isFillerWord(word))
      parts.push({ words: [word], alternatives: [], weight: wordWeight(word, language) });
  }
  // "Who is it for?" has nothing but filler: search what was typed rather than nothing.
  // Not when a word was left out: "what are LFTs" would search "what are".
  if (parts.length === 0 && words.length > 0 && unknown.length === 0) {
    const known = words.filter((w) => knownWord(w, language) !== undefined);
    if (known.length > 0) parts.push({ words: known, alternatives: [], weight: 1 });
  }
  const onward = asksWhoRefersOn(read) ? onwardReferral(parts, language) : undefined;
  if (onward) parts.push(onward);
  return {
    parts: mergeRepeats(parts),
    corrections,
    unknown,
    broadened,
    ...(completed ? { completed } : {}),
    ...(onward
      ? { implied: { search: onward.words.join(' '), asked: 'who refers a patient on' } }
      : {}),
  };
}

/**
 * Onward referral as a part of a question that asks who refers a patient on without naming it
 * (search-onward.ts), weighing as much as the question's rarest word: the question is about it,
 * though none of its words is the pages'. Undefined when the question names it already, or no
 * glossary term names it.
 */
function onwardReferral(
  parts: readonly QueryPart[],
  language: SearchLanguage,
): QueryPart | undefined {
  const named = (words: readonly string[]) => words.join(' ') === ONWARD_REFERRAL.join(' ');
  const group = phraseIndex(language)
    .get(stem(ONWARD_REFERRAL[0]))
    ?.find((match) => named(match.words))?.group;
  if (!group) return undefined;
  const names = new Set(group.map((words) => words.join(' ')));
  if (parts.some((part) => names.has(part.words.join(' ')))) return undefined;
  return {
    words: [...ONWARD_REFERRAL],
    alternatives: group.filter((words) => !named(words)),
    weight: Math.max(
      ...parts.map((part) => part.weight),
      partWeight([...ONWARD_REFERRAL], language),
    ),
  };
}
const ONWARD_REFERRAL = ['onward', 'referral'] as const;

/**
 * A clause written as the contract's pages write it: "SC 11.5" and "service condition 11.5" as
 * "SC11.5", "GC 9" as "GC9". A condition without a sub-number in words ("service condition 11") is
 * left in words, which pages use too.
 */
export function clausesAsWritten(text: string): string {
  return text
    .replace(/\b(sc|gc)\s+(\d+)/gi, '$1$2')
    .replace(
      /\b(service|general)\s+conditions?\s+(\d+\.\d+)/gi,
      (_, kind: string, number: string) =>
        `${kind.toLowerCase() === 'service' ? 'SC' : 'GC'}${number}`,
    );
}

const DEEPER_CLAUSE_NUMBER = /\b([a-z]{1,3}\d+\.\d+)(?:\.\d+)+/gi;

/**
 * Contract clauses named with a sub-number ("SC11.4", "GC9.2", "SC6.2A"), as "sc11.4". A deeper
 * number ("SC11.4.2") is not one (the planner reads it as its clause, DEEPER_CLAUSE_NUMBER: the
 * index holds the rest as a bare number).
 */
export function clausesNamed(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\b([a-z]{1,3}\d+)\.(\d+[a-z]?)\b(?!\.\d)/gi)].map(
      ([, clause, sub]) => `${clause!.toLowerCase()}.${sub!.toLowerCase()}`,
    ),
  );
}

/**
 * A clause with its sub-number as Pagefind indexes it, besides its two parts: one word without the
 * dot ("sc11.5" as "sc115"). Pagefind's limit, not ours: "SC1.15" is the same word, and a page that
 * writes only "SC11.4.2" holds "sc1142", which "SC11.4" does not find.
 */
export function clauseWord(clause: string): string {
  return clause.replace('.', '');
}

/**
 * The general word pages use for a word they do not (GENERAL_TERMS), in its singular too ("MRIs",
 * "x-rays"); an outcome is a result only just after a scan or test ("MRI outcome", not "referral
 * outcome").
 */
function generalTerm(word: string, before: string[], language: SearchLanguage): string | undefined {
  if (RESULT_WORDS.has(word)) {
    // A scan or test typed as such, or named ("MRI outcome"); not a specialty ("cardiology outcome").
    const afterTest = before.some(
      (w) => TESTS.has(w) || (GENERAL_TERMS.get(w) ?? []).some((general) => TESTS.has(general)),
    );
    return afterTest ? (word.endsWith('s') ? 'results' : 'result') : undefined;
  }
  return standInsOf(word)?.find((term) =>
    textWords(term).every((w) => knownWord(w, language) !== undefined),
  );
}

/** The general words a named test or specialty is searched as (GENERAL_TERMS), plural or not. */
function standInsOf(word: string): readonly string[] | undefined {
  return (
    GENERAL_TERMS.get(word) ??
    GENERAL_TERMS.get(word.replace(/s$/, '')) ??
    GENERAL_TERMS.get(word.replace(/es$/, ''))
  );
}

/** The plan's words as one query for Pagefind: every part must match. */
export function allWordsQuery(plan: QueryPlan): string {
  return plan.parts.flatMap((p) => p.words).join(' ');
}

/**
 * What the search page says of words no page uses that were searched as general words: "No page
 * uses ‘mri’, ‘ct’ or ‘echo’, so ‘mri’ and ‘ct’ were searched as ‘scan’ and ‘echo’ as ‘test’."
 */
export function broadenedNotice(plan: QueryPlan): string | undefined {
  const broadened = uniqueBy(plan.broadened, (b) => b.from);
  if (broadened.length === 0) return undefined;
  const from = wordsListed(
    broadened.map((b) => b.from),
    'or',
  );
  if (broadened.length === 1)
    return `No page uses ${from}, so it was searched as ‘${broadened[0]!.to}’.`;
  // Not Map.groupBy: Safari before 17.4 lacks it, and the whole search would fail to load.
  const byTerm = new Map<string, string[]>();
  for (const b of broadened) byTerm.set(b.to, [...(byTerm.get(b.to) ?? []), b.from]);
  const clauses = [...byTerm].map(([to, words], k) => {
    const verb = k > 0 ? '' : words.length > 1 ? ' were searched' : ' was searched';
    return `${wordsListed(words, 'and')}${verb} as ‘${to}’`;
  });
  return `No page uses ${from}, so ${clauses.join(' and ')}.`;
}

/** What the search page says of a last word cut short and completed: "‘appointm’ was searched as ‘appointment’." */
export function completedNotice(plan: QueryPlan): string | undefined {
  const word = plan.completed;
  return word && `‘${word.from}’ was searched as ‘${word.to}’.`;
}

/**
 * What the search page says of a topic searched that the question did not name: "Your question
 * asks who refers a patient on, so pages on ‘onward referral’ are included."
 */
export function impliedNotice(plan: QueryPlan): string | undefined {
  return (
    plan.implied &&
    `Your question asks ${plan.implied.asked}, so pages on ‘${plan.implied.search}’ are included.`
  );
}

/** Words quoted and listed as a sentence lists them: "‘a’", "‘a’ or ‘b’", "‘a’, ‘b’ or ‘c’". */
export function wordsListed(words: string[], last: 'and' | 'or'): string {
  const quoted = words.map((word) => `‘${word}’`);
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} ${last} ${quoted.at(-1)}`;
}

/** What the search page says of words no page uses that were left out. */
export function leftOutNotice(plan: QueryPlan): string | undefined {
  const unknown = [...new Set(plan.unknown)];
  if (unknown.length === 0) return undefined;
  const they = unknown.length > 1 ? 'they were' : 'it was';
  return `No page uses ${wordsListed(unknown, 'or')}, so ${they} left out.`;
}

/** The query as the reader will see it searched, with corrections: "discharge summary". */
export function correctedQuery(text: string, plan: QueryPlan): string {
  let result = text.toLowerCase();
  for (const { from, to } of plan.corrections)
    result = result.replace(new RegExp(`\\b${escapeRegExp(from)}\\b`, 'g'), to);
  return result;
}

/** Prefixes that only say when: "post-discharge", "pre-op", "re-referral". */
const WHEN_PREFIXES = new Set(['post', 'pre', 're']);
/** Before "post" as a verb: "we post", "can post", "still post". */
const POSTING_BEFORE = new Set(
  'i we you they he she can could should would will still not never always also'.split(' '),
);
/** What is posted, after "to post": "to post discharge summaries", "to post admission letters". */
const POSTED = new Set('summary summaries letter letters note notes paperwork copies'.split(' '));
/** What "post" or "pre" says the time of, as a word apart: "post MI", "pre op", "post knee op". */
const AFTER_WHEN_PREFIX = new Set(
  (
    'op ops operation operative operatively surgery surgical procedure mi stroke natal partum ' +
    'discharge transplant covid chemo admission tkr thr cabg pci stent delivery knee hip'
  ).split(' '),
);
/** Prefixes that turn a word round, or halve it: "non-urgent", "un-actioned", "semi-urgent". */
const NEGATING_PREFIXES = new Set(['non', 'un', 'anti', 'semi', 'in', 'dis', 'ex']);

/**
 * The number of pages using a word in any form ("escalating" finds "escalation"), by the same
 * Porter2 stemmer Pagefind uses for English; undefined when no page uses it in any form.
 */
export function knownWord(word: string, language: SearchLanguage): number | undefined {
  const stems = stemCounts(language);
  const count = stems.get(stem(word));
  // Before the unhyphenated form: with the rare words, "e-rs" itself might be found.
  if (count === undefined && language.partial) throw new RareWordsNeeded(word);
  return (
    count ??
    (word.includes('-') ? stems.get(stem(word.replaceAll('-', ''))) : undefined) ??
    (language.rareWordsMissing ? 1 : undefined)
  );
}

/** `work` done once per vocabulary, however many queries are planned with it. */
function perLanguage<T>(work: (language: SearchLanguage) => T): (language: SearchLanguage) => T {
  const done = new WeakMap<SearchLanguage, T>();
  return (language) => {
    if (!done.has(language)) done.set(language, work(language));
    return done.get(language)!;
  };
}

/**
 * The Porter2 stem of a word, as Pagefind stems English, each word worked out once: the
 * vocabularies a search plans with (the common words; with the words on one page; with the words
 * only the readers' questions use) share most of their words, and each is stemmed whole.
 */
const STEMS = new Map<string, string>();
function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) STEMS.set(word, (stemmed = porterStem(word)));
  return stemmed;
}

/** Pages per stem: the most used form's count stands for all. */
const stemCounts = perLanguage((language) => {
  const stems = new Map<string, number>();
  for (const [word, count] of Object.entries(language.words)) {
    const key = stem(word);
    stems.set(key, Math.max(stems.get(key) ?? 0, count));
  }
  return stems;
});

/**
 * The indexed word nearest in spelling to one no page uses, for "Did you mean". Doubled letters
 * are ignored first ("refferal", "sumary" and "apointment" are the commonest slips), the first
 * letter must match, then one letter may differ (a swapped pair counts as one), two in words of
 * 10 letters or more; the most used word wins a tie. Words of 3 letters or fewer are never
 * corrected: too many are one apart. A word typed in 4 letters is corrected only for a doubled
 * letter or a swapped pair ("blod", "tset"), not for a letter changed or left out: in a short
 * word that is as often another word ("pain" is not "plain", "mass" not "miss", "rate" not
 * "rare"), at the cost of slips such as "nurs" for "nurse", now left out and said so.
 */
export function nearestWord(word: string, language: SearchLanguage): string | undefined {
  if (word.length <= 3 || /\d/.test(word)) return undefined;
  // The nearest word may be a rare one.
  if (language.partial) throw new RareWordsNeeded(word);
  const limit = word.length >= 10 ? 2 : word.length >= 5 ? 1 : 0;
  const typed = undoubled(word);
  let best: { word: string; distance: number; count: number } | undefined;
  // Slips rarely change the first letter, and "inappropriate" is not a slip for "appropriate".
  for (const [candidate, count] of wordsByInitial(language).get(word[0]!) ?? []) {
    if (candidate.length < 4 || Math.abs(candidate.length - word.length) > limit + 1) continue;
    if (isFillerWord(candidate)) continue;
    const distance = editDistance(typed, undoubled(candidate), Math.max(limit, 1));
    if (
      distance > limit &&
      !swappedPair(typed, undoubled(candidate)) &&
      // As typed too: "boko" is "book" swapped, though "bok" and "boko" do not line up.
      !swappedPair(word, candidate)
    )
      continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word;
}

/** The indexed words with their page counts, by first letter. */
const wordsByInitial = perLanguage((language) => {
  const byInitial = new Map<string, [string, number][]>();
  for (const entry of Object.entries(language.words)) {
    const initial = entry[0][0]!;
    const words = byInitial.get(initial) ?? [];
    words.push(entry);
    byInitial.set(initial, words);
  }
  return byInitial;
});

/**
 * A word no page uses read as two words that begin a name readers use ("sicknote" as "sick note",
 * "carehome" as "care home"), each of three letters or more and neither filler. Only a name: two
 * words that merely occur ("turnaround" as "turn around") would search a meaning the reader never
 * had. Of several such splits, the one whose rarer word is on the most pages.
 */
function joinedWords(word: string, language: SearchLanguage): [string, string] | undefined {
  if (/[\d-]/.test(word)) return undefined;
  const phrases = phraseIndex(language);
  let best: { words: [string, string]; count: number } | undefined;
  for (let i = 3; i <= word.length - 3; i++) {
    const halves: [string, string] = [word.slice(0, i), word.slice(i)];
    if (halves.some(isFillerWord)) continue;
    const stems = phraseStems(halves);
    if (!phrases.get(stems[0]!)?.some((p) => p.stems[1] === stems[1])) continue;
    const counts = halves.map((half) => knownWord(half, language) ?? 0);
    const count = Math.min(...counts);
    if (count > 0 && (!best || count > best.count)) best = { words: halves, count };
  }
  return best?.words;
}

/** Whether `a` is `b` with two neighbouring letters swapped ("tset", "test"). */
function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

function undoubled(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping early once
 * past `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The least a phrase of two words or more counts for: as much as a word on PHRASE_PAGES pages. A
 * phrase readers use is on its requirement's few pages, though its words may be common: "did not
 * turn up" is common words, and weighed by them alone, an incidental "twice" in the same question
 * counted for more. Not a phrase whose every word is on more than half the pages ("GP practice",
 * "ask your GP"): its words, and its other names, are everywhere. Over the tuned list and blind
 * lots 1-16 (871 questions): 794 in the top 3 against 793 with no floor. Floors of 4, 6, 8 and 12
 * pages for every phrase, common words or not: 793, 795, 795 and 794, but "GP practice" then
 * weighed three times "GP". Every word counts, filler too: "off work" is a fit note's, though
 * "work" is on most pages and "off" is not searched alone.
 */
function phraseFloor(words: readonly string[], language: SearchLanguage): number {
  const pages = Math.max(language.pages, 1);
  const rarer = words.some((w) => (knownWord(w, language) ?? 0) <= pages / 2);
  return rarer ? Math.log(1 + pages / PHRASE_PAGES) : 0;
}
const PHRASE_PAGES = 8;

/** Rare words weigh more: the inverse document frequency, summed over a part's words. */
function partWeight(words: string[], language: SearchLanguage): number {
  return words.reduce((sum, w) => sum + weightOf(knownWord(w, language) ?? 1, language), 0) || 1;
}

/** The weight of a word on `count` pages. */
function weightOf(count: number, language: SearchLanguage): number {
  return Math.log(1 + Math.max(language.pages, 1) / Math.max(count, 1));
}

/**
 * For a word cut short that is not the stem of a word on two pages or more, but begins the stems of
 * such words ("summ", "appoin", "mi"), as Pagefind matches a query word's stem against the start of
 * the stems it indexed: the word to search (as typed) and the pages of the most used of them. Past
 * a stem ("appointm" is past "appoint", which Pagefind would not match), the most used such word it
 * begins is searched instead ("appointment"). Undefined for a word that begins none, and for a
 * single letter, filler, digits or a hyphen. Only the words on two pages or more are read, which
 * both vocabulary files hold alike, so a query is planned the same without the words on one page
 * only as with them.
 */
function pagesForBeginning(
  word: string,
  language: SearchLanguage,
): { search: string; pages: number } | undefined {
  if (word.length < 2 || /[\d-]/.test(word) || isFillerWord(word)) return undefined;
  const typed = stem(word);
  if ((stemCounts(language).get(typed) ?? 0) >= 2) return undefined;
  const stems = startingWith(commonStemsSorted(language), typed);
  if (stems.length > 0) return { search: word, pages: Math.max(...stems.map(([, n]) => n)) };
  const [most] = startingWith(commonWordsSorted(language), word).sort(([, a], [, b]) => b - a);
  return most && { search: most[0], pages: most[1] };
}

/** The entries of a list sorted by key whose key starts with `start` (found by binary search). */
function startingWith(sorted: [string, number][], start: string): [string, number][] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]![0] < start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < sorted.length && sorted[end]![0].startsWith(start)) end++;
  return sorted.slice(low, end);
}

/** The words on two pages or more with their pages, in order (once per vocabulary). */
const commonWordsSorted = perLanguage((language) =>
  onTwoPagesSorted(Object.entries(language.words)),
);

/** The stems of the words on two pages or more with their pages, in order (once per vocabulary). */
const commonStemsSorted = perLanguage((language) => onTwoPagesSorted(stemCounts(language)));

/** The entries counted on two pages or more, sorted by key for `startingWith`. */
function onTwoPagesSorted(counts: Iterable<[string, number]>): [string, number][] {
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

interface PhraseMatch {
  /** The name as a reader's words ("can not get through"), to match what was typed. */
  read: string[];
  /** The stems of those words, so "outpatient letters" matches "outpatient letter". */
  stems: string[];
  /** The name as the index holds it ("can't get through"), to search. */
  words: string[];
  /** All its names, as the index holds them. */
  group: string[][];
}

/**
 * `work` on the vocabulary's phrases, done once for all the vocabularies that share them: the common
 * words, with the words on one page, and with the readers' questions' words (`withRareWords`) have
 * the same phrases.
 */
function perPhrases<T>(work: (phrases: readonly string[][]) => T): (language: SearchLanguage) => T {
  const done = new WeakMap<readonly string[][], T>();
  return ({ phrases }) => {
    if (!done.has(phrases)) done.set(phrases, work(phrases));
    return done.get(phrases)!;
  };
}

/**
 * Phrases of two or more words, or single words with other names, by their first word (worked out
 * once, as the header box plans a query at each key press).
 */
const phraseIndex = perPhrases((phrases) => {
  const index = new Map<string, PhraseMatch[]>();
  for (const names of phrases) {
    const named = names
      // Shorthand is searched spelt out, as it is typed ("PPG" as "patient participation group"),
      // so a name in shorthand does not narrow what the spelt-out words find; a negation is
      // searched as written, as Pagefind indexed it.
      .map((name) => ({ read: readerWords(name), words: readerWords(name, { negations: false }) }))
      .filter((n) => n.words.length > 0 && n.read.length > 0);
    // Its names as searched, and a name written in shorthand as written too, so a page that says
    // only "PPG" is still found; each once.
    const group = uniqueBy(
      [...named.map((n) => n.words), ...names.map(textWords).filter((w) => w.length > 0)],
      (words) => words.join(' '),
    );
    for (const { read, words } of named) {
      if (words.length < 2 && group.length < 2) continue;
      // Matched as a reader's words are read, so "can't get through" matches however it is typed,
      // and searched as the index holds it.
      const stems = phraseStems(read);
      const add = (match: PhraseMatch) =>
        index.set(match.stems[0]!, [...(index.get(match.stems[0]!) ?? []), match]);
      add({ read, stems, words, group });
      // A negation of a doing is also said without its verb: "discharged for not turning up",
      // "never turned up" match "did not turn up" (searched as the index holds it). Not one of
      // being done: "not brought forward" is no "was not brought".
      if (stems[0] === NEGATED_AUXILIARY && ACTIVE_AUXILIARIES.has(read[0]!) && stems.length > 2)
        add({ read: read.slice(1), stems: stems.slice(1), words, group });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.read.length - a.read.length);
  return index;
});

/**
 * The abbreviations among the phrases' names (DNA, WNB, TTO, e-RS, A&G): single words written
 * with two or more capitals.
 */
const abbreviations = perPhrases(
  (phrases) =>
    new Set(
      phrases
        .flat()
        .filter((name) => !/\s/.test(name) && writtenAsAbbreviation(name))
        .map((name) => name.toLowerCase()),
    ),
);

/** Two or more capitals: "DNA", "e-RS", "LFTs", not "Discharge". */
function writtenAsAbbreviation(word: string): boolean {
  return (word.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** Each item once, the first of those with the same key. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/**
 * Words as phrases are matched: by their stems, and a negation whatever verb its "not" follows
 * ("has not turned up" matches "did not turn up", "weren't brought" matches "was not brought");
 * "never" as "not".
 */
function phraseStems(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if (AUXILIARIES.has(word) && words[i + 1] === 'not') return NEGATED_AUXILIARY;
    return word === 'never' ? 'not' : stem(word);
  });
}

/** Verbs a "not" follows with the same meaning whichever is used. */
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
]);
/** Those of them before a "not" that says someone did not do something ("did not attend"). */
const ACTIVE_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would']);
/** Stands for any of them before "not" (not a word, so it matches no other). */
const NEGATED_AUXILIARY = '(aux)';

/**
 * The longest phrase whose words start at `at`. A name of two words or more is matched in any form
 * of them ("outpatient letters", "discharge summaries"); a single word only as it is or with an
 * "s", as one stem can hold two meanings ("provided" and "provider", "trusted" and "trust").
 */
function longestPhraseAt(
  words: string[],
  stems: string[],
  at: number,
  index: Map<string, PhraseMatch[]>,
): PhraseMatch | undefined {
  return index
    .get(stems[at]!)
    ?.find((p) =>
      p.read.length > 1
        ? p.stems.every((w, k) => stems[at + k] === w)
        : p.read[0] === words[at] || `${p.read[0]}s` === words[at],
    );
}

/** A word or phrase typed twice counts once. */
function mergeRepeats(parts: QueryPart[]): QueryPart[] {
  return uniqueBy(parts, (part) => part.words.join(' '));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
