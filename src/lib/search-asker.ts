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
 * What a speaker calls their own ("my …", "our …"), and whose words those are. A GP says "my
 * patient" and "my results inbox", a consultant "my clinic", a trainee "my consultant" and a care
 * home "my residents", so none of those says who is asking.
 */
const OWNED_BY: Record<HeardRole, readonly string[]> = {
  patient: [
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
    ...RELATIVES,
  ],
  gp: ['practice', 'surgery', 'gps', 'list', 'reception', 'receptionists', 'inbox'],
  'hospital-clinician': ['ward', 'wards', 'department', 'consultants'],
  // A trust's managers and its clinicians both say "our trust": the manager's role ranks hospital
  // teams' pages first as well as managers'.
  manager: ['trust', 'icb', 'ccg', 'lmc', 'commissioners', 'system'],
};

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

const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'my', 'myself']);
const FIRST_PERSON_PLURAL = new Set(['we', "we're", "we've", 'us', 'our', 'ours']);
const POSSESSIVES = new Set(['my', 'our']);

/** "I am a GP", "as a consultant": a reader who says who they are. */
const SAYS_THEY_ARE: Record<string, HeardRole> = {
  gp: 'gp',
  receptionist: 'gp',
  consultant: 'hospital-clinician',
  registrar: 'hospital-clinician',
  patient: 'patient',
  carer: 'patient',
};

/** Who the question sounds like it is from, or undefined when it could be anyone's. */
export function askedAs(text: string): HeardRole | undefined {
  const words = readerWords(text, { negations: false });
  const at = (i: number) => words[i] ?? '';

  for (const [i, word] of words.entries()) {
    if ((word === 'a' || word === 'an') && ['am', "i'm", 'im', 'as'].includes(at(i - 1))) {
      const role = SAYS_THEY_ARE[at(i + 1)];
      if (role) return role;
    }
  }

  // A patient participation group is patients and their practice together: anyone's question.
  if (hasPair(words, 'patient', 'group') || hasPair(words, 'participation', 'group'))
    return undefined;

  const owned = new Set<HeardRole>();
  for (const [i, word] of words.entries()) {
    if (!POSSESSIVES.has(word)) continue;
    for (const [role, nouns] of Object.entries(OWNED_BY) as [HeardRole, readonly string[]][])
      if (nouns.some((noun) => sameWord(at(i + 1), noun))) owned.add(role);
  }
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
      (HOSPITAL_SIDE.has(word) && at(i - 1) === 'the' && ['see', 'saw'].includes(at(i - 2))) ||
      (HAPPENED_TO_ME.has(word) &&
        (at(i - 1) === 'was' || at(i - 1) === 'been') &&
        ['i', "i've", 'ive', 'been', 'have'].includes(at(i - 2))),
  );
  if (asPatient) return 'patient';

  // The speaker, and the side of the interface they name as someone else's.
  const speaks = words.some((word) => FIRST_PERSON.has(word) || FIRST_PERSON_PLURAL.has(word));
  if (!speaks) return undefined;
  const names = (side: Set<string>) =>
    words.some((word, i) => side.has(word) && !POSSESSIVES.has(at(i - 1)));
  const practiceNamed = names(PRACTICE_SIDE) || hasPair(words, 'primary', 'care');
  const hospitalNamed = names(HOSPITAL_SIDE) || hasPair(words, 'secondary', 'care');
  if (hospitalNamed && !practiceNamed) return 'gp';
  if (practiceNamed && !hospitalNamed) return 'hospital-clinician';
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
 * spreadsheet", "template letter", "handout for patients") asks for a toolkit or resource.
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
  'form',
  'forms',
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
