/**
 * Who a question sounds like it is from, for a reader who has not said who they are ("I am a…" on
 * the search page), and whether it asks for a tool. A GP writes "the hospital rejected my referral", a consultant "can I ask the GP
 * to take this on", a carer "mum came home from the ward without her tablets": each names the other
 * side of the interface, or their own, in a way the others do not. The search then ranks that
 * reader's pages first, says so, and says how to change it; a question that could be anyone's gets
 * no guess. A question asking for a spreadsheet, template or leaflet has the toolkits and
 * resources ranked first in the same way.
 *
 * Every rule reads the reader's words (search-query.ts's `readerWords`: lower case, shorthand spelt
 * out, so "hosp told pt" reads "hospital told patient").
 */
import type { ReaderRole } from './readers.ts';
import { editDistance, readerWords } from './search-query.ts';

/** The roles a question can be heard as. */
export type HeardRole = Extract<ReaderRole, 'patient' | 'gp' | 'hospital-clinician' | 'manager'>;

/** A patient's family, as a carer speaks of them. */
const RELATIVES = [
  'mum',
  'mums',
  'mother',
  'dad',
  'dads',
  'father',
  'husband',
  'wife',
  'son',
  'daughter',
  'child',
  'baby',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'grandmother',
  'grandfather',
];

/**
 * What a speaker calls their own, after "my" or "our", and whose words those are. A GP says "my
 * patient" and "my results inbox", a consultant "my clinic", a trainee "my consultant" and a care
 * home "my residents", so none of those says who is asking. "My surgery" is a patient's operation
 * and "my practice" may be a patient's GP, so only "our" makes them a practice's.
 */
const OWNED: { role: HeardRole; after: readonly string[]; nouns: readonly string[] }[] = [
  {
    role: 'patient',
    after: ['my'],
    nouns: [
      'gp',
      'doctor',
      'operation',
      'hospital',
      'appointment',
      'scan',
      'blood',
      'bloods',
      'medicine',
      'medicines',
      'tablets',
      'pills',
      'prescription',
      'treatment',
    ],
  },
  { role: 'patient', after: ['my', 'our'], nouns: RELATIVES },
  { role: 'gp', after: ['our'], nouns: ['practice', 'surgery'] },
  {
    role: 'gp',
    after: ['my', 'our'],
    nouns: ['gps', 'list', 'reception', 'receptionists', 'inbox'],
  },
  { role: 'hospital-clinician', after: ['our'], nouns: ['hospital'] },
  {
    role: 'hospital-clinician',
    after: ['my', 'our'],
    nouns: ['ward', 'wards', 'department', 'consultants'],
  },
  // A trust's managers and its clinicians both say "our trust": the manager's role ranks hospital
  // teams' pages first as well as managers'.
  { role: 'manager', after: ['my', 'our'], nouns: ['trust', 'icb', 'ccg', 'lmc', 'commissioners'] },
];

/** How a carer names a relative without "my": "mum came home from the ward", "dad got sent home". */
const RELATIVES_BY_NAME = new Set([
  'mum',
  'mums',
  'dad',
  'dads',
  'nan',
  'gran',
  'grandma',
  'grandad',
]);

/** What the hospital does to a patient, said by the patient: "discharged me", "signs me off". */
const DONE_TO_ME = new Set([
  'discharged',
  'referred',
  'admitted',
  'signed',
  'signs',
  'sign',
  'booked',
  'give',
  'gave',
]);

/** Going home from hospital, said by the one who goes: "when I go home", "going home". */
const GOING = new Set(['go', 'going', 'went', 'get', 'got', 'sent', 'came', 'come', 'coming']);

/** "I was …" as only a patient says it: "I was discharged", "I've been referred". */
const HAPPENED_TO_ME = new Set(['discharged', 'referred', 'admitted', 'operated']);

/** Each side of the interface, as the other names it. */
const PRACTICE_SIDE = new Set(['gp', 'gps', 'practice', 'practices']);
const HOSPITAL_SIDE = new Set([
  'hospital',
  'hospitals',
  'consultant',
  'consultants',
  'specialist',
  'specialists',
  'trust',
  'trusts',
  'registrar',
]);

/** "We", "us", "our": a team speaking, as a patient rarely does of their own care. */
const FIRST_PERSON_PLURAL = new Set(['we', "we're", "we've", 'us', 'our', 'ours']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'my', 'myself']);
const POSSESSIVES = new Set(['my', 'our']);

/**
 * Words that say who a reader is when they say it ("I'm a hospital consultant", "I work in a GP
 * practice", "as a practice manager"): the first of them within three words decides.
 */
const SELF_DESCRIBED: Record<string, HeardRole> = {
  hospital: 'hospital-clinician',
  trust: 'hospital-clinician',
  ward: 'hospital-clinician',
  consultant: 'hospital-clinician',
  registrar: 'hospital-clinician',
  junior: 'hospital-clinician',
  fy1: 'hospital-clinician',
  fy2: 'hospital-clinician',
  gp: 'gp',
  practice: 'gp',
  surgery: 'gp',
  receptionist: 'gp',
  commissioner: 'manager',
  icb: 'manager',
  ccg: 'manager',
  lmc: 'manager',
  patient: 'patient',
  carer: 'patient',
};

