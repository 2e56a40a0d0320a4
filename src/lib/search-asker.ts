/**
 * Who a question sounds like it is from, for a reader who has not said who they are ("I am a…" on
 * the search page), and whether it asks for a tool. A practice writes "the hospital rejected our
 * referral", a consultant "can I ask the GP to take my patient's bloods on", a carer "mum came home
 * from the ward without her tablets": each names the other side of the interface, or their own, in
 * a way the others do not. The search then ranks that
 * reader's pages first, says so, and says how to change it; a question that could be anyone's gets
 * no guess. A question asking for a spreadsheet, template or leaflet has the toolkits and
 * resources ranked first in the same way.
 *
 * Every rule reads the reader's words (search-query.ts's `readerWords`: lower case, shorthand spelt
 * out, so "hosp told pt" reads "hospital told patient").
 */
import type { ReaderRole } from './readers.ts';
import { editDistance, isSpecialty, readerWords } from './search-query.ts';

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
  { role: 'patient', after: ['my'], nouns: ['hospital'] },
  {
    // A family speaks of "our appointment", "our GP".
    role: 'patient',
    after: ['my', 'our'],
    nouns: [
      'gp',
      'doctor',
      'operation',
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
      'results',
      'visit',
      'op',
      'procedure',
      'meds',
      'medication',
      'medications',
    ],
  },
  { role: 'patient', after: ['my', 'our'], nouns: RELATIVES },
  { role: 'gp', after: ['our'], nouns: ['practice', 'surgery'] },
  {
    role: 'gp',
    after: ['my', 'our'],
    nouns: ['gps', 'list', 'reception', 'receptionists', 'inbox'],
  },
  {
    role: 'hospital-clinician',
    after: ['my', 'our'],
    nouns: ['ward', 'wards', 'department', 'consultants'],
  },
  // A trust's managers and its clinicians both say "our trust": the manager's role ranks hospital
  // teams' pages first as well as managers'.
  // The access policy is the trust's: "is that allowed under our access policy".
  {
    role: 'manager',
    after: ['my', 'our'],
    nouns: ['trust', 'icb', 'ccg', 'lmc', 'commissioners', 'policy', 'policies'],
  },
];

/**
 * How far after "my" or "our" the thing owned is looked for: "my MRI results", "our acute trust",
 * "my outpatients visit". A team's word in reach decides ("my results inbox" is a GP's, "our
 * practice results" too), and a patient in between makes it someone else's ("my patient's results").
 */
const OWNED_REACH = 2;
const SOMEONE_ELSES = new Set(['patient', 'patients', 'residents', 'resident']);

/** Whose word `possessive` ("my", "our") is before `next`, the words after it, by OWNED. */
function ownedAfter(possessive: string, next: string[]): HeardRole | undefined {
  let owner: HeardRole | undefined;
  for (const word of next) {
    if (CLAUSE_STARTS.has(word) || SOMEONE_ELSES.has(word)) break;
    const entry = OWNED.find(
      ({ after, nouns }) =>
        after.includes(possessive) && nouns.some((noun) => sameWord(word, noun)),
    );
    // A place owns what follows it ("our practice results"); a patient's thing may be a team's
    // after all ("my results inbox").
    if (entry?.role === 'patient') owner = 'patient';
    else if (entry) return entry.role;
    // "Our hospital appointment" may be a trust's as well as a family's.
    else if (HOSPITAL_SIDE.has(word)) return undefined;
  }
  return owner;
}

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

/**
 * What the hospital does to a patient, said by the patient: "discharged me", "signs me off",
 * "started me on".
 */