/** Who the question sounds like it is from, or undefined when it could be anyone's. */
export function askedAs(text: string): HeardRole | undefined {
  const words = readerWords(text, { negations: false });
  const at = (i: number) => words[i] ?? '';

  const said = saysWhoTheyAre(words);
  if (said) return said;

  // A patient participation group is patients and their practice together: anyone's question.
  if (hasPair(words, 'patient', 'group') || hasPair(words, 'participation', 'group'))
    return undefined;

  const owned = new Set<HeardRole>();
  for (const [i, word] of words.entries())
    for (const { role, after, nouns } of OWNED)
      if (after.includes(word) && nouns.some((noun) => sameWord(at(i + 1), noun))) owned.add(role);
  if (owned.size === 1) return [...owned][0];
  if (owned.size > 1) return undefined;

  const mentionsPatients = words.includes('patient') || words.includes('patients');
  const asPatient = words.some(
    (word, i) =>
      RELATIVES_BY_NAME.has(word) ||
      (word === 'me' && DONE_TO_ME.has(at(i - 1))) ||
      (word === 'me' && at(i - 1) === 'sent' && at(i + 1) === 'home') ||
      (word === 'home' && GOING.has(at(i - 1)) && !mentionsPatients) ||
      (word === 'leave' && at(i - 1) === 'i') ||
      (HOSPITAL_SIDE.has(word) &&
        at(i - 1) === 'the' &&
        ['see', 'saw'].includes(at(i - 2)) &&
        at(i - 3) === 'i') ||
      (HAPPENED_TO_ME.has(word) &&
        (at(i - 1) === 'was' || at(i - 1) === 'been') &&
        ['i', "i've", 'ive', 'been', 'have'].includes(at(i - 2))),
  );
  if (asPatient) return 'patient';

  // A team speaking ("we", "our"), or someone speaking of their patient, and the side of the
  // interface they name as someone else's. "When will I hear from the hospital" is a patient's as
  // often as a GP's, so "I" alone says nothing.
  const asStaff =
    words.some((word) => FIRST_PERSON_PLURAL.has(word)) ||
    (mentionsPatients && words.some((word) => FIRST_PERSON.has(word)));
  if (!asStaff) return undefined;
  const names = (side: Set<string>) =>
    words.some((word, i) => side.has(word) && !POSSESSIVES.has(at(i - 1)));
  const practiceNamed = names(PRACTICE_SIDE) || hasPair(words, 'primary', 'care');
  const hospitalNamed = names(HOSPITAL_SIDE) || hasPair(words, 'secondary', 'care');
  if (hospitalNamed && !practiceNamed) return 'gp';
  if (practiceNamed && !hospitalNamed) return 'hospital-clinician';
  return undefined;
}

/** "I'm a …", "I am an …", "I work in a …", "as a …" at the start: who the reader says they are. */
function saysWhoTheyAre(words: string[]): HeardRole | undefined {
  for (const [i, word] of words.entries()) {
    const before = words.slice(Math.max(0, i - 2), i).join(' ');
    const introduces =
      ((word === 'a' || word === 'an') &&
        (/(^| )(am|i'm|im)$/.test(before) || (words[i - 1] === 'as' && i === 1))) ||
      /^(i )?work (in|at|for)$/.test(before);
    if (!introduces) continue;
    for (const next of words.slice(i, i + 4)) {
      const role = SELF_DESCRIBED[next];
      if (role) return role;
    }
  }
  return undefined;
}

/**
 * The same word, or the same with one slip of the keyboard in a longer word ("apointment"); not
 * another number of it ("my consultant" is a patient's or a trainee's, "our consultants" a
 * hospital's).
 */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (typed === `${word}s` || word === `${typed}s`) return false;
  return word.length >= 6 && editDistance(typed, word, 1) <= 1;
}

function hasPair(words: string[], first: string, second: string): boolean {
  return words.some((word, i) => word === first && words[i + 1] === second);
}

/** Whose pages a heard role ranks first, and who the reader was heard as, in the notice's words. */
const HEARD_AS: Record<HeardRole, { pages: string; who: string }> = {
  patient: { pages: 'patients', who: 'a patient' },
  gp: { pages: 'GP practices', who: 'a GP practice' },
  'hospital-clinician': { pages: 'hospital teams', who: 'a hospital team' },
  manager: { pages: 'hospital teams and managers', who: 'a manager' },
};

/** What the search page tells a reader whose question was heard as `role`, and how to change it. */
export function heardNotice(role: HeardRole): string {
  const { pages, who } = HEARD_AS[role];
  return `Pages for ${pages} are ranked higher because your search sounds like it is from ${who}. If you are not ${who}, choose who you are under ‘I am a…’.`;
}

/**
 * Words for something to use rather than something to read: a question holding one ("audit
 * spreadsheet", "template letter", "handout for patients") asks for a toolkit or resource. Not
 * "form": a referral form is not a toolkit.
 */
const TOOL_WORDS = new Set([
  'spreadsheet',
  'spreadsheets',
  'template',
  'templates',
  'checklist',
  'checklists',
  'audit',
  'audits',
  'tracker',
  'leaflet',
  'leaflets',
  'handout',
  'handouts',
  'poster',
  'posters',
  'toolkit',
  'toolkits',
  'download',
  'self-assessment',
  'benchmark',
  'survey',
  'questionnaire',
]);

/** Whether the question asks for a tool (a toolkit, template, leaflet) rather than guidance. */
export function asksForTool(text: string): boolean {
  return readerWords(text, { negations: false }).some((word) => TOOL_WORDS.has(word));
}