const DONE_TO_ME = new Set([
  'started',
  'put',
  'prescribed',
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

/** Discharging a patient, and taking in a referral: what a hospital team does. */
const DISCHARGE = new Set(['discharge', 'discharging']);
const TAKES_REFERRALS = new Set(['received', 'receive', 'accept', 'reject', 'triage', 'vet']);
/**
 * Handing care over: "how do I hand over prescribing to the GP". Not writing to the GP: a patient
 * asks "do I need to write to the GP" too.
 */
const HANDS_TO = new Set(['hand', 'handing']);

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
/** A side after these is the speaker's own, or the reader's ("your GP" in a patient leaflet). */
const POSSESSIVES = new Set(['my', 'our', 'your']);
const SPEAKERS = new Set(['i', "i've", 'ive', 'we', "we've"]);
const PATIENTS_OF = new Set(['my', 'our', 'the', 'this', 'these', 'his', 'her']);

/**
 * Words that say who a reader is when they say it ("I'm a hospital consultant", "I work in a GP
 * practice", "as a practice manager"). A place says more than a job ("a receptionist at the
 * hospital", "a registrar in general practice"), so it wins; else the first job.
 */
const SELF_PLACES: Record<string, HeardRole> = {
  hospital: 'hospital-clinician',
  trust: 'hospital-clinician',
  ward: 'hospital-clinician',
  outpatients: 'hospital-clinician',
  practice: 'gp',
  surgery: 'gp',
  icb: 'manager',
  ccg: 'manager',
  lmc: 'manager',
};
const SELF_JOBS: Record<string, HeardRole> = {
  consultant: 'hospital-clinician',
  registrar: 'hospital-clinician',
  junior: 'hospital-clinician',
  fy1: 'hospital-clinician',
  fy2: 'hospital-clinician',
  gp: 'gp',
  receptionist: 'gp',
  commissioner: 'manager',
  patient: 'patient',
  carer: 'patient',
};
/** Where a reader's description of themselves ends: the next clause begins. */
const CLAUSE_STARTS = new Set(
  'my our and but so if because about with to who what when where why how can could should would is are was were do does did has have had keeps keep wants want asked says said'.split(
    ' ',
  ),
);
/** "As a …" that is not a reader saying who they are: "such as a GP", "counts as a carer". */
const NOT_SELF_BEFORE_AS = new Set([
  'such',
  'same',
  'counts',
  'count',
  'classed',
  'treated',
  'known',
]);

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
  for (const [i, word] of words.entries()) {
    const role = ownedAfter(word, words.slice(i + 1, i + 1 + OWNED_REACH));
    if (role) owned.add(role);
  }
  if (owned.size === 1) return [...owned][0];
  if (owned.size > 1) return undefined;

  const speaksOfPatient = words.includes('patient') || words.includes('patients');
  // "My patient", "the patient", "patients": a clinician speaking of them, not a patient of
  // themselves ("can I as a patient…", "am I a patient of the trust").
  const clinicianOfPatients = words.some(
    (word, i) => word === 'patients' || (word === 'patient' && PATIENTS_OF.has(at(i - 1))),
  );
  const asPatient = words.some(
    (word, i) =>
      RELATIVES_BY_NAME.has(word) ||
      (word === 'me' && DONE_TO_ME.has(at(i - 1))) ||
      (word === 'me' && at(i - 1) === 'sent' && at(i + 1) === 'home') ||
      (word === 'home' && GOING.has(at(i - 1)) && !speaksOfPatient) ||
      (word === 'leave' && at(i - 1) === 'i') ||
      (HOSPITAL_SIDE.has(word) &&
        at(i - 1) === 'the' &&
        ['see', 'saw'].includes(at(i - 2)) &&
        at(i - 3) === 'i') ||
      (HAPPENED_TO_ME.has(word) &&
        ['was', 'were', 'been'].includes(at(i - 1)) &&
        // "I was", "I've been", "we have been": the speaker, not "patients have been".
        SPEAKERS.has(at(i - 2) === 'have' ? at(i - 3) : at(i - 2))),
  );
  if (asPatient) return 'patient';

  // What only a hospital team does, said by the one doing it: "can I just discharge back to the
  // GP", "we received a paper referral", "can we reject a referral".
  const speakerBefore = (i: number) =>
    words.slice(Math.max(0, i - 3), i).some((w) => SPEAKERS.has(w) || w === "i'm" || w === 'im');
  const asHospital = words.some(
    (word, i) =>
      speakerBefore(i) &&
      ((DISCHARGE.has(word) && words.slice(i + 1, i + 6).some((w) => PRACTICE_SIDE.has(w))) ||
        // Not "I received my referral letter": a patient's.
        (TAKES_REFERRALS.has(word) &&
          words.slice(i + 1, i + 5).some((w) => w === 'referral' || w === 'referrals') &&
          !words.slice(i + 1, i + 5).includes('my')) ||
        (HANDS_TO.has(word) && words.slice(i + 1, i + 8).some((w) => PRACTICE_SIDE.has(w)))),
  );
  if (asHospital) return 'hospital-clinician';

  // A team speaking ("we", "our"), or someone speaking of their patient, and the side of the
  // interface they name as someone else's. "When will I hear from the hospital" is a patient's as
  // often as a GP's, so "I" alone says nothing.
  const asStaff =
    words.some((word) => FIRST_PERSON_PLURAL.has(word)) ||
    (clinicianOfPatients && words.some((word) => FIRST_PERSON.has(word)));
  // "Ortho told the patient to come to the GP": someone telling of one patient, whom one side
  // sent to the other, is a clinician on the other side.
  const tellsOfOnePatient = words.some(
    (word, i) => word === 'patient' && (PATIENTS_OF.has(at(i - 1)) || ACTING.has(at(i - 1))),
  );
  if (!asStaff && !tellsOfOnePatient) return undefined;
  const practiceAt = (i: number) => PRACTICE_SIDE.has(at(i)) && !POSSESSIVES.has(at(i - 1));
  const hospitalAt = (i: number) =>
    (HOSPITAL_SIDE.has(at(i)) && !POSSESSIVES.has(at(i - 1))) ||
    // "Gastro asks us to…", "a reply from urology"; not where a patient is sent ("refer to
    // cardiology") or seen ("in ortho clinic"): a hospital team names other specialties so too.
    (isSpecialty(at(i)) && !SENT_OR_SEEN_IN.has(at(i - 1)));
  const practiceNamed = words.some((_, i) => practiceAt(i)) || hasPair(words, 'primary', 'care');
  const hospitalNamed = words.some((_, i) => hospitalAt(i)) || hasPair(words, 'secondary', 'care');
  // A team naming one side only: the other is theirs. (Without "we" or "I", only a side acting
  // on the patient says which side is the reader's, below.)
  if (asStaff && hospitalNamed && !practiceNamed) return 'gp';
  if (asStaff && practiceNamed && !hospitalNamed) return 'hospital-clinician';
  if (asStaff && (!practiceNamed || !hospitalNamed)) return undefined;
  // Both sides named: the side that acts ("rheumatology letter says GP to continue…", "the GP
  // asked us to see him") is the other one.
  const acts = (sideAt: (i: number) => boolean) =>
    words.some(
      (_, i) => sideAt(i) && words.slice(i + 1, i + 1 + ACTING_REACH).some((w) => ACTING.has(w)),
    );
  const hospitalActs = acts(hospitalAt);
  const practiceActs = acts(practiceAt);
  if (hospitalActs && !practiceActs) return 'gp';
  if (practiceActs && !hospitalActs) return 'hospital-clinician';
  return undefined;
}

/** Words before a specialty that make it where a patient goes, not who is speaking to the reader. */
const SENT_OR_SEEN_IN = new Set(['to', 'into', 'in', 'at', 'for', 'on']);

/**
 * What one side does to the other: asks, tells, writes, sends back. A side named just before one
 * ("urology just says", "the GP letter asks") is the one acting, not the reader.
 */
const ACTING = new Set([
  'says',
  'said',
  'asks',
  'asked',
  'asking',
  'wants',
  'wanted',
  'tells',
  'told',
  'expects',
  'expected',
  'sent',
  'sends',
  'rejected',
  'rejects',
  'bounced',
  'returned',
  'changed',
  'started',
  'wrote',
  'writes',
]);
const ACTING_REACH = 3;

/** "I'm a …", "I am an …", "I work in …", "as a …": who the reader says they are. */
function saysWhoTheyAre(words: string[]): HeardRole | undefined {
  // "FY1 here", "practice manager here": a job or place, then "here", as the question opens.
  const here = words.indexOf('here');
  if (here > 0 && here <= 3) {
    const description = words.slice(0, here);
    const place = description.find((w) => Object.hasOwn(SELF_PLACES, w));
    if (place) return SELF_PLACES[place];
    const job = description.find((w) => Object.hasOwn(SELF_JOBS, w));
    if (job && !PATIENTS_OF.has(words[here - 2] ?? '')) return SELF_JOBS[job];
  }
  for (const [i, word] of words.entries()) {
    const article = word === 'a' || word === 'an';
    const introduced =
      (article && ['am', "i'm", 'im'].includes(words[i - 1] ?? '')) ||
      (article && words[i - 1] === 'as' && !NOT_SELF_BEFORE_AS.has(words[i - 2] ?? '')) ||
      /^(i|we) work (in|at|for)$/.test(words.slice(Math.max(0, i - 3), i).join(' '));
    if (!introduced) continue;
    const description: string[] = [];
    for (const next of words.slice(article ? i + 1 : i, i + 5)) {
      if (CLAUSE_STARTS.has(next)) break;
      description.push(next);
    }
    const place = description.find((w) => Object.hasOwn(SELF_PLACES, w));
    if (place) return SELF_PLACES[place];
    const job = description.find((w) => Object.hasOwn(SELF_JOBS, w));
    if (job) return SELF_JOBS[job];
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
  'self-assessment',
  'benchmark',
  'survey',
  'questionnaire',
]);

/** Whether the question asks for a tool (a toolkit, template, leaflet) rather than guidance. */
export function asksForTool(text: string): boolean {
  const words = readerWords(text, { negations: false });
  return words.some(
    (word, i) => TOOL_WORDS.has(word) || (word === 'self' && words[i + 1] === 'assessment'),
  );
}
