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
import {
  clausesAsWritten,
  editDistance,
  isFillerWord,
  isNegation,
  readerWords,
  textWords,
  usesSlashedShorthand,
} from './search-query.ts';
import { ASKED_ABOUT } from './search-rephrase.ts';
import {
  isSpecialty,
  isSpecialtyInFull,
  SPECIALTY_NAMES,
  SPECIALTY_SHORT_NAMES,
} from './search-specialties.ts';

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
  'husbands',
  'wife',
  'wifes',
  'son',
  'sons',
  'daughter',
  'daughters',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'grandson',
  'granddaughter',
  'child',
  'baby',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'grandmother',
  'grandfather',
  'granny',
  'grandpa',
  'grandchild',
  'aunt',
  'aunts',
  'auntie',
  'uncle',
  'uncles',
  'niece',
  'nephew',
  'cousin',
  'stepson',
  'stepdaughter',
  'stepmum',
  'stepdad',
  // "Our kid", "my toddler".
  'kid',
  'toddler',
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
    ],
  },
  // Said of a team's own too ("our medication review", "our CQC visit"): a patient's after "my".
  { role: 'patient', after: ['my'], nouns: ['visit', 'meds', 'medication', 'medications'] },
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
  {
    role: 'manager',
    after: ['my', 'our'],
    nouns: ['trust', 'icb', 'ccg', 'lmc', 'commissioners'],
  },
];

/** A specialty's own, as its team speaks of it: "our urology clinic", "our cardiology team". */
const SPECIALTY_TEAMS = new Set(
  'clinic clinics team teams department service consultants registrars nurses ward'.split(' '),
);
/** What a practice's own specialty is: a clinic, a team, a service (a ward is a hospital's). */
const PRACTICES_RUN = new Set(['clinic', 'clinics', 'team', 'teams', 'service']);
/**
 * Specialties a practice or its network may run its own clinics for: "our MSK clinic", "our
 * respiratory team does spirometry", "our gynae clinic fits coils", "our dermatology clinic".
 */
const PRACTICES_SPECIALTIES = new Set(
  'msk musculoskeletal respiratory resp dermatology derm derma gynaecology gynae paediatrics paeds audiology geriatrics'.split(
    ' ',
  ),
);

/**
 * Words that may come between "my" or "our" and what is owned, without making it someone else's:
 * a test ("my MRI results"), a kind of visit ("my outpatients visit"), which one ("my next
 * appointment"), "acute" ("our acute trust"). Only these: "our audit results", "my home visit
 * list" and "my op note" are a team's things, and "our local practice" is a family's.
 */
const OWNED_BETWEEN = new Set([
  'mri',
  'ct',
  'xray',
  'x-ray',
  'test',
  'outpatient',
  'outpatients',
  'latest',
  'next',
  'last',
  'previous',
  'acute',
]);
/** Before a place worked at before: "my last hospital", "my previous trust". */
const FORMER = new Set(['last', 'previous', 'old', 'former']);
const FORMER_WORKPLACES = new Set(['hospital', 'trust', 'practice', 'job', 'post', 'rotation']);
/**
 * After "my" only, where or what a patient's thing was: "my clinic visit", "my OPD appointment",
 * "my follow-up scan" ("our clinic appointments" are a hospital's, "my follow-up list" a
 * consultant's).
 */
const MY_BETWEEN = new Set(['clinic', 'opd', 'op', 'follow-up', 'followup']);
/**
 * After "my OPD" or "my follow-up", only a visit of the patient's: a consultant's follow-up
 * results, bloods and lists are theirs ("my follow up bloods are never done by GPs", "my OPD appt
 * list").
 */
const VISIT_BETWEEN = new Set(['opd', 'op', 'follow-up', 'followup']);
const VISITS_OF_MINE = new Set(['appointment', 'appointments', 'scan', 'visit', 'review']);
const A_CLINICIANS_LIST = new Set([
  'list',
  'lists',
  'slot',
  'slots',
  'clinic',
  'clinics',
  'template',
]);
/**
 * After "my" only, the part of the body or the illness a patient's thing is for ("my knee
 * operation", "my hernia appointment", "my heart tablets"): a team says "our diabetes doctor".
 */
const MY_BODY = new Set([
  'knee',
  'hip',
  'shoulder',
  'back',
  'neck',
  'spine',
  'foot',
  'ankle',
  'wrist',
  'hand',
  'eye',
  'eyes',
  'ear',
  'skin',
  'heart',
  'chest',
  'lung',
  'bowel',
  'kidney',
  'bladder',
  'breast',
  'prostate',
  'hernia',
  'cataract',
  'cancer',
  'diabetes',
  'asthma',
  'thyroid',
]);
const LOCAL_PRACTICE = new Set(['gp', 'doctor', 'practice', 'surgery']);

/** "The surgery", "my GP surgery", "surgery" from `i` on. */
function surgeryAt(words: readonly string[], i: number): boolean {
  let at = i;
  if (words[at] === 'the' || words[at] === 'my') at++;
  if (words[at] === 'gp') at++;
  return words[at] === 'surgery';
}

/**
 * After "my", what a patient's thing is for: the body or the illness (MY_BODY), or the specialty
 * that sees them ("my orthopaedic operation", "my cardiology appointment"). A team's is "our".
 */
function forMyBody(word: string): boolean {
  return MY_BODY.has(word) || specialtyNamed(word);
}

/** A specialty by name, short name or as its adjective ("orthopaedic" for orthopaedics). */
function specialtyNamed(word: string): boolean {
  return isSpecialty(word) || isSpecialtyInFull(`${word}s`);
}

/**
 * Results are a patient's after one of those words ("my MRI results", "my latest results"), not
 * straight after "my": a GP files "my results" too.
 */
const RESULTS = new Set(['result', 'results']);

/**
 * How many words after "my" or "our" are read: what is owned is one of the next two, or a relative
 * after how old they are ("my 90 year old mum").
 */
const OWNED_REACH = 5;

/**
 * Whether the words after "our" are a referral said by how it was sent: "eRS referral", "urgent
 * referral", "2WW referral" (read as "urgent suspected cancer referral").
 */
function isPracticesReferral(after: readonly string[]): boolean {
  const kinds = after.findIndex((word) => !REFERRAL_KINDS.has(word));
  return kinds > 0 && after[kinds] === 'referral';
}
const REFERRAL_KINDS = new Set(
  'e-rs ers urgent routine suspected cancer paper electronic'.split(' '),
);

/** Who books a hospital's appointments: "our booking team", "our booking office". */
const BOOKING_STAFF = new Set(['team', 'office', 'clerks', 'clerk', 'staff', 'centre', 'hub']);

/**
 * A practice's kind of GP, which a family does not know to name: "our salaried GP", "my locum GP",
 * "our duty doctor".
 */
const PRACTICES_DOCTORS = new Set('salaried duty sessional retained'.split(' '));
/** A hospital has locum and trainee doctors too: only "GP" makes them a practice's. */
const PRACTICES_GPS = new Set([...PRACTICES_DOCTORS, 'locum', 'trainee']);
const GPS = new Set(['gp', 'gps']);
const DOCTORS = new Set(['doctor', 'doctors']);

/** What a "sister" may be besides a relative: "our sister practice", "a sister trust". */
const ORGANISATIONS = new Set(
  'practice practices surgery surgeries trust trusts hospital hospitals site sites pcn team teams organisation ward unit'.split(
    ' ',
  ),
);

/** Who "GP" describes after "our", in a team's words: "our GP leads", "our GP members". */
const GP_COLLEAGUES = new Set(
  'lead leads partner partners member members colleagues practices surgeries representatives rep reps interface liaison'.split(
    ' ',
  ),
);

/**
 * What a team has of a patient's kind of thing, after "our" and that thing: "our appointment
 * letters", "our prescription requests", "our medicines policy".
 */
const TEAMS_THINGS = new Set(
  'letters template templates system systems policy policies process processes slots list lists requests queries team teams service services data audit line lines'.split(
    ' ',
  ),
);

/**
 * Whether the words after "our" name a team's kind of thing, a word or a few after what it is of:
 * "our appointment letters", "our outpatient appointment and admission letters". The thing must
 * come before the clause goes on ("our appointment is late, the letters…" is a family's).
 */
function teamsThing(after: readonly string[]): boolean {
  for (const word of after.slice(1, 6)) {
    if (TEAMS_THINGS.has(word)) return true;
    if (CLAUSE_GOES_ON.has(word)) return false;
  }
  return false;
}
/**
 * Where the clause goes on past what "our" names: "our appointment is", "our GP to refer", "our
 * daughter never gets".
 */
const CLAUSE_GOES_ON = new Set(
  'is are was were has have had to for from with at in on by but so because that which who will would can could should must may might shall never not gets get got keeps keep does did do'.split(
    ' ',
  ),
);

/** How old a relative is, or what they are like, before "mum", "son": "19-year-old", "elderly". */
const RELATIVES_AGE = new Set(
  'elderly frail little teenage adult grown-up older younger eldest oldest youngest disabled old'.split(
    ' ',
  ),
);
/** How old, however it is written: "19", "19-year-old", "year-old", "6 month old", "3yo". */
const AGE = /^(?:\d+(?:yo|yrs?|-yo)?|(?:\d+-)?(?:years?|months?|weeks?)(?:-old)?)$/;

/**
 * The words after "my" or "our" with how old a relative is, or what they are like, left out (up to
 * four words): "my 19-year-old daughter", "my 6 month old baby", "my frail elderly mother".
 */
function withoutAge(after: readonly string[]): readonly string[] {
  let skipped = 0;
  const describes = (word: string) =>
    !RELATIVES.includes(word) && (AGE.test(word) || RELATIVES_AGE.has(word));
  while (skipped < 4 && describes(after[skipped] ?? '')) skipped++;
  return skipped > 0 ? after.slice(skipped) : after;
}

/**
 * Whether the words `withoutAge` skipped are a child's age said alone: "my 6 year old to a
 * specialist", "our 3yo". A number must say it, and what follows must not be a thing.
 */
function childByAge(after: readonly string[], aged: readonly string[]): boolean {
  const skipped = after.slice(0, after.length - aged.length);
  const last = skipped.at(-1) ?? '';
  if (!skipped.some((w) => /\d/.test(w)) || !(AGED.test(last) || YEARS_OLD.test(last)))
    return false;
  const next = aged[0];
  return (
    next === undefined ||
    CLAUSE_GOES_ON.has(next) ||
    CHILDREN.has(next) ||
    CHILD_DOES.has(next) ||
    // The child's own thing: "my 15 year old's hospital visit" (read without its "'s").
    ownedAfter('my', aged) === 'patient'
  );
}
/** What a child does, after their age: "my 17 year old works part time", "just had". */
const CHILD_DOES = new Set(
  'works goes needs wants just also still started went came missed broke fell saw takes attends lives plays'.split(
    ' ',
  ),
);

/** Whose word `possessive` ("my", "our") is before the words after it, by OWNED. */
function ownedAfter(possessive: string, after: readonly string[]): HeardRole | undefined {
  // "My new hospital tablets", "our new practice manager": whose it is, however new.
  if (after[0] === 'new') return ownedAfter(possessive, after.slice(1));
  // "My follow up scan" as "my follow-up scan".
  if (after[0] === 'follow' && after[1] === 'up')
    return ownedAfter(possessive, ['follow-up', ...after.slice(2)]);
  const aged = withoutAge(after);
  if (
    aged !== after &&
    // "My 90 year old mum", or the child alone: "my 6 year old" (not "my old practice", "our 3
    // year old contract").
    (RELATIVES.includes(aged[0] ?? '') || childByAge(after, aged)) &&
    (possessive === 'my' || possessive === 'our')
  )
    return 'patient';
  const [first = '', second = ''] = after;
  const owner = (word: string) =>
    OWNED.find(
      ({ after, nouns }) =>
        after.includes(possessive) && nouns.some((noun) => sameWord(word, noun)),
    )?.role;
  // "Our eRS referral", "our urgent referral": the practice's, said by how it was sent (a family
  // says "our referral", a hospital "our referrals", the many it receives).
  if (possessive === 'our' && isPracticesReferral(after)) return 'gp';
  if (
    (possessive === 'my' || possessive === 'our') &&
    ((PRACTICES_GPS.has(first) && GPS.has(second)) ||
      (PRACTICES_DOCTORS.has(first) && DOCTORS.has(second)))
  )
    return 'gp';
  // "Our booking team", "our booking office": a hospital's ("my booking" says nothing).
  if (possessive === 'our' && first === 'booking' && BOOKING_STAFF.has(second))
    return 'hospital-clinician';
  // "Our urology clinic", "our cardiology team": a specialty's own, the hospital's. Not one a
  // practice or its network may run clinics for (PRACTICES_SPECIALTIES).
  if (
    possessive === 'our' &&
    isSpecialty(first) &&
    SPECIALTY_TEAMS.has(second) &&
    !(PRACTICES_SPECIALTIES.has(first) && PRACTICES_RUN.has(second))
  )
    return 'hospital-clinician';
  // "Our GP leads", "our GP members": a GP's kind of colleague, not a family's GP; "our
  // appointment letters", "our prescription requests": a team's things, not a family's ("our GP
  // team", "our GP service" are still a family's GP).
  // "Our sister practice", "our sister trust": the organisation's, whose it says ("our practice").
  if (RELATIVES.includes(first) && ORGANISATIONS.has(second)) return owner(second);
  const teams =
    possessive === 'our' &&
    teamsThing(after) &&
    !LOCAL_PRACTICE.has(first) &&
    !RELATIVES.includes(first);
  const direct = (first === 'gp' && GP_COLLEAGUES.has(second)) || teams ? undefined : owner(first);
  // "Our local GP", "my local practice": a family's; a practice does not call itself local.
  if (
    (possessive === 'my' || possessive === 'our') &&
    first === 'local' &&
    LOCAL_PRACTICE.has(second)
  )
    return 'patient';
  if (
    direct ||
    !(
      OWNED_BETWEEN.has(first) ||
      (possessive === 'my' && (forMyBody(first) || MY_BETWEEN.has(first)))
    )
  )
    return direct;
  if (possessive === 'my' && RESULTS.has(second)) return 'patient';
  // "In my last hospital", "my previous trust": where the speaker worked before ("my last hospital
  // appointment" is still a patient's).
  if (FORMER.has(first) && FORMER_WORKPLACES.has(second) && owner(after[2] ?? '') !== 'patient')
    return undefined;
  // "Our outpatient appointment letters": a team's things, after a word between too.
  if (teams) return undefined;
  // After a specialty or a clinic, only a patient's thing: "my gastro list", "my clinic list" are a
  // consultant's.
  if (
    VISIT_BETWEEN.has(first) &&
    (!VISITS_OF_MINE.has(second) || A_CLINICIANS_LIST.has(after[2] ?? ''))
  )
    return undefined;
  const owned = owner(second);
  return specialtyNamed(first) || MY_BETWEEN.has(first)
    ? owned === 'patient'
      ? owned
      : undefined
    : owned;
}

/**
 * "Our surgery says I…", "told me to ring our surgery": a family's practice, speaking to them or
 * rung by them, where "our practice" is otherwise its staff's. Only with "I" or "me" and no "we" or
 * "us": its staff say "we", and ring someone at it by job ("ring our practice manager").
 */
function familysPractice(words: readonly string[], i: number): boolean {
  if (words[i] !== 'our' || !OUR_FAMILYS_PRACTICE.has(words[i + 1] ?? '')) return false;
  // Its staff: "our practice told the hospital we will not…", "tell patients to ring our surgery".
  if (words.some((w) => w !== 'our' && FIRST_PERSON_PLURAL.has(w))) return false;
  if (!words.some((w) => w === 'me' || w === 'i')) return false;
  const says = words[i + 2] ?? '';
  if (PRACTICE_SAYS.has(says)) return !(TOLD.has(says) && OTHER_SIDE_TOLD.has(words[i + 3] ?? ''));
  // Rung by the one told to: "told me to ring our surgery", "said to phone our practice".
  return (
    RINGING.has(words[i - 1] ?? '') &&
    (words[i - 2] === 'to' || words[i - 2] === 'i') &&
    !JOB_NAMES.has(words[i + 2] ?? '') &&
    !GP_COLLEAGUES.has(words[i + 2] ?? '')
  );
}
const TOLD = new Set(['told', 'tells']);
/** Told by the practice, who is not the family: "told the hospital", "told the trust". */
const OTHER_SIDE_TOLD = new Set(['the', 'them', 'him', 'her']);
const OUR_FAMILYS_PRACTICE = new Set(['practice', 'surgery']);
/** The practice telling: "our surgery says", "our practice told me". */
const PRACTICE_SAYS = new Set(['says', 'said', ...TOLD]);

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
  'granny',
  'grandpa',
  'aunt',
  'auntie',
  'uncle',
]);

/**
 * A relative named as a carer names their own, without "my" ("mum came home from the ward"), and
 * not someone else's: "a mum brought in a letter", "told her dad to phone me", "the patient's mum",
 * "the family are upset mum was sent home".
 */
function relativeByName(words: readonly string[], i: number): boolean {
  // "Mum on the phone wants her son's results": the relative calls someone, who asks.
  if (!RELATIVES_BY_NAME.has(words[i]!) || callingAt(words, i)) return false;
  // "I'm the mum", "I am a mum of three", "as the dad": the speaker.
  const selfBefore = ARTICLES.has(words[i - 1] ?? '') && SAYING_SELF.has(words[i - 2] ?? '');
  if (selfBefore) return true;
  // "Family really angry nan was sent home…": a family spoken of, so its nan is theirs; "a 3 year
  // old… mum didn't bring her": a child spoken of, so the mum is the child's.
  return (
    !familySpokenOf(words) && !childSpokenOf(words) && !OTHERS_RELATIVE.has(words[i - 1] ?? '')
  );
}

/**
 * A child spoken of as staff speak of a patient, not a family's own: "a 3 year old", "4 year old
 * seen in paeds", "the baby went home", "infant admitted with bronchiolitis", "teenager's mum asking
 * us". Not a family's: "my little boy", "our baby", a relative introducing themselves ("mum of 3
 * kids here", "I'm his dad"), an adult's age ("a 90 year old"), nor a children's hospital or ward.
 */
function childSpokenOf(words: readonly string[]): boolean {
  if (words.includes('my') || introducesARelative(words)) return false;
  return words.some((w, j) => {
    if (CHILDREN.has(w)) {
      if (CHILD_PLACES.has(words[j + 1] ?? '')) return false;
      // Back over what the child is like ("little", "newborn") to whose it is.
      let k = j - 1;
      while (k >= 0 && (RELATIVES_AGE.has(words[k]!) || CHILD_LIKE.has(words[k]!))) k--;
      return !CHILDS_OWNERS.has(words[k] ?? '');
    }
    if (!AGED.test(w) && !YEARS_OLD.test(w)) return false;
    // Back over how old: "a 3 year old", "the 15-year-old", "3yo"; a child's age only.
    let k = j - 1;
    while (k >= 0 && AGE.test(words[k]!)) k--;
    const age = Number(
      words
        .slice(k + 1, j + 1)
        .join(' ')
        .match(/\d+/)?.[0] ?? NaN,
    );
    if (!(age <= CHILD_AGE)) return false;
    // With an article, or opening the question: "4 year old seen in paeds, dad says…".
    return k < 0 || ARTICLES.has(words[k]!);
  });
}
/** A relative introducing themselves: "mum here", "dad of two here", "I'm his mum". */
function introducesARelative(words: readonly string[]): boolean {
  const relative = (w: string) => RELATIVES.includes(w) || RELATIVES_BY_NAME.has(w);
  return (
    (relative(words[0] ?? '') && words.slice(1, 5).includes('here')) ||
    words.some((w, i) => SAYING_SELF.has(w) && words.slice(i + 1, i + 4).some(relative))
  );
}
const CHILDREN = new Set(
  'child baby infant newborn toddler teenager teen boy girl kid youngster'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);
CHILDREN.add('children');
/** What a child is like, between whose and the child: "my little boy", "our newborn baby". */
const CHILD_LIKE = new Set(['little', 'newborn', 'premature', 'poorly', 'sick', 'baby']);
/** A children's place, not a child: "the children's hospital", "children's ward". */
const CHILD_PLACES = new Set(['hospital', 'ward', 'clinic', 'outpatients', 'services', 'service']);
const CHILDS_OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** Up to what age a child is spoken of. */
const CHILD_AGE = 17;
/** The end of how old someone is: "old", "year-old", "3-year-old". */
const AGED = /^(?:old|(?:\d+-)?(?:years?|months?|weeks?)-old)$/;
/** How old, written short: "3yo", "15yrs". */
const YEARS_OLD = /^\d+(?:yo|yrs?)$/;

/** A family spoken of by someone outside it: "the family says", "family really angry". */
function familySpokenOf(words: readonly string[]): boolean {
  // The family doing or feeling something, as the subject: not a family GP, "as a family" or "and
  // family not told".
  return (
    // "I'm his daughter, the family are upset": one of them speaking.
    !words.some(
      (w, j) =>
        (w === "i'm" || w === 'am') && words.slice(j + 1, j + 4).some((r) => RELATIVES.includes(r)),
    ) &&
    words.some(
      (w, j) =>
        FAMILIES.has(w) &&
        (j === 0 || words[j - 1] === 'the') &&
        FAMILY_DOES.has(words[j + 1] ?? ''),
    )
  );
}
/** What a family spoken of does or feels: "the family are upset", "family really angry". */
const FAMILY_DOES = new Set(
  'are is were was says said say want wants wanted really very not have has told keep keeps upset angry worried unhappy complained'.split(
    ' ',
  ),
);
const FAMILIES = new Set(['family', 'families', 'relatives']);
const SAYING_SELF = new Set(["i'm", 'im', 'am', 'as']);
const OTHERS_RELATIVE = new Set(
  'a an the this that his her their your whose patient patients'.split(' '),
);

/**
 * What the hospital does to a patient, said by the patient: "discharged me", "signs me off",
 * "started me on", "won't refer me".
 */
const DONE_TO_ME = new Set([
  'started',
  'put',
  'prescribed',
  'discharged',
  'refer',
  'refers',
  'referring',
  'referred',
  'admitted',
  'signed',
  'signs',
  'sign',
  'booked',
  'give',
  'gave',
]);

/**
 * Whether "refer me" at `me` is said by the one referred: nothing more, or where, when or how
 * ("refer me to a specialist", "refer me back to my GP", "won't refer me privately"). Not someone
 * asked to point the speaker to something ("can you refer me to the guidance"), nor patients
 * passed to the speaker ("referring me patients", "refer me back patients", "refer me
 * inappropriately").
 */
function referredAsPatient(words: readonly string[], me: number): boolean {
  let next = me + 1;
  if (words[next] === 'back') next++;
  const after = words[next];
  // Pointed to a document: "can you refer me to the guidance", "…to the relevant section".
  if (
    after === 'to' &&
    words.slice(next + 1, next + 4).some((w) => DOCUMENTS.has(w)) &&
    words.slice(Math.max(0, me - 4), me - 1).some((w) => POINTERS.has(w))
  )
    return false;
  // What was passed: "referred me a patient", "ED referred me 3 patients", "…someone with a UTI".
  if (PASSED_TO_ME.has(after ?? '') || /^\d+$/.test(after ?? '') || NUMBERS.has(after ?? ''))
    return false;
  // Done ("GP referred me months ago"): anything else.
  if (words[me - 1] === 'referred') return true;
  return after === undefined || REFERRED_HOW.has(after);
}
/** What one may be pointed to: "refer me to the guidance". */
const DOCUMENTS = new Set(
  'guidance policy page section document documents website link resource terms clause contract leaflet'.split(
    ' ',
  ),
);
const NUMBERS = new Set('two three four five six seven eight nine ten several'.split(' '));
/** What is passed to staff: "referred me a patient", "referred me back patients". */
const PASSED_TO_ME = new Set(
  'a an the this these their his her patient patients cases people loads lots more inappropriate stuff things someone somebody all'.split(
    ' ',
  ),
);
/** Who may point the speaker to something: "can you refer me to…", "could someone…". */
const POINTERS = new Set(['you', 'someone', 'somebody', 'anyone', 'anybody']);
/** What follows "refer me" said by the one referred. */
const REFERRED_HOW = new Set(
  'to for on onwards again privately urgently elsewhere but and so because instead what when how is if or as yet now today already with under'.split(
    ' ',
  ),
);

/**
 * "I left the ward", "I left hospital on Friday", told by the patient: the place is where they
 * stayed, not a job ("I left hospital medicine for general practice") or a time ("when I left the
 * ward the patient had no TTOs": a clinician speaks of a patient).
 */
function leftAStay(words: readonly string[], place: number): boolean {
  return (
    STAYS.has(words[place] ?? '') &&
    !LEFT_FOR.has(words[place + 1] ?? '') &&
    !words.includes('patient') &&
    !words.includes('patients')
  );
}
const STAYS = new Set(['hospital', 'ward']);
/** After the place, what it was left for or as: a job or a move ("left hospital medicine for"). */
const LEFT_FOR = new Set('medicine medical job post work to for at team'.split(' '));

/** Going home from hospital, said by the one who goes: "when I go home", "going home". */
const GOING = new Set(['go', 'going', 'went', 'get', 'got', 'sent', 'came', 'come', 'coming']);

/**
 * Someone else going home: "give someone going home". Not "he", "she" or "they": a family says
 * "when can she go home".
 */
const OTHERS_GOING = new Set(['someone', 'somebody', 'people', 'anyone']);
/** A patient as staff speak of one, never as a family speaks of their own: "the lady", "an elderly man". */
const STRANGERS = new Set(
  'man men woman women lady ladies gentleman gent chap bloke lad elderly resident residents'.split(
    ' ',
  ),
);
/** What a patient is sent a copy of: "a copy of my letter", not "of my referral" (a GP's). */
const COPIED_TO_PATIENTS = new Set(['letter', 'letters', 'results', 'result', 'notes', 'records']);
/** A person spoken of, not the speaker: "he", "the lady", "a gentleman". */
const SOMEONE_ELSE = new Set(
  'he she him her his hers man woman lady gentleman gent chap bloke lad elderly resident'.split(
    ' ',
  ),
);

/** What is seen of the consultant that is not the consultant: "the consultant's letter". */
const SEEN_DOCUMENTS = new Set(['letter', 'letters', 'report', 'reports', 'note', 'notes']);
const AND_OR = new Set(['and', 'or']);
/** A patient's practice, beside "the hospital": "the hospital and my surgery". */
const OWN_PRACTICE = new Set(['surgery', 'practice']);
/** Other services whose staff ring either side: "care home", "district nurse", "pharmacy". */
const OTHER_SERVICES = new Set(
  'pharmacy pharmacist district community paramedic social worker hospice'.split(' '),
);
/** A care home, whose staff ring either side: "care home", "nursing home". */
function careHome(words: readonly string[]): boolean {
  return words.some(
    (w, j) => (w === 'home' || w === 'homes') && CARE_HOMES.has(words[j - 1] ?? ''),
  );
}
const CARE_HOMES = new Set(['care', 'nursing', 'residential']);
/** Calling one's own practice: "ring my surgery", "call my GP". */
const RINGING = new Set(['ring', 'call', 'phone', 'contact', 'email', 'rang', 'called', 'phoned']);
/** Every form of ringing someone: "ring", "ringing", "rang", "phoned", "calls". */
const PHONING =
  'ring rings ringing rang rung call calls calling called phone phones phoning phoned'.split(' ');
/** What a practice does when it speaks to a patient: "my surgery says", "my GP told me". */
const PRACTICE_TELLS = new Set(['says', 'said', 'told', 'tells', 'say', 'reckons', 'thinks']);

/**
 * Whether the words from `i` name what was done to the speaker: "a CT scan", "my operation", "an
 * MRI". Not a clinician's request, report or list ("a scan request", "an MRI scan report", "an
 * operation list"), nor a number of them ("3 scans come back").
 */
function hadDone(words: readonly string[], i: number): boolean {
  let at = i;
  if (words[at] === 'a' || words[at] === 'an' || words[at] === 'my') at++;
  else if (/^\d/.test(words[at] ?? '')) return false;
  // One word may say which: "a CT scan", "my knee operation".
  const done = UNDERGONE.has(words[at] ?? '')
    ? at
    : UNDERGONE.has(words[at + 1] ?? '')
      ? at + 1
      : -1;
  if (done < 0) return false;
  // "A CT scan", the test named then its kind: read to the last of them.
  const last = UNDERGONE.has(words[done + 1] ?? '') ? done + 1 : done;
  return !OF_A_TEST.has(words[last + 1] ?? '');
}
/** What is done to a patient: "I had a scan", "I had my op". */
const UNDERGONE = new Set(
  'scan scans x-ray xray mri ct operation op biopsy endoscopy colonoscopy ultrasound procedure'.split(
    ' ',
  ),
);
/** What a clinician has of a test: "a scan request", "an MRI report". */
const OF_A_TEST = new Set(
  'request requests report reports result results referral referrals letter form booked list lists'.split(
    ' ',
  ),
);
/** "I was …" as only a patient says it: "I was discharged", "I've been referred". */
const HAPPENED_TO_ME = new Set(['discharged', 'referred', 'admitted', 'operated']);

/**
 * Whether the word at `i` says the speaker was discharged, referred, admitted or operated on: "I was
 * discharged", "I've been referred", "we have been", "I'm discharged", "I got discharged", "was I
 * referred"; not "patients have been referred".
 */
function happenedToTheSpeaker(words: readonly string[], i: number): boolean {
  if (!HAPPENED_TO_ME.has(words[i]!)) return false;
  const at = (j: number) => words[j] ?? '';
  if (['was', 'were', 'been'].includes(at(i - 1)))
    return SPEAKERS.has(at(i - 2) === 'have' ? at(i - 3) : at(i - 2));
  return (
    (["i'm", 'im'].includes(at(i - 1)) ||
      (at(i - 1) === 'got' && at(i - 2) === 'i') ||
      (at(i - 1) === 'i' && ['am', 'was'].includes(at(i - 2)))) &&
    doneToTheSpeaker(words, i)
  );
}

/**
 * Whether "discharged" or "referred" at `i` was done to the speaker: nothing after it but where,
 * when or why ("I got discharged from clinic", "I'm discharged for not turning up", "was I referred
 * last week", "I got referred back to my GP"). Not patients passed on to the speaker ("I'm referred
 * 20 patients a week", "I got referred this patient", "I'm referred back patients").
 */
function doneToTheSpeaker(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined) return true;
  if (next === 'back') return words[i + 2] === 'to';
  if (next === 'this' || next === 'last') return WHEN_DONE.has(words[i + 2] ?? '');
  return AFTER_DONE_TO_ME.has(next);
}
/** Where, when or why, after being discharged or referred: "…from clinic", "…for missing one". */
const AFTER_DONE_TO_ME = new Set(
  'to for from at in on after by because as when without with and but so yesterday today now again twice even already properly home'.split(
    ' ',
  ),
);
/** A time after "this" or "last": "I got discharged this morning", "…last week". */
const WHEN_DONE = new Set(
  'morning afternoon evening night week weekend month year time'.split(' '),
);

/**
 * What a hospital team does: discharging a patient back to the GP, handing prescribing over to
 * them ("can I just discharge back to the GP", "how do I hand over DMARD prescribing to the GP").
 */
const DISCHARGE = new Set(['discharge', 'discharging']);
const HANDS_TO = new Set(['hand', 'handing']);
/** Words that make a discharge or a handing over the patient's own. */
const PATIENTS_OWN = new Set([
  'my',
  'me',
  'myself',
  'letter',
  'letters',
  'summary',
  'summaries',
  'note',
  'notes',
  'paperwork',
]);
/** What the one who writes a letter does with it: "hold the discharge summary", "dictate". */
const WRITING = new Set(
  'write writing hold holding delay delaying complete completing finish finishing dictate dictating'.split(
    ' ',
  ),
);
/** Ringing one's practice: "calling their surgery", "ring her surgery". */
const RINGING_ONES = new Set([...PHONING, 'contact', 'contacting', 'contacted']);
/** What a letter's writer puts in it: "put in the summary", "include on the letter". */
const PUTTING = new Set(['put', 'include', 'mention', 'add', 'document', 'write']);
const IN_A_LETTER = new Set(['in', 'on', 'into']);
const ABOUT_A_LETTER = new Set([
  'request',
  'requests',
  'complaint',
  'complaints',
  'feedback',
  'audit',
]);
/** Before the letter its writer holds or writes: not "my" or "your" (a patient's). */
const WRITERS_DETERMINERS = new Set([
  'the',
  'a',
  'this',
  'that',
  'these',
  'their',
  'his',
  'her',
  'our',
]);
/** The letters a hospital writes to the practice, as two words. */
const HOSPITAL_LETTERS: readonly (readonly [string, string])[] = [
  ['discharge', 'summary'],
  ['discharge', 'summaries'],
  ['discharge', 'letter'],
  ['discharge', 'letters'],
  ['clinic', 'letter'],
  ['clinic', 'letters'],
];

/** Before "discharge" as a thing rather than a deed: "my discharge", "the discharge letter". */
const DETERMINERS = new Set(['my', 'the', 'a', 'an', 'his', 'her', 'our', 'their', 'your', 'self']);

/** Whether these words send someone to the practice: "back to the GP", "to GP", not "from". */
function toThePractice(words: string[]): boolean {
  return words.some(
    (word, i) =>
      word === 'to' &&
      PRACTICE_SIDE.has(words[i + 1] === 'the' ? (words[i + 2] ?? '') : (words[i + 1] ?? '')),
  );
}

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

/** Referring, said by the one who refers: "I referred", "we refer". */
const REFERRING = new Set(['referred', 'refer']);
/** Whom a clinician refers, after "refer": "refer him", "refer the patient", "refer patients". */
const REFERRED_ONES = new Set(['him', 'her', 'them', 'patients', 'a', 'the', 'this', 'these']);
const SENDING_PATIENTS = new Set(['tell', 'told', 'send', 'sent', 'direct', 'advise', 'advised']);
/** Whom a hospital team sends to the GP: "them", "patients" (or "the patient"). */
const SENT_PATIENTS = new Set(['them', 'patients', 'people']);
/** "We", "us", "our": a team speaking, as a patient rarely does of their own care. */
const FIRST_PERSON_PLURAL = new Set(['we', "we're", "we've", 'us', 'our', 'ours']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'my', 'myself']);
/** A side after these is the speaker's own, or the reader's ("your GP" in a patient leaflet). */
const POSSESSIVES = new Set(['my', 'our', 'your']);
/** What the hospital writes to the practice, which asks things of it: "the letter says GP to…". */
const HOSPITALS_LETTERS = new Set(['letter', 'letters', 'summary', 'summaries']);
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
  wards: 'hospital-clinician',
  outpatients: 'hospital-clinician',
  outpatient: 'hospital-clinician',
  opd: 'hospital-clinician',
  // A hospital's day unit, stroke unit or theatres.
  unit: 'hospital-clinician',
  theatre: 'hospital-clinician',
  theatres: 'hospital-clinician',
  practice: 'gp',
  surgery: 'gp',
  icb: 'manager',
  ccg: 'manager',
  // "A commissioning support unit", "commissioning team": before "unit", a manager's place.
  commissioning: 'manager',
  lmc: 'manager',
  // A primary care network: practices working together ("booking team at our PCN hub").
  pcn: 'gp',
};
const SELF_JOBS: Record<string, HeardRole> = {
  consultant: 'hospital-clinician',
  registrar: 'hospital-clinician',
  junior: 'hospital-clinician',
  fy1: 'hospital-clinician',
  fy2: 'hospital-clinician',
  f1: 'hospital-clinician',
  f2: 'hospital-clinician',
  sho: 'hospital-clinician',
  spr: 'hospital-clinician',
  matron: 'hospital-clinician',
  // A medical secretary ("med sec", below); a practice's or an LMC's names its place, which wins.
  secretary: 'hospital-clinician',
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

/**
 * Who the question sounds like it is from, or undefined when it could be anyone's. A job heading
 * the question ("Matron - …") says who asks, unless the rest speaks of a patient's or a family's
 * own ("Matron - ward won't let me see my dad's notes"). A speaker with two roles is heard in the
 * one the question says ("I'm a nurse but this is for my mum", "in my GP role"), and in a job when
 * their own family is only an aside ("receptionist here (and carer for my nan) - …").
 */
export function askedAs(typed: string): HeardRole | undefined {
  const text = withoutQuotes(typed);
  // Two roles at once, and the question says which it is asked in.
  const inRole = roleSaid(text);
  if (inRole === 'family') return 'patient';
  // Asked in a job only when the rest, without the speaker's family, says which and still asks
  // something ("quick work question - my employer wants a letter about my son" names no job).
  if (inRole === 'work') {
    const atWork = asAtWork(text);
    const role = heardAsAWhole(atWork);
    if (role && role !== 'patient' && readerWords(atWork).length >= MIN_ASKED_AT_WORK) return role;
  }
  // The speaker's own family in an aside, when the rest says a job: "GP here (I also look after my
  // brother)", "… what deadline should we hit? My mother is waiting on one too."
  const rest = withoutFamilyAsides(text);
  if (rest !== text) {
    const atWork = heardAsAWhole(rest);
    if (atWork && atWork !== 'patient') return atWork;
  }
  return heardAsAWhole(text);
}
/**
 * The fewest words a question asked in a job keeps once its family is left out: "speaking as a
 * nurse, why did my dad wait six weeks" keeps only "as a nurse", and is the family's.
 */
const MIN_ASKED_AT_WORK = 6;

/**
 * Whether the speaker discharges or sends patients home, as a hospital team does: "we discharged
 * her yesterday", "patients we've already sent home", "I'm discharging him today". Only with the
 * patient said, before the speaker or after the verb: not "we have discharge summaries coming in",
 * "I have discharge from my ear" or a GP's "I sent him home with antibiotics". Not being sent home
 * ("we were sent home"), discharging oneself, a family's own ("my mum was discharged and we sent
 * her home in a taxi"), nor a practice's list or surgery.
 */
function dischargesAsSpeaker(words: readonly string[]): boolean {
  if (familySpokenOf(words)) return false;
  return words.some((word, i) => {
    // "Am I discharged now?", "were we sent home too early": asked of being sent.
    if (!DISCHARGING_SPEAKERS.has(word) || ASKED_OF_BEING.has(words[i - 1] ?? '')) return false;
    let at = i + 1;
    while (DISCHARGE_AUXILIARIES.has(words[at] ?? '')) at++;
    const verb = words[at] ?? '';
    // After "I'm", "we're" or "are", only doing it: "I'm discharging him", not "I'm discharged".
    const being = DOING_NOW.has(word) || words.slice(i + 1, at).some((w) => DOING_NOW.has(w));
    if (being && !verb.endsWith('ing')) return false;
    // "Can I discharge a patient from the practice", "we sent her home from the surgery".
    if (words.slice(at + 1, at + 6).some((w) => OWN_PRACTICE.has(w) || w === 'list')) return false;
    const patientsBefore = PATIENTS_SENT.has(words[i - 1] ?? '');
    const after = words.slice(at + 1, at + 4);
    // "Discharged her", "discharged the patient", "patients we discharged".
    if (DISCHARGES.has(verb))
      return (
        patientsBefore ||
        DISCHARGED.has(after[0] ?? '') ||
        (ARTICLES_SENT.has(after[0] ?? '') && PATIENTS_SENT.has(after[1] ?? ''))
      );
    if (!SENDING_HOME.has(verb)) return false;
    // "Patients we sent home", "we sent the patients home".
    const home = after.indexOf('home');
    const whom = after.slice(0, Math.max(home, 0));
    return (
      home >= 0 &&
      whom.every((w) => DISCHARGED.has(w) || ARTICLES_SENT.has(w) || PATIENTS_SENT.has(w)) &&
      (patientsBefore || whom.some((w) => PATIENTS_SENT.has(w)))
    );
  });
}
const DISCHARGING_SPEAKERS = new Set([
  'we',
  "we've",
  'weve',
  "we're",
  'i',
  "i've",
  'ive',
  "i'm",
  'im',
]);
const DISCHARGE_AUXILIARIES = new Set(
  'have had are am will already just recently usually often always normally then'.split(' '),
);
const DISCHARGES = new Set(['discharge', 'discharged', 'discharging']);
/** Before doing, not being done to: "I'm discharging", "we are sending". */
const DOING_NOW = new Set(["i'm", 'im', "we're", 'am', 'are']);
const ASKED_OF_BEING = new Set(['am', 'are', 'is', 'was', 'were']);
/** Patients, as staff name them. */
const PATIENTS_SENT = new Set(['patient', 'patients', 'pt', 'pts']);
/** Someone discharged, said after the verb: "discharged her". */
const DISCHARGED = new Set(['him', 'her', 'them', ...PATIENTS_SENT]);
const ARTICLES_SENT = new Set(['the', 'a', 'our', 'these', 'those']);
const SENDING_HOME = new Set(['sent', 'send', 'sending']);

/** Who the question is from, by a heading, unless the rest speaks of a family's own, else by all of it. */
function heardAsAWhole(text: string): HeardRole | undefined {
  const heading = introducedAsHeading(text);
  return heading && !familysOwn(text) ? heading : heardIn(text);
}

/**
 * The role a question says it is asked in, when the speaker has two: "I'm a nurse at another trust
 * but this is for my mum", "here I'm just his daughter" (a family's); "work question", "asking for
 * work, not for my mum", "in my GP role", "putting my practice hat on" (the job's). Undefined when
 * it says neither.
 */
function roleSaid(text: string): 'family' | 'work' | undefined {
  if (FAMILY_ROLE.some((said) => said.test(text))) return 'family';
  if (WORK_ROLE.some((said) => said.test(text))) return 'work';
  return undefined;
}
const RELATIVE = `(?:${RELATIVES.join('|')})`;
const FAMILY_ROLE = [
  // "This is for my mum", "this is about my wife", "it's for my dad", "this is my dad".
  new RegExp(
    `\\b(?:this\\s+is|it\\s+is|it['\u2019]s)\\s+(?:(?:for|about)\\s+)?my\\s+(?:own\\s+)?${RELATIVE}\\b`,
    'i',
  ),
  // The speaker as a relative: "this is as her daughter", "here I'm just his daughter".
  new RegExp(`\\bthis\\s+is\\s+as\\s+(?:his|her|their)\\s+${RELATIVE}\\b`, 'i'),
  new RegExp(`\\bi['\u2019]?m\\s+(?:just|only)\\s+(?:his|her|their)\\s+${RELATIVE}\\b`, 'i'),
  // "Asking as a mum", "asking for my dad", "question about my mum's referral".
  new RegExp(
    `\\b(?:asking|writing)\\s+(?:as\\s+a|for\\s+my(?:\\s+own)?)\\s+${RELATIVE}\\b|\\bquestion\\s+about\\s+my\\s+(?:own\\s+)?${RELATIVE}`,
    'i',
  ),
  /\b(?:not|isn['\u2019]?t)\s+(?:a\s+)?work\s+question\b/i,
];
/** Jobs a speaker says they ask as: "asking as the referring GP", "speaking as practice manager". */
const JOBS_ASKED_AS =
  'gp|gps|doctor|nurse|consultant|registrar|receptionist|manager|secretary|clerk|pharmacist|partner|lead|commissioner|clinician|officer|administrator|coordinator|sister|matron|physician|surgeon|fy1|fy2|f1|f2|sho|spr';
const WORK_ROLE = [
  /\bwork\s+question\b/i,
  /\basking\s+for\s+work\b/i,
  // "Asking for the practice, not as the parent of…".
  /\basking\s+for\s+(?:the|our)\s+(?:practice|surgery|trust|ward|clinic|team|department|icb|lmc)\b/i,
  /\bin\s+my\s+(?:[a-z]+\s+){1,2}(?:role|capacity)\b/i,
  /\bmy\s+(?:[a-z]+\s+){1,2}hat\b/i,
  // "Asking as the referring GP, though…", "speaking as practice manager, not…": a job, then the
  // clause ends (not "asking as the GP refused to refer me").
  new RegExp(
    `\\b(?:asking|speaking|writing)\\s+as\\s+(?:an?\\s+|the\\s+)?(?:[a-z&]+\\s+){0,2}(?:${JOBS_ASKED_AS})\\b(?=\\s*(?:[,.:;!?)\u2013\u2014-]|$)|\\s+(?:not|rather|and)\\b)`,
    'i',
  ),
  // "Asking for my clinic, not my mum's", "asking for work, not for my dad".
  new RegExp(
    `\\bnot\\s+(?:(?:for|about)\\s+my\\s+(?:own\\s+)?${RELATIVE}|my\\s+(?:own\\s+)?${RELATIVE}['\u2019]s)\\b`,
    'i',
  ),
];

/**
 * A question asked in the speaker's job without what it says of their own family ("though my dad
 * had exactly this"), and with the job it names said as theirs: "in my GP role", "my practice hat
 * on" and "asking as the referring GP" as "as a GP", "as a practice", "as a referring GP".
 */
function asAtWork(text: string): string {
  return text
    .replace(/\b(?:asking|speaking|writing)\s+as\s+(?:an?\s+|the\s+)?/gi, 'as a ')
    .replace(/\bin\s+my\s+((?:[a-z]+\s+){0,1}[a-z]+)\s+(?:role|capacity)\b/gi, 'as a $1')
    .replace(
      /\b(?:putting\s+|wearing\s+|with\s+)?my\s+((?:[a-z]+\s+){0,1}[a-z]+)\s+hat(?:\s+on)?\b/gi,
      'as a $1',
    )
    .split(/[.;:!?()]+|\s[-\u2013\u2014]\s|,|\b(?:but|though|although)\b/i)
    .filter((clause) => !OWN_FAMILY.test(clause))
    .join('. ');
}
/** The speaker's own family: "my dad", "my own mum's", "as a mum", "as the parent", "and a carer". */
const OWN_FAMILY = new RegExp(
  `\\bmy\\s+(?:own\\s+)?(?:[a-z]+\\s+)?${RELATIVE}(?:['\u2019]?s)?\\b|\\bas\\s+(?:a|the)\\s+(?:parent|carer|${RELATIVE})\\b|\\b(?:i['\u2019]?m|am|and|also)\\s+(?:a\\s+)?carer\\b`,
  'i',
);

/**
 * The text without asides on the speaker's own family: in brackets ("receptionist here (and carer
 * for my nan) - …"), or after the question is asked ("… what deadline are we supposed to hit? My
 * mother is waiting on one too").
 */
function withoutFamilyAsides(text: string): string {
  const unbracketed = text.replace(/\([^)]*\)/g, (aside) => (OWN_FAMILY.test(aside) ? ' ' : aside));
  const asked = unbracketed.lastIndexOf('?');
  const after = unbracketed.slice(asked + 1);
  return asked > 0 && OWN_FAMILY.test(after) ? unbracketed.slice(0, asked + 1) : unbracketed;
}

/**
 * The text without what it quotes: "another 'did not attend, discharged to GP, re-refer' letter"
 * quotes the hospital's letter, whose words are not the reader's own. A quote opens after a space
 * or at the start and closes before a space, a stop or the end, so an apostrophe inside a word
 * ("don't", "GP's") or after one ("the nurses' station") opens none, nor does one that shortens a
 * word ("'cos", "'em"). A question typed wholly in quotes is kept.
 */
function withoutQuotes(text: string): string {
  const unquoted = text.replace(QUOTED, '$1');
  return /[a-z]/i.test(unquoted) ? unquoted : text;
}
const QUOTED =
  // No lookbehind: Safari before 16.4 cannot compile one, and the whole search would fail to load.
  /(^|\s)(?:'(?!(?:cos|cause|em|til|n|bout|round)\b)[^']{3,}'|"[^"]{3,}"|\u2018[^\u2019]{3,}\u2019|\u201c[^\u201d]{3,}\u201d)(?=$|[\s.,;:!?])/g;

/** Who the question sounds like it is from, by everything but a heading. */
function heardIn(text: string): HeardRole | undefined {
  const words = readerWords(text, { negations: false });
  const at = (i: number) => words[i] ?? '';

  const possessives = possessiveWords(text);
  const said =
    saysWhoTheyAre(words, possessives) ??
    introducedHere(text) ??
    introducedAs(words, possessives) ??
    openedWithJob(words) ??
    newToAPlace(words);
  if (said) return said;
  // "FY1 doing TTO letters…": a junior doctor's grade, opening the question, as only a hospital
  // doctor calls themselves; not "F2 on my GP placement", where the place says.
  // Or after the hospital place or specialty they work in: "ED SHO -", "gastro FY1:".
  const grade =
    JUNIOR_GRADES.has(at(1)) &&
    // Not the hospital's doctor quoted by a practice: "cardiology SHO wants us to chase the echo",
    // "ED SHO sent patient back to us".
    !QUOTED_GRADE.has(at(2)) &&
    !words.slice(2, 8).some((w) => w === 'us' || PRACTICE_SIDE.has(w)) &&
    (isSpecialty(at(0)) ||
      SELF_PLACES[at(0)] === 'hospital-clinician' ||
      EMERGENCY_DEPARTMENTS.has(at(0)))
      ? 1
      : 0;
  if (
    JUNIOR_GRADES.has(at(grade)) &&
    !PLACE_WORDS.has(at(grade + 1)) &&
    // Not a patient quoting one ("SHO said I need to see my GP"), one quoted by a practice ("FY1
    // wrote 'see GP for sick note'"), nor one placed in a practice.
    !PRACTICE_TELLS.has(at(grade + 1)) &&
    !QUOTED_GRADE.has(at(grade + 1)) &&
    !words.slice(grade + 1, grade + 4).some((w) => PRACTICE_PLACEMENT.has(w))
  )
    return 'hospital-clinician';

  // "Results coming back on patients we've already sent home", "we discharged her on Friday":
  // the hospital team, whose patients they were.
  if (dischargesAsSpeaker(words)) return 'hospital-clinician';

  // A patient participation group is patients and their practice together: anyone's question.
  if (hasPair(words, 'patient', 'group') || hasPair(words, 'participation', 'group'))
    return undefined;

  const owned = new Set<HeardRole>();
  for (const [i, word] of words.entries()) {
    const role = familysPractice(words, i)
      ? 'patient'
      : ownedAfter(word, words.slice(i + 1, i + 1 + OWNED_REACH));
    if (role) owned.add(role);
  }
  if (owned.size === 1) return [...owned][0];
  if (owned.size > 1) return undefined;
  if (atTheFrontDesk(words)) return 'gp';
  const caller = words.findIndex((_, i) => callingAt(words, i));
  if (caller >= 0) {
    const taker = takesTheCall(words.slice(0, caller));
    // Not a practice's call when the caller's own GP is spoken of: "patient ringing in tears…,
    // she says her GP told her to ring us".
    // Nor when the practice told the caller to call: "GP surgery told her to ring us".
    const gpSpokenOf = words
      .slice(caller)
      .some(
        (w, j) =>
          (GPS.has(w) && CALLERS_OWN.has(words[caller + j - 1] ?? '')) ||
          (LOCAL_PRACTICE.has(w) && PRACTICE_SAYS.has(words[caller + j + 1] ?? '')),
      );
    if (taker && !(taker === 'gp' && gpSpokenOf)) return taker;
  }

  // "Should outpatient letters be posted or emailed to the surgery": how its writer sends them.
  if (lettersSentToPractice(words)) return 'hospital-clinician';
  const speaksOfPatient = words.includes('patient') || words.includes('patients');
  // "My patient", "the patient", "patients": a clinician speaking of them, not a patient of
  // themselves ("can I as a patient…", "am I a patient of the trust").
  const clinicianOfPatients = words.some(
    (word, i) => word === 'patients' || (word === 'patient' && PATIENTS_OF.has(at(i - 1))),
  );
  const asPatient = words.some(
    (word, i) =>
      relativeByName(words, i) ||
      // "Put me on" a medicine; not "put me through to the ward" or "put me on hold".
      (word === 'me' &&
        DONE_TO_ME.has(at(i - 1)) &&
        (at(i - 1) !== 'put' || (at(i + 1) === 'on' && at(i + 2) !== 'hold')) &&
        // Referred as a patient is: "won't refer me", "refer me to a specialist". Not patients
        // passed to the speaker ("ED keeps referring me patients", "refer me back patients"), nor
        // pointed to something ("can you refer me to the guidance").
        (!at(i - 1).startsWith('refer') || referredAsPatient(words, i))) ||
      (word === 'me' && at(i - 1) === 'sent' && at(i + 1) === 'home') ||
      (word === 'home' &&
        GOING.has(at(i - 1)) &&
        !speaksOfPatient &&
        // "Someone going home": said of a patient, not by one; so is "an elderly lady went home",
        // as staff speak of a patient, not as a family speaks of their own, and anyone's going
        // home when "the family" is spoken of.
        !OTHERS_GOING.has(at(i - 2)) &&
        !words.slice(Math.max(0, i - 4), i - 1).some((w) => STRANGERS.has(w)) &&
        !familySpokenOf(words) &&
        !childSpokenOf(words) &&
        // "He went home…, is that my job?": someone else gone home, and a job is staff's to ask
        // about (not "I got sent home, is it my job to…").
        !(OTHERS_WENT.has(at(i - 2)) && hasPair(words, 'my', 'job')) &&
        // "The man was sent home", "lady sent home with her tablets": someone else, told of by
        // someone who never says "I" or "my" (a family says "he was sent home, what do I do", and
        // "when can she go home").
        (at(i - 1) !== 'sent' ||
          !words.some((w) => SOMEONE_ELSE.has(w)) ||
          (words.some((w) => FIRST_PERSON.has(w)) && !prescribesAsSpeaker(words)))) ||
      (word === 'leave' && at(i - 1) === 'i') ||
      // "Now I'm home", "I'm home now", "I'm home from hospital": back from a stay. Not staff
      // working from home or a "Home First" lead ("I'm home working on Mondays").
      (word === 'home' &&
        (at(i - 1) === "i'm" || at(i - 1) === 'im' || (at(i - 1) === 'am' && at(i - 2) === 'i')) &&
        (at(i - 2) === 'now' ||
          at(i - 3) === 'now' ||
          at(i + 1) === 'now' ||
          at(i + 1) === 'from' ||
          i === words.length - 1)) ||
      // "I left the ward", "I left hospital on Friday"; not "I left a message".
      (word === 'left' &&
        at(i - 1) === 'i' &&
        leftAStay(words, at(i + 1) === 'the' ? i + 2 : i + 1)) ||
      // "My surgery says", "my practice told me": the practice speaks to the patient; its staff
      // say "we".
      (word === 'my' && LOCAL_PRACTICE.has(at(i + 1)) && PRACTICE_TELLS.has(at(i + 2))) ||
      // "Passed back and forth between the hospital and my surgery", "my practice and the hospital
      // both say…": the patient's practice set beside the hospital, by one who speaks of no patient
      // and no "we" (a GP's "my surgery" is also a session: "results to file after my surgery").
      (word === 'my' &&
        OWN_PRACTICE.has(at(i + 1)) &&
        !speaksOfPatient &&
        !words.some(
          (w) => FIRST_PERSON_PLURAL.has(w) || JOB_NAMES.has(w) || OTHER_SERVICES.has(w),
        ) &&
        !careHome(words) &&
        // And asks as the one cared for: "who am I supposed to ring", "they keep sending me back".
        (words.includes('me') || (words.includes('i') && words.some((w) => RINGING.has(w)))) &&
        ((AND_OR.has(at(i - 1)) && at(i - 2) === 'hospital' && at(i - 3) === 'the') ||
          (AND_OR.has(at(i + 2)) && at(i + 3) === 'the' && at(i + 4) === 'hospital'))) ||
      // "Told me to ring my surgery", "should I call my GP": the patient's own practice.
      (word === 'my' &&
        LOCAL_PRACTICE.has(at(i + 1)) &&
        RINGING.has(at(i - 1)) &&
        // Not the practice's staff: "email my practice manager".
        !JOB_NAMES.has(at(i + 2)) &&
        !GP_COLLEAGUES.has(at(i + 2))) ||
      // "Who should I chase, the surgery or the hospital?": one who may ask either, by the
      // patients' word for their practice, with no patient spoken of and no "we".
      (surgeryAt(words, i) &&
        words[i] !== 'the' &&
        !speaksOfPatient &&
        words.some((w) => w === 'i' || w === 'me') &&
        // Not staff of another service: "as a district nurse…", "I work in a care home".
        !words.some(
          (w) => FIRST_PERSON_PLURAL.has(w) || JOB_NAMES.has(w) || OTHER_SERVICES.has(w),
        ) &&
        !careHome(words) &&
        ((at(i + 1) === 'or' && at(i + 2) === 'the' && at(i + 3) === 'hospital') ||
          (at(i - 1) === 'or' && at(i - 2) === 'hospital' && at(i - 3) === 'the'))) ||
      // "Who books it, me or the surgery?", "the surgery or me": the patient against their
      // practice, by the patients' word for it (a hospital doctor's other is "the GP").
      (word === 'me' &&
        !speaksOfPatient &&
        // "Who tells the family, me or the surgery": staff.
        !words.some((w, j) => FAMILIES.has(w) && at(j - 1) === 'the') &&
        ((at(i + 1) === 'or' && surgeryAt(words, i + 2)) ||
          (at(i - 1) === 'or' && at(i - 2) === 'surgery'))) ||
      // "Hospital sent my referral back to the surgery", "the GP didn't use their form": the
      // patient's referral, with their practice spoken of as another's (not by one who speaks of
      // "the patient": "rejected my referral and told the patient to see the GP").
      (word === 'my' &&
        (at(i + 1) === 'referral' || at(i + 1) === 'referrals') &&
        !speaksOfPatient &&
        // Nor a hospital doctor's referral to a specialty ("urology rejected my referral…, we're
        // the ED").
        !words.some((w) => isSpecialty(w) || FIRST_PERSON_PLURAL.has(w)) &&
        words.some((w, j) => LOCAL_PRACTICE.has(w) && at(j - 1) === 'the')) ||
      // "A copy of my letter", "copies of my results": sent to the patient they are about.
      (word === 'my' &&
        at(i - 1) === 'of' &&
        (at(i - 2) === 'copy' || at(i - 2) === 'copies') &&
        COPIED_TO_PATIENTS.has(at(i + 1))) ||
      // "I saw the consultant", "after I've seen the consultant".
      (HOSPITAL_SIDE.has(word) &&
        at(i - 1) === 'the' &&
        // The consultant, not their letter ("I've seen the consultant's letter").
        !SEEN_DOCUMENTS.has(at(i + 1)) &&
        (((at(i - 2) === 'see' || at(i - 2) === 'saw') && at(i - 3) === 'i') ||
          (at(i - 2) === 'seen' &&
            (["i've", 'ive'].includes(at(i - 3)) ||
              (at(i - 3) === 'have' && at(i - 4) === 'i'))))) ||
      // "I had a CT scan at the hospital", "I had my operation in May": done to the speaker. Not
      // a request or a report a clinician had ("I had a scan request rejected").
      (word === 'had' &&
        at(i - 1) === 'i' &&
        // Not of a patient spoken of ("the patient portal" is no one's).
        !words.some(
          (w, j) => (w === 'patient' || w === 'patients') && !PATIENTS_THINGS.has(at(j + 1)),
        ) &&
        hadDone(words, i + 1)) ||
      happenedToTheSpeaker(words, i),
  );
  // Not someone calling about a patient: "can't get through to discuss a patient".
  if (asPatient || puzzledByJargon(words) || (triesToReach(text) && !speaksOfPatient))
    return 'patient';

  // What only a hospital team does, said by the one doing it.
  // The speaker doing it, not believing or hearing of it: "I thought discharging to GP after a
  // DNA was banned".
  const speakerBefore = (i: number) => {
    const before = words.slice(Math.max(0, i - 3), i);
    const speaker = before.findLastIndex((w) => SPEAKERS.has(w) || w === "i'm" || w === 'im');
    return speaker >= 0 && !before.slice(speaker + 1).some((w) => BELIEVING.has(w));
  };
  const asHospital = words.some(
    (word, i) =>
      speakerBefore(i) &&
      // Not a patient's own: "do I hand over my prescription", "can I discharge myself", "do I
      // take the discharge letter to the GP", "should I hand over the discharge letter".
      !words.slice(i + 1, i + 8).some((w) => PATIENTS_OWN.has(w)) &&
      !DETERMINERS.has(at(i - 1)) &&
      ((DISCHARGE.has(word) && toThePractice(words.slice(i + 1, i + 6))) ||
        (HANDS_TO.has(word) && at(i + 1) === 'over' && toThePractice(words.slice(i + 2, i + 8)))),
  );
  // Writing or holding back the hospital's letters: "should I hold the discharge summary", "do we
  // have to dictate the clinic letter". Not a patient's own ("my discharge summary"), nor one a
  // practice signs off or files as it comes in (signing and typing are left out).
  const writesLetters = words.some((word, i) => {
    // "What should I put in the d/c summary", "do we include it on the clinic letter".
    if (
      PUTTING.has(word) &&
      speakerBefore(i) &&
      IN_A_LETTER.has(at(i + 1)) &&
      WRITERS_DETERMINERS.has(at(i + 2)) &&
      HOSPITAL_LETTERS.some(([first, second]) => at(i + 3) === first && at(i + 4) === second) &&
      // Not something about the letter: "put in a discharge summary complaint", "…request".
      !ABOUT_A_LETTER.has(at(i + 5))
    )
      return true;
    if (!WRITING.has(word) || !speakerBefore(i)) return false;
    const j = at(i + 1) === 'off' || at(i + 1) === 'back' ? i + 2 : i + 1;
    return (
      WRITERS_DETERMINERS.has(at(j)) &&
      HOSPITAL_LETTERS.some(([first, second]) => at(j + 1) === first && at(j + 2) === second) &&
      // Not written for the hospital by someone else: "complete the discharge summary for the
      // hospital", "write the clinic letter for the consultant".
      !(at(j + 3) === 'for' && HOSPITAL_SIDE.has(at(j + 4) === 'the' ? at(j + 5) : at(j + 4)))
    );
  });
  // Sending a patient to their GP: "can I tell them to get it from their GP", "we send patients
  // back to the GP". Not "they told me to ask my GP" (the speaker is the one sent), nor a family
  // telling its own ("I told him to see the GP", "we told mum to"): not when a relative or "my"
  // is named.
  const family = words.some((w) => w === 'my' || RELATIVES.includes(w) || RELATIVES_BY_NAME.has(w));
  const sendsToTheGp =
    !family &&
    words.some((word, i) => {
      if (!SENDING_PATIENTS.has(word) || !SPEAKERS.has(at(i - 1))) return false;
      const sent = at(i + 1) === 'the' && at(i + 2) === 'patient' ? i + 2 : i + 1;
      if (!SENT_PATIENTS.has(at(sent)) && sent === i + 1) return false;
      // "told them to…", "send patients back to…".
      const to = at(sent + 1) === 'back' ? sent + 2 : sent + 1;
      return at(to) === 'to' && words.slice(to + 1, to + 8).some((w) => PRACTICE_SIDE.has(w));
    });
  if (asHospital || writesLetters || sendsToTheGp || listsGpActions(words))
    return 'hospital-clinician';

  // "I referred", "we refer": a clinician's act, not a patient's ("I was referred", "can I refer
  // myself").
  const refersAsStaff = words.some(
    (word, i) =>
      REFERRING.has(word) &&
      SPEAKERS.has(at(i - 1)) &&
      // "I referred him", "we refer patients"; not "I refer you to my email", "can I refer to
      // physio" (a patient referring themselves), "I referred myself".
      (word === 'referred' ? !['myself', 'you'].includes(at(i + 1)) : REFERRED_ONES.has(at(i + 1))),
  );
  // A team speaking ("we", "our"), someone speaking of their patient, or one who refers, and the
  // side of the interface they name as someone else's. "When will I hear from the hospital" is a
  // patient's as often as a GP's, so "I" alone says nothing.
  const asStaff =
    refersAsStaff ||
    words.some((word) => FIRST_PERSON_PLURAL.has(word)) ||
    (clinicianOfPatients && words.some((word) => FIRST_PERSON.has(word)));
  // Without "we", one side's letter asking the other by name still speaks to staff, when they speak
  // of a patient or of their own job and of no family: "summary just says GP to take over
  // prescribing", "letter says GP to chase the result - is that my job?" (`asksOther`, below).
  const staffsOwn =
    (speaksOfPatient || hasPair(words, 'my', 'job')) &&
    !words.some(
      (w, i) =>
        RELATIVES.includes(w) ||
        RELATIVES_BY_NAME.has(w) ||
        w === 'me' ||
        w === 'i' ||
        (w === 'my' && !STAFFS_OWN.has(at(i + 1))),
    );
  // "We still haven't had any discharge paperwork", "we've not received a letter", said of a
  // patient: the practice waiting for the hospital's letters (a hospital waits for referrals). Not a hospital waiting for the GP's letter
  // ("no letter from the GP"), nor a family ("I was a patient…", "husband was an in patient…").
  const waitsForLetters =
    speaksOfPatient &&
    !words.some(
      (w, i) =>
        w === 'my' ||
        RELATIVES.includes(w) ||
        RELATIVES_BY_NAME.has(w) ||
        // "I was a patient on ward 5…".
        (SPEAKING_AS_PATIENT.has(w) && words.slice(i + 1, i + 4).includes('patient')),
    ) &&
    words.some(
      (w, i) =>
        NOT_RECEIVED.has(w) &&
        words.slice(Math.max(0, i - 3), i).some(isNegation) &&
        words.slice(Math.max(0, i - 5), i).some((x) => x === 'we' || x === "we've") &&
        words.slice(i + 1, i + 5).some((x) => LETTERS_AWAITED.has(x)) &&
        !words
          .slice(i + 1, i + 9)
          .some((x) => x === 'referral' || x === 'referrals' || PRACTICE_SIDE.has(x)),
    );
  if (waitsForLetters) return 'gp';
  // "Time lost ringing wards for discharge paperwork", "we spend hours chasing secretaries for
  // clinic letters": the practice chasing the hospital's letters, not a family chasing their own.
  if (
    words.some((_, i) => chasesTheWard(words, i)) &&
    !words.some((w) => w === 'my' || RELATIVES.includes(w) || RELATIVES_BY_NAME.has(w)) &&
    // Said as a team, or of no one ("time lost ringing wards…"): one who says "I" and not "we"
    // may be a patient ("I keep ringing the hospital for the discharge letter").
    (words.some((w) => FIRST_PERSON_PLURAL.has(w)) ||
      !words.some((w) => FIRST_PERSON.has(w) || w === "i'm" || w === 'im')) &&
    !careHome(words)
  )
    return 'gp';
  if (!asStaff && !staffsOwn) return undefined;
  // "Our practice", "our hospital": the speaker's own side, not the other.
  // "Our trust", and a service the team runs: "we run a specialist nurse helpline".
  const owns = (i: number) => POSSESSIVES.has(at(i - 1)) || runsItself(i);
  // "We run a specialist nurse helpline", "our team runs a consultant-led clinic", "we've set up a
  // nurse-led specialist service": a service of the team's own.
  const runsItself = (i: number) => {
    let before = i - 1;
    if (at(before).endsWith('-led')) before--;
    if (!ARTICLES.has(at(before))) return false;
    before--;
    if (at(before) === 'up' && SETTING.has(at(before - 1))) before--;
    return (
      RUNS.has(at(before)) &&
      words.slice(Math.max(0, before - 3), before).some((w) => FIRST_PERSON_PLURAL.has(w))
    );
  };
  const practiceAt = (i: number) => PRACTICE_SIDE.has(at(i)) && !owns(i);
  const hospitalAt = (i: number) => HOSPITAL_SIDE.has(at(i)) && !owns(i);
  // One side asking the other by name to do something ("rheumatology letter says GP to
  // continue…") speaks to the reader, who is the other. "The hospital told us the GP would…",
  // "the consultant says GP should…" and "the GP was sent the letter" say nothing: a family says
  // those too.
  const asksOther = (sideAt: (i: number) => boolean, other: ReadonlySet<string>) =>
    words.some((_, i) => {
      if (!sideAt(i)) return false;
      const verb = words
        .slice(i + 1, i + 1 + ASKING_REACH)
        .findIndex((w, j) => TELLING.has(w) && !PASSIVE.has(at(i + j)));
      if (verb < 0) return false;
      // The other side named just after, and asked "to" do something for the reader, not for
      // "us" or "me" (a family's "the specialist wants the GP to refer us again").
      const named = at(i + verb + 2) === 'the' ? i + verb + 3 : i + verb + 2;
      return (
        other.has(at(named)) &&
        at(named + 1) === 'to' &&
        !words.slice(named + 2, named + 6).some((w) => FOR_THE_FAMILY.has(w))
      );
    });
  const specialtyAt = (i: number) => isSpecialty(at(i)) && !owns(i);
  // The hospital's letters speak for it: "every letter says GP to repeat TFTs" (not "our letter").
  const lettersAt = (i: number) => HOSPITALS_LETTERS.has(at(i)) && !owns(i);
  const hospitalAsks = asksOther(
    (i) => hospitalAt(i) || specialtyAt(i) || lettersAt(i),
    PRACTICE_SIDE,
  );
  const practiceAsks = asksOther(practiceAt, HOSPITAL_SIDE);
  if (hospitalAsks && !practiceAsks) return 'gp';
  if (practiceAsks && !hospitalAsks) return 'hospital-clinician';
  if (!asStaff) return undefined;
  // A side asked to do the work, as a heading says it ("practice nurse asked to do repeat bloods,
  // is that our job?", "GP told to refer again, should we?"): the team asking is the one asked. Not
  // a family's ("GP asked to refer us again", "asked to see him"), nor what a side must do asked
  // about ("is the GP expected to…"), nor what a side asked for ("asked to be kept informed").
  const askedToDo = (sideAt: (i: number) => boolean) =>
    words.some((_, i) => {
      // Not asking what a side must do ("is the hospital expected to…", "are GPs asked to…").
      if (!sideAt(i) || QUESTION_OPENERS.has(at(i - 1)) || QUESTION_OPENERS.has(at(i - 2)))
        return false;
      let j = i + 1;
      while (JOB_NAMES.has(at(j)) || BEING.has(at(j))) j++;
      return (
        BEING_ASKED.has(at(j)) &&
        at(j + 1) === 'to' &&
        // Not what the side asked for itself ("consultant asked to be kept informed").
        at(j + 2) !== 'be' &&
        !words.slice(j + 2, j + 6).some((w) => FOR_THE_FAMILY.has(w))
      );
    });
  // The hospital, one of its wards, units or specialties, putting work on the practice: "ward told
  // us the paper letter is all we'll get", "day surgery unit keeps telling patients the GP will
  // sort their sick note", "surgeons tell patients to get their sick note from the GP". Whoever
  // says "us" or "our" hears it as the practice.
  const hospitalPutsOnPractice = words.some((_, i) => {
    if (!hospitalAt(i) && !((HOSPITAL_TELLERS.has(at(i)) || isSpecialty(at(i))) && !owns(i)))
      return false;
    // The side itself tells: the verb next, or after how often ("keeps telling"), not someone
    // else's ("ward, pts keep asking us").
    let verb = i + 1;
    // One of its staff: "the acute oncology nurse told…", "cardiology registrar keeps saying…".
    if (TELLING_STAFF.has(at(verb))) verb++;
    while (HOW_OFTEN.has(at(verb))) verb++;
    if (!SAYING.has(at(verb))) return false;
    // "Told my patient", "told the patient": as "told patients".
    const after = PATIENTS_OF.has(at(verb + 1)) && at(verb + 2) === 'patient' ? verb + 2 : verb + 1;
    // "Told us" of a patient, with no GP named: "the hospital told us the GP would prescribe it"
    // and "the ward told us he'd be home" are a family's as often.
    if (at(after) === 'us') return speaksOfPatient && !words.some((w) => PRACTICE_SIDE.has(w));
    // Patients told the GP will do it, or to get it from the GP (the GP told directly is
    // `asksOther`'s).
    if (!TOLD_ABOUT.has(at(after))) return false;
    if (at(after + 1) === 'to')
      return words.slice(after + 2, after + 10).some((w) => PRACTICE_SIDE.has(w));
    return words
      .slice(after + 1, after + 4)
      .some((w, j) => PRACTICE_SIDE.has(w) && GP_WILL.has(at(after + j + 2)));
  });
  if (hospitalPutsOnPractice && !practiceAsks) return 'gp';
  const practiceAsked = askedToDo(practiceAt);
  const hospitalAsked = askedToDo(hospitalAt);
  if (practiceAsked && !hospitalAsked) return 'gp';
  if (hospitalAsked && !practiceAsked) return 'hospital-clinician';
  // "Patients calling their surgery": the patients' practice, another's (a surgery alone may be an
  // operation).
  const practiceNamed =
    words.some(
      (w, i) =>
        practiceAt(i) ||
        (w === 'surgery' && CALLERS_OWN.has(at(i - 1)) && RINGING_ONES.has(at(i - 2))),
    ) || hasPair(words, 'primary', 'care');
  const hospitalNamed = words.some((_, i) => hospitalAt(i)) || hasPair(words, 'secondary', 'care');
  // A specialty speaking ("cardiology told us to see the GP") may be speaking to a family: it
  // names the hospital enough to stop a guess, not enough to make one. Not a specialty a patient
  // is sent to or seen in ("refer to cardiology", "a cardiology opinion").
  const specialtySpeaks = words.some((_, i) => specialtyAt(i) && !SENT_OR_SEEN_IN.has(at(i - 1)));
  if (hospitalNamed && !practiceNamed) return 'gp';
  if (practiceNamed && !hospitalNamed && !specialtySpeaks) return 'hospital-clinician';
  if (practiceNamed) return undefined;
  // A specialty asking something of the team: "gastro asks us to refer on". Not "cardiology
  // told us" or "we saw cardiology": a family says those.
  const specialtyAsksUs = words.some(
    (_, i) =>
      specialtyAt(i) &&
      words
        .slice(i + 1, i + 1 + ASKING_REACH)
        .some((w, j) => ASKING.has(w) && at(i + j + 2) === 'us'),
  );
  return specialtyAsksUs ? 'gp' : undefined;
}

/**
 * The speaker giving the GP work, as a clinic letter does: "the things I need the GP to do", "what
 * we want the practice to action", "I need the GP to continue the statin". Not a patient's "I need
 * the GP to refer me" or "…to sign my form": only what a clinician lists, or a clinician's
 * instruction.
 */
function listsGpActions(words: readonly string[]): boolean {
  return GP_ACTIONS.test(words.join(' '));
}
const GP_ACTIONS = new RegExp(
  String.raw`\b(?:(?:things|what|actions|jobs|tasks) (?:i|we) (?:need|want|expect) (?:the )?(?:gp|gps|practice) to\b` +
    String.raw`|(?:i|we) (?:need|want|expect) (?:the )?(?:gp|gps|practice) to (?:continue|monitor|action|titrate|uptitrate|increase|reduce|stop|wean)\b(?! (?:me|my|us|our)\b))`,
);

/**
 * The speaker lost in the medical words of a letter or result: "it's full of medical terms I don't
 * understand, who can explain it to me", "can't make sense of the consultant's letter, it's all
 * medical words". A patient: staff who say it speak of a patient who does not understand ("the
 * patient says the letter is all jargon"), a patient's own portal or app aside; and the contract's
 * jargon is anyone's.
 */
function puzzledByJargon(words: readonly string[]): boolean {
  const jargon = words.some(
    (w, i) => w === 'jargon' || (w === 'medical' && MEDICAL_WORDS.has(words[i + 1] ?? '')),
  );
  if (!jargon || !words.some((w) => w === 'i' || w === 'me')) return false;
  // A letter or result, not the contract's or a policy's words.
  if (!words.some((w) => COPIED_TO_PATIENTS.has(w))) return false;
  // Asking to be told ("who can explain it to me", "who do I ask to explain it"), or not
  // understanding ("I don't understand", "can't make sense of"); not explaining to others ("how
  // should I explain medical jargon to parents").
  const lost =
    words.some(
      (w, i) =>
        w === 'explain' &&
        (words.slice(i + 1, i + 4).includes('me') ||
          words.slice(Math.max(0, i - 5), i).includes('who')),
    ) ||
    words.some((w, i) => w === 'understand' && NOT_ABLE.has(words[i - 1] ?? '')) ||
    words.some(
      (w, i) => w === 'sense' && words[i - 1] === 'make' && NOT_ABLE.has(words[i - 2] ?? ''),
    );
  const ofPatient = words.some(
    (w, i) => (w === 'patient' || w === 'patients') && !PATIENTS_THINGS.has(words[i + 1] ?? ''),
  );
  return lost && !ofPatient;
}
/** Not able to, as readers type it: "don't", "can't", "cannot", "do not". */
const NOT_ABLE = new Set("not don't dont can't cant cannot didn't didnt".split(' '));
/** What a letter's hard words are: "medical terms", "medical words". */
const MEDICAL_WORDS = new Set(['terms', 'words', 'language', 'terminology', 'speak']);
/** A patient's own things, not a patient spoken of: "the patient portal", "the patient app". */
const PATIENTS_THINGS = new Set(['portal', 'app', 'record', 'records', 'access', 'leaflet']);

/**
 * The speaker prescribing, as only a clinician does: "do I have to write up the rest", "should we
 * prescribe it". ("Can I have it prescribed" is a patient's: no "I" just before.)
 */
function prescribesAsSpeaker(words: readonly string[]): boolean {
  return words.some((word, i) => {
    const writesUp =
      word === 'write' &&
      words[i + 1] === 'up' &&
      !words.slice(i + 2, i + 4).some((w) => w === 'complaint' || w === 'report');
    if (word !== 'prescribe' && !writesUp) return false;
    // The speaker, then only how they must or may: "do I have to write up", "should we prescribe";
    // not "can I ask them to prescribe", "do I need GP to prescribe".
    let j = i - 1;
    while (j >= 0 && PRESCRIBING_MODALS.has(words[j]!)) j--;
    return words[j] === 'i' || words[j] === 'we';
  });
}
const PRESCRIBING_MODALS = new Set('have to should must need do can just then'.split(' '));

/**
 * A practice's front desk, told of by the one behind it: "patient at the desk says…", "lady at the
 * front desk wants a script", "man at reception", "I'm on reception", "new on reception". Someone
 * else stands at it: not "I was at reception and they said…", "been waiting at the desk" (a
 * patient), nor a desk in the hospital ("at the desk in outpatients", "on reception in the ward").
 */
function atTheFrontDesk(words: readonly string[]): boolean {
  const at = (i: number) => words[i] ?? '';
  // After the desk, "in outpatients", "on the ward", "at the hospital".
  const inHospital = (j: number) =>
    PLACE_WORDS.has(at(j)) &&
    [at(j + 1), at(j + 2)].some((w) => SELF_PLACES[w] === 'hospital-clinician');
  return words.some((word, i) => {
    if (word === 'on' && at(i + 1) === 'reception')
      return (i === 0 || ON_RECEPTION.has(at(i - 1))) && !inHospital(i + 2);
    if (word !== 'at') return false;
    // Someone there, or waiting there: "patient is at the front desk", "a man waiting at
    // reception", "hes panicking at the counter".
    const who = AT_THE_DESK_HOW.has(at(i - 1))
      ? AT_THE_DESK_HOW.has(at(i - 2))
        ? i - 3
        : i - 2
      : i - 1;
    if (!AT_THE_DESK.has(at(who))) return false;
    let j = i + 1;
    if (at(j) === 'the') j++;
    if (at(j) === 'front') j++;
    return FRONT_DESK.has(at(j)) && !inHospital(j + 1);
  });
}
const FRONT_DESK = new Set(['desk', 'reception', 'counter']);

/**
 * Whether `words[i]` is someone calling the one who asks, whose question it is not (the one who
 * takes the call asks: `takesTheCall`): "mum on the phone wants…", "mum in tears
 * on the phone", "wife rang in a state". Not someone spoken to ("told dad on the phone", "spoke to
 * him on the phone"), the speaker ("I'm the daughter, on the phone…"), nor a call to or from the
 * other side ("husband on the phone to the ward", "a lady on the phone from the hospital said…",
 * "wife rang the ward").
 */
function callingAt(words: readonly string[], i: number): boolean {
  // "Patient was discharged Friday, he's ringing about his new meds": the patient spoken of, by
  // one who is not family ("my dad… he's ringing" is a family's).
  const patientCalls =
    PATIENT_PRONOUNS.has(words[i]!) &&
    words.includes('patient') &&
    !words.some((w) => w === 'my' || RELATIVES.includes(w) || RELATIVES_BY_NAME.has(w));
  if (!CALLERS.has(words[i]!) && !patientCalls) return false;
  if (CALLED_BY.has(words[i - 1] ?? '') || SAYING_SELF.has(words[i - 2] ?? '')) return false;
  // Calling now, or again and again: "patient ringing about…", "she keeps phoning".
  const calling = CALLING_NOW.has(words[i + 1] ?? '')
    ? i + 1
    : CALLING_AGAIN.has(words[i + 1] ?? '') && CALLING_NOW.has(words[i + 2] ?? '')
      ? i + 2
      : undefined;
  // A relative as a family names them ("mum rang"), who may have rung anyone, or a call that may
  // happen ("if a patient rings to cancel").
  const notTaken =
    RELATIVES_BY_NAME.has(words[i]!) ||
    MAY_HAPPEN.has(words[i - 1] ?? '') ||
    (MAY_HAPPEN.has(words[i - 2] ?? '') && ARTICLES.has(words[i - 1] ?? ''));
  if (calling !== undefined) {
    if (notTaken) return false;
    return callGoesOn(words, calling + 1);
  }
  if (patientCalls) return false;
  // "Wife rang in a state", "patient rang asking…": a call to the one who asks, told of by the
  // one who took it. Not one made to someone else ("wife rang the ward", "mum called 111"), nor to
  // the family ("son rang me to say"), nor `notTaken`.
  if (CALLED.has(words[i + 1] ?? '')) {
    if (notTaken) return false;
    const after = words[i + 2] === 'up' ? i + 3 : i + 2;
    // Or the next clause, its comma gone: "patient rang, OPD told her…".
    return callGoesOn(words, after) || PRACTICE_TELLS.has(words[after + 1] ?? '');
  }
  // "Parent asking when her daughter's follow-up is", "patient asking about…", opening the
  // question: a query taken, told of by the one who took it (a family says "I'm asking", and names
  // their own "mum").
  if (
    words[i + 1] === 'asking' &&
    (i === 0 || (i === 1 && ARTICLES.has(words[0]!))) &&
    ASKED_ABOUT.has(words[i + 2] ?? '')
  )
    return (
      !notTaken &&
      // Not the speaker's own ("patient asking when will I get my results"), a family's ("daughter
      // asking when mum will be seen"), a clinic's ("…, our clinic is overbooked"), nor one that
      // names the GP as another ("patient asking if GP can do her bloods").
      !words.some(
        (w, j) =>
          (j > i && RELATIVES_BY_NAME.has(w) && !CALLERS_OWN.has(words[j - 1] ?? '')) ||
          // "Asking about my referral", "nobody has rung me"; not "what do I tell her".
          w === 'me' ||
          (w === 'my' && !STAFFS_OWN.has(words[j + 1] ?? '')) ||
          (w === 'our' && !PRACTICE_SIDE.has(words[j + 1] ?? '')) ||
          (GPS.has(w) && !CALLERS_OWN.has(words[j - 1] ?? '')),
      )
    );
  // "Mum in tears on the phone", "daughter upset on the line".
  let on = i + 1;
  while (on < i + 3 && CALLERS_STATE.has(words[on] ?? '') && words[on] !== 'on') on++;
  if (words[on] !== 'on') return false;
  const phone = words[on + 1] === 'the' ? on + 2 : on + 1;
  if (!PHONE.has(words[phone] ?? '')) return false;
  return words[phone + 1] !== 'to' && words[phone + 1] !== 'from';
}
/**
 * Whether the words from `at` go on as a call taken does: nothing more, how or what about ("rang in
 * a state", "ringing about…"), or what for ("ringing to ask what they found").
 */
function callGoesOn(words: readonly string[], at: number): boolean {
  const next = words[at];
  if (next === undefined || CALL_TAKEN_HOW.has(next)) return true;
  return next === 'to' && CALLED_TO.has(words[at + 1] ?? '');
}
/** What a call taken was for: "rang to ask", "ringing to cancel". */
const CALLED_TO = new Set('ask say cancel complain chase check find see know'.split(' '));
/** Someone else who went home: "he went home", "the patient went home". */
const OTHERS_WENT = new Set(['he', 'she', 'they', 'patient']);
/** Believing or hearing of a thing, not doing it: "I thought…", "we heard…". */
const BELIEVING = new Set(
  'thought think heard hear assumed assume believed believe understood read knew know'.split(' '),
);
/** The speaker saying what they were: "I was", "I'm", "I am". */
const SPEAKING_AS_PATIENT = new Set(['was', "i'm", 'im', 'am']);
/**
 * Ringing the hospital's wards for its letters from `i`: "ringing wards for discharge paperwork",
 * "chasing the hospital for the summary". Not for a referral or the GP's letter.
 */
function chasesTheWard(words: readonly string[], i: number): boolean {
  if (!CHASING_CALLS.has(words[i] ?? '')) return false;
  // Who rings: not a patient or family ("the patient keeps ringing the ward for her letter"), nor
  // practices ringing the speaker's ward ("GP surgeries calling the ward for…").
  if (words.slice(Math.max(0, i - 4), i).some((w) => NOT_CHASED_BY_A_PRACTICE.has(w))) return false;
  let at = i + 1;
  if (words[at] === 'up' || words[at] === 'round') at++;
  if (words[at] === 'the') at++;
  if (!CHASED_PLACES.has(words[at] ?? '')) return false;
  at += 1;
  if (words[at] !== 'for') return false;
  const wanted = words.slice(at + 1, at + 6);
  return (
    wanted.some((w) => LETTERS_AWAITED.has(w)) &&
    !wanted.some((w) => w === 'referral' || w === 'referrals' || PRACTICE_SIDE.has(w))
  );
}
const CHASING_CALLS = new Set([...PHONING, 'chase', 'chases', 'chasing', 'chased']);
/** The hospital's places and people a practice rings: "the ward", "wards", "secretaries". */
const CHASED_PLACES = new Set(
  'ward wards hospital hospitals department departments secretary secretaries'.split(' '),
);
/** Who rings for letters, when not a practice: patients, families, and practices themselves. */
const NOT_CHASED_BY_A_PRACTICE = new Set([
  ...PRACTICE_SIDE,
  ...'patient patients family families relative relatives carer carers pharmacy pharmacist nurse nurses district social worker workers community'.split(
    ' ',
  ),
]);
/** Not had yet: "haven't had", "not received", "not got". */
const NOT_RECEIVED = new Set(['had', 'received', 'got']);
/** What a practice waits for from the hospital. */
const LETTERS_AWAITED = new Set([...HOSPITALS_LETTERS, 'paperwork']);
/** What staff call their own: "my job", "my patient". */
const STAFFS_OWN = new Set(['job', 'patient', 'patients']);
/** The caller's own: "her GP", "his GP". */
const CALLERS_OWN = new Set(['her', 'his', 'their']);
/** Who a patient spoken of is, calling: "he's ringing about his meds". */
const PATIENT_PRONOUNS = new Set(['he', 'she']);
/** Calling as it is told: "patient ringing about…", "she keeps phoning". */
const CALLING_NOW = new Set(['ringing', 'phoning', 'calling']);
const CALLING_AGAIN = new Set(['keeps', 'keep', 'is', 'was', 'been', 'still']);
/** Calling: "wife rang", "son phoned". */
const CALLED = new Set(['rang', 'phoned', 'called', 'rings', 'phones', 'calls', 'rung']);
/**
 * What follows a call taken by the one who asks: "rang in a state", "rang asking", "phoned again
 * today", "rang, husband home yesterday" (a new clause, its comma gone: a relative named).
 */
const CALL_TAKEN_HOW = new Set([
  ...'in asking wanting about again today yesterday saying crying upset earlier this last re worried'.split(
    ' ',
  ),
  ...RELATIVES,
]);
/** Before a call that may happen, not one that did: "if a patient rings", "when patients call". */
const MAY_HAPPEN = new Set(['if', 'when', 'whenever', 'once']);
/** How a caller is on the phone: "in tears", "upset", "again". */
const CALLERS_STATE = new Set(
  'in tears crying upset distressed angry again frantic panicking worried still'.split(' '),
);
/** Before someone spoken to, not calling: "told dad", "spoke to him", "rang mum". */
const CALLED_BY = new Set(
  'told tell rang ring called call phoned phone spoke speak to with asked ask'.split(' '),
);
/**
 * Who takes a call, from the words before the caller: a hospital's staff when the question opens
 * with their place or job ("ward clerk, daughter on the phone…", "outpatients receptionist -"); no
 * one said when another job opens it ("nurse here, …"); else a practice's front desk (not the
 * hospital the caller goes on to speak of: "patient rang, OPD told her…").
 */
function takesTheCall(before: readonly string[]): HeardRole | undefined {
  const opening = before.slice(0, 3);
  const hospitals = (w: string) =>
    SELF_PLACES[w] === 'hospital-clinician' || SELF_JOBS[w] === 'hospital-clinician';
  if (opening.some(hospitals)) return 'hospital-clinician';
  // Another job named first, whose side it does not say: "nurse here, daughter on the phone".
  return opening.some((w) => JOB_NAMES.has(w) && SELF_JOBS[w] !== 'patient') ? undefined : 'gp';
}
const CALLERS = new Set([
  ...RELATIVES,
  ...RELATIVES_BY_NAME,
  ...'man woman lady gentleman gent patient carer relative parent someone somebody wife husband'.split(
    ' ',
  ),
]);
/**
 * How the hospital's letters are sent to practices, asked by their writer: "should outpatient
 * letters be posted or emailed to the surgery", "can discharge summaries be faxed to GPs". Not a
 * patient's own ("can my letters be sent to my new surgery"), nor anything sent the other way.
 */
function lettersSentToPractice(words: readonly string[]): boolean {
  // Asked as a choice its writer makes ("should…", "can…"), by no patient, family, practice or
  // reader of the rules ("will the summary be sent to the GP?", "why are letters faxed to the
  // surgery", "can hospital letters be emailed to the practice", "…within 24 hours").
  if (!WRITERS_CHOICE.has(words[0] ?? '')) return false;
  if (
    words.some(
      (w) =>
        FIRST_PERSON.has(w) ||
        FIRST_PERSON_PLURAL.has(w) ||
        RELATIVES.includes(w) ||
        RELATIVES_BY_NAME.has(w) ||
        NOT_THE_WRITERS.has(w),
    )
  )
    return false;
  return words.some((w, i) => {
    if (!SENT_WAYS.has(w) || !BEING_SENT.has(words[i - 1] ?? '')) return false;
    const letters = words.slice(Math.max(0, i - 5), i).findIndex((x) => HOSPITALS_LETTERS.has(x));
    // Not the letters named as the other side's: "hospital letters", "their letters".
    if (letters < 0) return false;
    if (words.slice(Math.max(0, i - 5), i).some((x) => x === 'hospital' || x === 'their'))
      return false;
    const to = words.slice(i + 1, i + 5).indexOf('to');
    if (to < 0) return false;
    const at = i + 2 + to + (words[i + 2 + to] === 'the' ? 1 : 0);
    return RECEIVING_PRACTICES.has(words[at] ?? '');
  });
}
const SENT_WAYS = new Set(['sent', 'posted', 'emailed', 'faxed', 'delivered', 'copied']);
const WRITERS_CHOICE = new Set(['should', 'can', 'could', 'must', 'shall']);
const NOT_THE_WRITERS = new Set(
  'patient patients why contract standard standards within monitor monitors pays practice-manager'.split(
    ' ',
  ),
);
const BEING_SENT = new Set(['be', 'being', 'are', 'is', 'get', 'gets', 'go', 'goes']);
const RECEIVING_PRACTICES = new Set(['surgery', 'surgeries', 'practice', 'practices', 'gp', 'gps']);
/** What a team does with a service of its own: "we run a…", "we provide a…". */
const RUNS = new Set(
  'run runs provide provides offer offers manage manages set setting started start'.split(' '),
);
/** "Set up": "we've set up a…". */
const SETTING = new Set(['set', 'setting']);
const PHONE = new Set(['phone', 'line', 'telephone', 'phones']);
const PLACE_WORDS = new Set(['in', 'on', 'at', 'of']);
/** Where a junior doctor may be placed outside the hospital: "FY2 GP rotation". */
const PRACTICE_PLACEMENT = new Set(['gp', 'practice', 'surgery', 'general', 'community']);
/** Junior doctors' grades, which only they go by. */
const JUNIOR_GRADES = new Set(['fy1', 'fy2', 'f1', 'f2', 'sho', 'spr']);
/** What a practice says a hospital's doctor did: "SHO wants…", "SHO asked…", "SHO sent…". */
const QUOTED_GRADE = new Set(
  'wants wanted asked asks sent requested wrote told says said letter rang called'.split(' '),
);
const EMERGENCY_DEPARTMENTS = new Set(['ed', 'a&e', 'ae', 'majors', 'resus']);
/** Who is at the desk: someone the speaker tells of ("patient at the desk", "lady at reception"). */
const AT_THE_DESK = new Set([
  ...SOMEONE_ELSE,
  ...'patient patients someone somebody carer relative family hes shes'.split(' '),
]);
/** How someone is at the desk: "is at", "waiting at", "is still waiting at". */
const AT_THE_DESK_HOW = new Set(
  'is was still waiting standing sitting queueing queuing panicking stood sat'.split(' '),
);
/** Working on reception: "I'm on reception", "new on reception", "my morning on reception". */
const ON_RECEPTION = new Set([
  "i'm",
  'im',
  'am',
  'been',
  'work',
  'working',
  'new',
  'today',
  'morning',
  'afternoon',
  'shift',
]);

/**
 * "Can't get through to the hospital", "cant get through to consultants secretary, nobody answers
 * the phone": the bare complaint of someone trying to reach their own hospital team (seven times
 * in the blind lots, all patients). Only that: every word after "to" must name the hospital side
 * (`reached`) or say how the calls go (CALLS_UNANSWERED). Staff say who calls, what for or how
 * ("we can't get through to radiology", "…to the ward to get a discharge summary", "…to the
 * secretary about a referral I sent", "…on the bypass"), and none of those words is allowed.
 */
function triesToReach(text: string): boolean {
  const [first, second, get, through, to, ...rest] = readerWords(text);
  return (
    (first === 'can' || first === 'could') &&
    second === 'not' &&
    get === 'get' &&
    through === 'through' &&
    to === 'to' &&
    rest.some(reached) &&
    rest.every(
      (word, i) =>
        reached(word) ||
        CALLS_UNANSWERED.has(word) ||
        // "Consultants secretary", its "'s" left out; "the consultants" are staff's.
        (word === 'consultants' && rest[i + 1] === 'secretary'),
    )
  );
}

/**
 * Whether a word names whom a patient tries to reach: "the clinic", "the cardiology secretary". A
 * specialty in full only: "gastro", "paeds" are clinicians' words.
 */
function reached(word: string): boolean {
  return REACHED.has(word) || isSpecialtyInFull(word);
}

/** Whom a patient tries to reach at the hospital, as they name them. */
const REACHED = new Set([
  'hospital',
  'clinic',
  'consultant',
  'secretary',
  'outpatients',
  'outpatient',
  'appointments',
  'booking',
  'department',
]);

/** How the calls go: "nobody answers the phone", "all week", "for days". */
const CALLS_UNANSWERED = new Set([
  'the',
  'nobody',
  'no',
  'one',
  'answers',
  'answering',
  'phone',
  'phones',
  'line',
  'ever',
  'all',
  'day',
  'days',
  'week',
  'weeks',
  'for',
  'on',
  'and',
]);

/** Words before a specialty that make it where a patient goes or is seen, not who speaks. */
const SENT_OR_SEEN_IN = new Set(['to', 'into', 'in', 'at', 'for', 'a', 'an']);

/** Asking something of someone: a specialty "asks us to", a letter "says GP to". */
const ASKING = new Set(['asks', 'asking', 'wants', 'wanting', 'expects', 'expecting']);
const TELLING = new Set([
  ...ASKING,
  'says',
  'said',
  'asked',
  'wanted',
  'tells',
  'told',
  'expected',
]);
/** How far after a side its asking may come: "urology letter just says". */
const ASKING_REACH = 3;
/** Whom a family asks the GP to help: "wants the GP to refer us", "to do her bloods". */
const FOR_THE_FAMILY = new Set(['us', 'me', 'him', 'her', 'them', 'his', 'their']);
/** A hospital's places and teams that speak to the practice: "the ward told us", "surgeons tell". */
const HOSPITAL_TELLERS = new Set([
  ...Object.keys(SELF_PLACES).filter((place) => SELF_PLACES[place] === 'hospital-clinician'),
  'surgeon',
  'surgeons',
]);
/** Telling or saying, not asking: "the ward asked us to…" is a hospital's own team as often. */
const SAYING = new Set('tell tells telling told says said saying'.split(' '));
/** Who a hospital tells that the GP will do something: "telling patients the GP will". */
const TOLD_ABOUT = new Set(['patient', 'patients', 'people', 'families', 'relatives']);
/** A hospital's staff who tell, after where they work: "the oncology nurse told…". */
const TELLING_STAFF = new Set(
  'nurse nurses consultant consultants doctor doctors registrar registrars team secretary specialist'.split(
    ' ',
  ),
);
/** The GP given the work: "the GP will sort it", "GP to prescribe", "GP should". */
const GP_WILL = new Set(['will', 'to', 'should', 'can', 'must', 'would', 'has', 'needs']);
/** "Was told", "been asked": done to the side, not by it. */
const PASSIVE = new Set(['was', 'were', 'been']);
/** How often a side does something: "keeps telling", "always says". */
const HOW_OFTEN = new Set('keep keeps always often now routinely still'.split(' '));
/** Between a side and its being asked: "GPs are being asked to", "practice keeps getting told to". */
const BEING = new Set([
  ...PASSIVE,
  ...HOW_OFTEN,
  ...'is are being get gets got getting'.split(' '),
]);
/** Asked to do something, said of the one asked: "practice asked to chase", "GP told to". */
const BEING_ASKED = new Set(['asked', 'told', 'instructed']);
/** Before a side, a question about what it must do: "is the hospital expected to…". */
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were']);

/**
 * "FY1 here -", "practice manager here,": a job or place, then "here" and a pause, as the question
 * opens. Not "GP here won't refer me" or "the hospital here": the pause makes it an introduction.
 */
function introducedHere(text: string): HeardRole | undefined {
  const opening = /^\s*((?:[\w-]+\s+){0,2}[\w-]+)\s+here\s*[,:;.\u2013\u2014-]/i.exec(text);
  if (!opening) return undefined;
  const description = readerWords(opening[1]!, { negations: false });
  // Whose, not who: "the hospital here", "my GP here".
  return description.some((w) => PATIENTS_OF.has(w)) ? undefined : placeOrJob(description);
}

/**
 * "Med sec: how quickly…", "F1 - pt going home…", "Practice pharmacist. Pt seen…", "ICB contracts
 * team - do we…", "New practice manager - who…": a job, or a place and a job, with how long or in
 * what capacity they have had it, in up to four words, as a heading before a colon,
 * a full stop or a spaced dash. Every word must be a job's or a place's (PLAIN_DESCRIPTIONS), and
 * a place alone is a topic, not a reader: "Hospital - can they refuse a referral?", "DNA: what now".
 */
function introducedAsHeading(text: string): HeardRole | undefined {
  // A job may be someone's: "Consultant's secretary -", "GP's receptionist:"; and said as the
  // speaker's: "As practice manager: …", "As the trust's interface lead -".
  const opening =
    /^\s*(?:as\s+(?:an?\s+|the\s+)?)?((?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)\s*(?:[:.]|\s[\u2013\u2014-])\s/i.exec(
      text,
    ) ??
    // "New medical secretary, consultant keeps dictating…": a comma too, after a job of two words
    // or more ("GP, hospital and patient…" names no reader).
    COMMA_HEADING.exec(text);
  if (!opening) return introducedWithPlace(text);
  const description = readerWords(opening[1]!, { negations: false });
  if (!isJobHeading(description)) return introducedWithPlace(text);
  if (opening[0].trimEnd().endsWith(',') && !description.some((w) => JOB_NAMES.has(w)))
    return undefined;
  // "New surgery - …" is still a place alone: how new says nothing of who asks; nor does a
  // specialty ("Vascular surgery - …" is a topic, "Gastro registrar:" a hospital doctor).
  const named = description.filter(
    // A contract managed names the manager ("contract manager:"), though "GP contract:" is a topic.
    (w) => !JOB_QUALIFIERS.has(w) && (!MANAGED.has(w) || COMMISSIONING.has(w)) && !isSpecialty(w),
  );
  if (named.length < 2 && !named.some((w) => Object.hasOwn(SELF_JOBS, w))) return undefined;
  return placeOrJob(description);
}

/** A heading of two to four words ended by a comma: "New medical secretary, …". */
const COMMA_HEADING = /^\s*((?:[\w'\u2019-]+\s+){1,3}[\w'\u2019-]+),\s/;

/**
 * "Nurse on the surgical day unit.", "Receptionist at a GP surgery:", "Pharmacist in outpatients -":
 * a job (JOB_NAMES, with how long or where: "new", "practice"), then where they work in up to five
 * words, as a heading. A place or specialty alone is a topic ("Surgery on a Saturday:",
 * "Gynaecology at the hospital."). The place decides when it names one ("unit", "ward",
 * "surgery"), else the job.
 */
function introducedWithPlace(text: string): HeardRole | undefined {
  const opening =
    /^\s*((?:[\w-]+\s+){0,3}[\w-]+)\s+(?:on|in|at|from)\s+((?:[\w&-]+\s+){0,4}[\w&-]+)\s*(?:[:.]|\s[\u2013\u2014-])\s/.exec(
      text,
    );
  if (!opening) return undefined;
  const job = readerWords(opening[1]!, { negations: false });
  if (!isJobHeading(job) || !job.some((w) => JOB_NAMES.has(w))) return undefined;
  return placeOrJob([...readerWords(opening[2]!, { negations: false }), ...job]);
}

/**
 * Whether a heading's words name a job or a place only (PLAIN_DESCRIPTIONS), and not whom it is
 * about: "Pt: DNA'd twice…", "Patient - discharged without TTO".
 */
function isJobHeading(description: string[]): boolean {
  return (
    description.every((w) => PLAIN_DESCRIPTIONS.has(w)) &&
    // What is managed, or the prescriptions desk, only before a job: "ops manager", "prescription
    // clerk", not "GP referrals" or "Hospital prescription -".
    description.every(
      (w, i) =>
        !(MANAGED.has(w) || PRESCRIPTIONS.has(w)) ||
        description.slice(i + 1).some((x) => JOB_NAMES.has(x)),
    ) &&
    !description.some((w) => w === 'patient' || w === 'patients' || w === 'carer')
  );
}

/**
 * A patient's or a family's own, which outweighs a job heading the question: a relative ("my dad's
 * notes", "mum"), a patient's thing after "my" ("my appointment", "my results"). Not "give me",
 * which staff say too ("SHO - pharmacy won't give me the TTO").
 */
function familysOwn(text: string): boolean {
  const words = readerWords(text, { negations: false });
  return words.some(
    (word, i) =>
      relativeByName(words, i) ||
      // The speaker's own care: "Ward manager - I was discharged yesterday, who…"; not patients
      // passed on ("we have been referred patients without bloods").
      (happenedToTheSpeaker(words, i) && doneToTheSpeaker(words, i)) ||
      (word === 'my' && RESULTS.has(words[i + 1] ?? '')) ||
      ownedAfter(word, words.slice(i + 1, i + 1 + OWNED_REACH)) === 'patient',
  );
}

/**
 * A question opening "As", a job or place in up to three words (besides how long they have had it:
 * "new", "acting"), with or without "the", then the question: "As practice pharmacist, what…", "As
 * the ICB, how do we…", "As the newly appointed practice manager, what…". Only the words of a job or
 * place (PLAIN_DESCRIPTIONS), so a reason is not an introduction: "As per consultant, who…", "As
 * the hospital said, who…", "As discussed with GP, can I…"; nor whose ("As the patient's GP").
 */
function introducedAs(words: string[], possessives: ReadonlySet<string>): HeardRole | undefined {
  if (words[0] !== 'as') return undefined;
  const start = words[1] === 'the' ? 2 : 1;
  const end = words.findIndex((w, j) => j >= start && !PLAIN_DESCRIPTIONS.has(w));
  // Up to three words, besides how long they have had the job ("As the newly appointed…").
  const qualifiers = words.slice(start, Math.max(start, end)).filter((w) => JOB_QUALIFIERS.has(w));
  if (end <= start || end > start + 3 + qualifiers.length || !ASKING_STARTS.has(words[end]!))
    return undefined;
  const description = words.slice(start, end);
  return description.some((w) => possessives.has(w)) ? undefined : placeOrJob(description);
}

const PRESCRIPTIONS = new Set(['prescription', 'prescriptions']);
/** The work of buying care and holding its contracts, a manager's before their job. */
const COMMISSIONING = new Set(['contract', 'contracts', 'commissioning']);
/** A manager's jobs: "contracts manager", "commissioning lead"; not "contract nurse". */
const MANAGING_JOBS = new Set(
  'manager managers lead team officer director administrator'.split(' '),
);
const PRESCRIPTION_JOBS = new Set(['clerk', 'clerks', 'team', 'coordinator', 'administrator']);

/** The words that name a job, not a place, a specialty or how long they have had it. */
const JOB_NAMES = new Set([
  ...Object.keys(SELF_JOBS),
  ...'pharmacist nurse manager clerk secretary coordinator doctor sister lead director officer administrator partner trainee locum receptionist team'.split(
    ' ',
  ),
]);

/** How long, or in what capacity, someone has had a job: "new practice manager", "acting lead". */
const JOB_QUALIFIERS = new Set(
  'new newly appointed qualified acting interim deputy assistant agency bank'.split(' '),
);

/**
 * What a manager manages, before their job: "Trust ops manager:" (read as "operations"), "service
 * manager at the trust -", "ICB primary care lead:". Like how long they have had it, it names no
 * one, and it makes a job heading only before a job (JOB_NAMES): "General practice -" and "GP
 * referrals:" are topics.
 */
const MANAGED = new Set(
  'operations service services general business divisional quality governance performance admin referrals contract primary secondary care medicines optimisation'.split(
    ' ',
  ),
);

/** The words a job or place is named in without an article: "practice pharmacist", "GP partner". */
const PLAIN_DESCRIPTIONS = new Set([
  ...Object.keys(SELF_PLACES),
  ...Object.keys(SELF_JOBS),
  ...'pharmacist nurse manager clerk secretary coordinator doctor sister lead director officer administrator partner trainee locum salaried community district senior specialist clinical medical med sec booking office contracts commissioning team clinic'.split(
    ' ',
  ),
  ...PRESCRIPTIONS,
  ...MANAGED,
  ...JOB_QUALIFIERS,
  // The specialty a hospital doctor works in: "Gastro registrar:", "Cardiology SpR -", "As
  // cardiology registrar, …" (a specialty alone names no one: `introducedAsHeading`).
  ...Object.keys(SPECIALTY_SHORT_NAMES),
  ...SPECIALTY_NAMES,
]);

/**
 * The reader a description names: its place if it has one ("a nurse at the hospital"), else its
 * job.
 */
function placeOrJob(named: string[]): HeardRole | undefined {
  // "Med sec" is a medical secretary; "LMC sec" an LMC's, by its place; "Sec. 11" a section.
  const description = named.map((w, i) =>
    w === 'sec' && named[i - 1] === 'med' ? 'secretary' : w,
  );
  // "Day surgery" is a hospital's unit, not a GP's surgery.
  const place = description.find((w) => Object.hasOwn(SELF_PLACES, w));
  if (place === 'surgery' && description[description.indexOf(place) - 1] === 'day')
    return 'hospital-clinician';
  // Whoever buys the care or holds its contract: "contract manager:", "commissioning lead -", a
  // trust's "contracts manager at the trust" too; a practice's own is the practice's.
  if (
    description.some((w, i) => COMMISSIONING.has(w) && MANAGING_JOBS.has(description[i + 1]!)) &&
    (!place || SELF_PLACES[place] !== 'gp')
  )
    return 'manager';
  if (place) return SELF_PLACES[place];
  // "Clinic nurse:", "clinic coordinator here", with no other place: a hospital's outpatient
  // clinic, as a job is named by it (a "clinic nurse at a GP practice" is the practice's).
  if (description[0] === 'clinic' && JOB_NAMES.has(description[1] ?? ''))
    return 'hospital-clinician';
  // "Booking office:", "booking team -": the hospital's, as "our booking team" is.
  if (description.some((w, i) => w === 'booking' && BOOKING_STAFF.has(description[i + 1]!)))
    return 'hospital-clinician';
  // A practice's prescriptions desk: "Prescription clerk:", "prescriptions team -".
  if (
    description.some((w, i) => PRESCRIPTIONS.has(w) && PRESCRIPTION_JOBS.has(description[i + 1]!))
  )
    return 'gp';
  const job = description.find((w) => Object.hasOwn(SELF_JOBS, w));
  return job ? SELF_JOBS[job] : undefined;
}

/**
 * A question opened by a place and a job, introducing who asks: "practice manager moved from
 * Scotland, keep hearing…", "ward sister just started", "surgery receptionist here". Only before
 * words that go on introducing them (INTRODUCING): "practice nurse won't do my bloods" and
 * "hospital doctor keeps asking us" are about someone else. Not a patient's or carer's.
 */
function openedWithJob(words: readonly string[]): HeardRole | undefined {
  const [place = '', job = '', next = ''] = words;
  if (!Object.hasOwn(SELF_PLACES, place) || !JOB_NAMES.has(job)) return undefined;
  // A team is a thing too ("hospital team phone number"); a patient is no job.
  if (job === 'team' || SELF_JOBS[job] === 'patient') return undefined;
  return INTRODUCING.has(next) ? placeOrJob([place, job]) : undefined;
}
/** What goes on introducing someone: "here", "just started", "moved from", "new to this". */
const INTRODUCING = new Set(
  'here just new moved started starting joined covering recently since'.split(' '),
);

/**
 * A job new to a place: "overseas doctor new to UK general practice", "nurse new to the ward". The
 * job must come just before ("we're new to the practice" is a family registering).
 */
function newToAPlace(words: readonly string[]): HeardRole | undefined {
  const at = words.findIndex(
    (w, i) =>
      w === 'new' &&
      JOB_NAMES.has(words[i - 1] ?? '') &&
      SELF_JOBS[words[i - 1]!] !== 'patient' &&
      NEW_TO.has(words[i + 1] ?? ''),
  );
  if (at < 0) return undefined;
  // The place straight after, and nothing of it after that ("new to hospital letters" is a topic).
  let place = at + 2;
  while (PLACE_DESCRIBED.has(words[place] ?? '')) place++;
  const after = words[place + 1];
  if (!Object.hasOwn(SELF_PLACES, words[place] ?? '')) return undefined;
  if (after !== undefined && !CLAUSE_STARTS.has(after) && !NEW_PLACE_ENDS.has(after))
    return undefined;
  return SELF_PLACES[words[place]!];
}
/** Before the place: "new to the ward", "new to UK general practice". */
const PLACE_DESCRIBED = new Set(['the', 'a', 'our', 'this', 'uk', 'english', 'general', 'nhs']);
/** After the place, the question going on: "…general practice - after an operation…". */
const NEW_PLACE_ENDS = new Set(['after', 'here', 'i', 'we', "i'm", 'im', 'this', 'last', 'now']);

/**
 * "I'm a …", "I am an …", "we're the …", "I work in …", "as a …": who the reader says they are.
 */
function saysWhoTheyAre(words: string[], possessives: ReadonlySet<string>): HeardRole | undefined {
  for (const [i, word] of words.entries()) {
    const article = word === 'a' || word === 'an';
    // "I am the ward sister", "we're the ICB"; not "I am the patient's GP" or "I'm the
    // hospital's patient", whose first word is whose. (A question opening "As the ICB, …":
    // introducedAs.)
    const the = word === 'the' && speaksOfSelf(words, i) && !possessives.has(words[i + 1] ?? '');
    // "I'm medical secretary to…", "I am ward sister": a job said without an article.
    // A job must be named ("I'm outpatients on Monday" is a patient's day); "im" only opening
    // the question ("B12 IM" is intramuscular).
    const bare =
      (word === "i'm" || (word === 'im' && i === 0) || (word === 'am' && words[i - 1] === 'i')) &&
      PLAIN_DESCRIPTIONS.has(words[i + 1] ?? '') &&
      !JOB_QUALIFIERS.has(words[i + 1] ?? '') &&
      words.slice(i + 1, i + 4).some((w) => JOB_NAMES.has(w));
    // "I'm covering another consultant's secretary", "just been made the trust's interface lead",
    // "I've been appointed as the practice's lead": a job taken on.
    const takenOn = takesOnAJob(words, i, possessives);
    const introduced =
      takenOn ||
      the ||
      bare ||
      (article && speaksOfSelf(words, i)) ||
      (article && words[i - 1] === 'as' && !NOT_SELF_BEFORE_AS.has(words[i - 2] ?? '')) ||
      /^(i|we) work (in|at|for)$/.test(words.slice(Math.max(0, i - 3), i).join(' '));
    if (!introduced) continue;
    const description: string[] = [];
    const from = takenOn ?? (article || the || bare ? i + 1 : i);
    for (const next of words.slice(from, takenOn ? from + 4 : i + 5)) {
      if (CLAUSE_STARTS.has(next)) break;
      // "I'm the daughter, the hospital wants…": the description ends at the next article.
      if (the && ARTICLES.has(next)) break;
      // A job taken on is named in a job's and a place's words only.
      if (takenOn !== undefined && !PLAIN_DESCRIPTIONS.has(next)) break;
      description.push(next);
    }
    // Where they work, said past the words read: "a staff nurse on a surgical ward", to its place.
    // Only a place named at once, a word before it at most ("on a surgical ward"): not the next
    // clause's, its comma gone ("a nurse at a care home, hospital sent…").
    const where = description.findIndex((w) => WORKS_WHERE.has(w));
    if (where >= 0 && !description.slice(where).some((w) => Object.hasOwn(SELF_PLACES, w))) {
      const said = description.slice(where + 1).filter((w) => !ARTICLES.has(w));
      const end = from + description.length;
      const next = words.slice(end, end + PLACE_REACH);
      const place = next.findIndex((w) => Object.hasOwn(SELF_PLACES, w));
      const before = next.slice(0, Math.max(place, 0));
      if (
        place >= 0 &&
        said.length + before.filter((w) => !ARTICLES.has(w)).length <= 1 &&
        !before.some((w) => CLAUSE_STARTS.has(w))
      )
        description.push(...next.slice(0, place + 1));
    }
    // "I'm a patient at the hospital": the patient, wherever they are seen (not "a patient
    // services manager").
    if (
      SELF_JOBS[description[0] ?? ''] === 'patient' &&
      (description.length === 1 || PLACE_WORDS.has(description[1]!))
    )
      return 'patient';
    // "I'm an outpatient", "As an inpatient, …": a patient; "an outpatient nurse", the hospital's.
    // Neither is what is done "as an outpatient" ("CT to be arranged as an outpatient"), nor an
    // outpatient job this list lacks ("an outpatient physiotherapist").
    if (article && PATIENT_STAYS.has(description[0]!) && !JOB_NAMES.has(description[1] ?? '')) {
      const speaker = speaksOfSelf(words, i) || (words[i - 1] === 'as' && i === 1);
      if (speaker && (description.length === 1 || AFTER_A_STAY.has(description[1]!)))
        return 'patient';
      continue;
    }
    const role = placeOrJob(description);
    if (role) return role;
  }
  return undefined;
}

/**
 * Where the description of a job taken on begins, if `words[i]` takes one on: "covering" said of
 * the speaker ("I'm covering for the ward clerk"), "made" or "appointed" after "been" ("just been
 * made the trust's interface lead"), past "for", "as" and an article; only when a job's or a
 * place's word comes next (not "been made aware", "covering reception today"). A possessive first
 * word must be a place's or a job's ("the trust's", "another consultant's"), not a patient's ("the
 * patient's named nurse").
 */
function takesOnAJob(
  words: string[],
  i: number,
  possessives: ReadonlySet<string>,
): number | undefined {
  const word = words[i];
  const covering = word === 'covering' && speaksOfSelf(words, i);
  const appointed = (word === 'made' || word === 'appointed') && words[i - 1] === 'been';
  if (!covering && !appointed) return undefined;
  let at = i + 1;
  while (TAKEN_ON_BEFORE.has(words[at] ?? '')) at++;
  const first = words[at] ?? '';
  // A job or a place must be named: not "been made aware", "covering reception today".
  if (!PLAIN_DESCRIPTIONS.has(first)) return undefined;
  const staffs =
    Object.hasOwn(SELF_PLACES, first) || (JOB_NAMES.has(first) && SELF_JOBS[first] !== 'patient');
  if (possessives.has(first) && !staffs) return undefined;
  return at;
}
/** Between taking on a job and its name: "covering for another", "appointed as the". */
const TAKEN_ON_BEFORE = new Set(['for', 'as', 'a', 'an', 'the', 'another', 'our']);

/** Where someone works, after their job: "on a surgical ward", "in outpatients", "at the trust". */
const WORKS_WHERE = new Set(['on', 'in', 'at']);
/** Where a job is new: "new to the ward", "new in general practice". */
const NEW_TO = new Set(['to', ...WORKS_WHERE]);
/** How many words past the description its place may be: "on a surgical ward". */
const PLACE_REACH = 3;

/** Where a patient is treated, which makes them "an outpatient". */
const PATIENT_STAYS = new Set(['outpatient', 'inpatient']);
/** After "an outpatient", words that are not a job: "an outpatient at the hospital and…". */
const AFTER_A_STAY = new Set('at in with and of since for but so who waiting'.split(' '));

/** Words a question starts with, after "As the ICB,". */
const ASKING_STARTS = new Set('how what who when where why can could do does should'.split(' '));

/** Words written with "'s" in `text` ("the patient's GP"), lower case, as readerWords gives them. */
function possessiveWords(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/([A-Za-z][\w&-]*)['\u2019]s\b/g)].flatMap((match) => readerWords(match[1]!)),
  );
}

/**
 * Whether the article at `i` follows the reader naming themselves: "I'm a", "I am the", "we're
 * the", "we are a". Not "as a" (saysWhoTheyAre reads that), nor "are the GPs" with no "we".
 */
function speaksOfSelf(words: string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (["i'm", 'im', "we're"].includes(before)) return true;
  return (before === 'am' && words[i - 2] === 'i') || (before === 'are' && words[i - 2] === 'we');
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

function hasPair(words: readonly string[], first: string, second: string): boolean {
  return words.some((word, i) => word === first && words[i + 1] === second);
}

/** Whose pages a heard role ranks first, and who the reader was heard as, in the notice's words. */
const HEARD_AS: Record<HeardRole, { pages: string; who: string; also?: string }> = {
  patient: { pages: 'patients', who: 'a patient' },
  gp: { pages: 'GP practices', who: 'a GP practice' },
  'hospital-clinician': { pages: 'hospital teams', who: 'a hospital team' },
  // A manager's own pages include the toolkits and resources (readers.ts: `ownPageLabels`).
  manager: {
    pages: 'hospital teams and managers',
    who: 'a manager',
    also: 'the toolkits and resources',
  },
};

/** What the search page tells a reader whose question was heard as `role`, and how to change it. */
export function heardNotice(role: HeardRole): string {
  const { pages, who, also } = HEARD_AS[role];
  const ranked = also ? `Pages for ${pages}, and ${also},` : `Pages for ${pages}`;
  return `${ranked} are ranked higher because your search sounds like it is from ${who}. If you are not ${who}, choose who you are under ‘I am a…’.`;
}

/**
 * What the search page tells a reader when a page of theirs that holds none of their words is put
 * above another reader's page on the same topic (search-pipeline.ts: `raiseReadersOwn`).
 */
export function sameTopicNotice(role: ReaderRole): string {
  const pages = Object.hasOwn(HEARD_AS, role)
    ? HEARD_AS[role as HeardRole].pages
    : READER_ROLE_PAGES[role as Exclude<ReaderRole, HeardRole>];
  return `A page for ${pages} on the same topic is shown above the result it goes with, though it may not use your words.`;
}

/** Whose pages the roles that are never heard from a question rank first, in the notice's words. */
const READER_ROLE_PAGES: Record<Exclude<ReaderRole, HeardRole>, string> = {
  'practice-staff': 'GP practices',
};

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
  // Asked for as something to take away: "a downloadable log", "printable", "in Excel",
  // "a one-stop rundown of the rules to circulate".
  'downloadable',
  'printable',
  'excel',
  'rundown',
  'one-pager',
  'circulate',
  'briefing',
  'briefings',
  'overview',
]);

/**
 * A summary asked for as a document ("a summary of the clauses"), not a discharge summary, nor a
 * summary of the reader's own care ("a summary of my results", "of her hospital stay").
 */
function asksForSummary(words: readonly string[], i: number): boolean {
  return (
    (words[i] === 'summary' || words[i] === 'summaries') &&
    words[i + 1] === 'of' &&
    !SUMMARISED.has(words[i - 1] ?? '') &&
    !SOMEONES.has(words[i + 2] ?? '')
  );
}
const SOMEONES = new Set(['my', 'his', 'her', 'their', 'your', 'our']);
const SUMMARISED = new Set([
  'discharge',
  'clinic',
  'outpatient',
  'care',
  'tto',
  'a&e',
  'edischarge',
]);

/**
 * Whether the question asks for a tool (a toolkit, template, leaflet) or a document (a briefing, a
 * summary of the clauses) rather than guidance.
 */
export function asksForTool(text: string): boolean {
  const words = readerWords(text, { negations: false });
  return words.some(
    (word, i) =>
      (TOOL_WORDS.has(word) && !alreadyHas(words, i)) ||
      (word === 'self' && words[i + 1] === 'assessment') ||
      // "A ready made letter", "a ready-made letter", "a standard letter I can send".
      (word === 'ready' && READY_MADE.has(words[i + 1] ?? '')) ||
      word === 'readymade' ||
      word === 'ready-made' ||
      // Not one the reader has ("their standard letter for patients who…").
      (STOCK.has(word) &&
        LETTERS.has(words[i + 1] ?? '') &&
        !alreadyHas(words, i) &&
        !SENDING.has(words[i - 1] ?? '') &&
        !SENDING.has(words[i - 2] ?? '')) ||
      asksForSummary(words, i) ||
      keepsARecord(words, i),
  );
}

/**
 * A log kept of problems, asked for or gone through: "our log of hospital issues", "an issues log",
 * "where can I keep a running record of every job". Not logging something ("log a complaint", "log
 * in"), what a log in hand shows ("our log shows 40 late letters"), a log to be taken to someone
 * ("who do I send our log to": whom they ask), nor a record already kept ("we keep a record of all
 * DNAs, can we discharge them").
 */
function keepsARecord(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (word === 'log' || word === 'logs') {
    if (!LOG_BEFORE.has(words[i - 1] ?? '') || LOGGED_INTO.has(words[i + 1] ?? '')) return false;
    if (FINDINGS.has(words[i + 1] ?? '')) return false;
    const taken =
      words.slice(Math.max(0, i - 3), i).some((w) => LOG_TAKEN.has(w)) ||
      words.some((w, j) => LOG_TAKEN.has(w) && words[j + 1] === 'it');
    return !(HOLDERS.has(words[i - 1]!) && taken);
  }
  // A record of every case: "a running record", "a record of every job", "some kind of record
  // every time", "a record… to show a pattern", "a tally of every job", "count of each one",
  // when keeping one is asked about ("should we be keeping…", "best way to keep…").
  if (!RECORDS.has(word)) return false;
  // Of the speaker's own care: "keep count of all my appointments", "a tally of my symptoms".
  if (words.slice(i + 1, i + 7).includes('my')) return false;
  let at = i - 1;
  while (at > i - 5 && RECORD_KIND.has(words[at] ?? '')) at--;
  if (!KEEPING.has(words[at] ?? '')) return false;
  const asked = at === 0 || words.slice(Math.max(0, at - 3), at).some((w) => KEEPING_ASKED.has(w));
  return (
    asked &&
    (words[i - 1] === 'running' ||
      words.slice(i + 1, i + 4).some((w) => EVERY_CASE.has(w)) ||
      // Kept to show something: "…so we can show a pattern".
      words
        .slice(i + 1, i + 1 + SHOWN_REACH)
        .some(
          (w, j) =>
            SHOWN_BY_A_RECORD.has(w) &&
            words.slice(Math.max(i + 1, i + j - 2), i + 1 + j).some((x) => SHOWING.has(x)),
        ))
  );
}
/** What is kept of every case: "keep a record", "keep a tally", "keep count". */
const RECORDS = new Set(['record', 'tally', 'count']);
const SHOWN_BY_A_RECORD = new Set(['pattern', 'patterns', 'evidence', 'trend', 'trends']);
const SHOWN_REACH = 14;
/** Showing what a record holds: "to show a pattern", "as evidence", "prove a trend". */
const SHOWING = new Set(['show', 'shows', 'prove', 'demonstrate', 'as', 'for', 'spot']);
/** Between keeping and the record: "a running record", "some kind of record". */
const RECORD_KIND = new Set('a an some kind sort of running proper formal'.split(' '));
const EVERY_CASE = new Set(['every', 'each', 'all']);
/** Before a log that is a thing: "a log", "our log", "an issues log", "a running log". */
const LOG_BEFORE = new Set(
  'a an the our my own running issues issue incident incidents interface shared simple'.split(' '),
);
/** A log taken to someone: "send them our log", "take our log to", "send it to". */
const LOG_TAKEN = new Set('send sent sending take taking give giving pass forward'.split(' '));
/** After logging, not a log: "log in", "log on to", "log into". */
const LOGGED_INTO = new Set(['in', 'on', 'into', 'onto', 'out']);
const KEEPING = new Set(['keep', 'keeping']);
/** Asking about keeping one: "should we keep", "how do I keep", "best way to keep". */
const KEEPING_ASKED = new Set('should do how can where need needs to want must have be'.split(' '));

/**
 * Whether the tool at `i` is one the reader already has, not one asked for: "I've got a
 * spreadsheet full of requests", "our audit shows", "their leaflet says".
 */
function alreadyHas(words: readonly string[], i: number): boolean {
  // One word may describe it: "our recent audit", "an excel spreadsheet".
  const at = (j: number) => words[j] ?? '';
  // What it found or says: "pharmacy audit shows", "the leaflet says"; not one asked for ("is
  // there a template says what to put", "looking for a spreadsheet shows which drugs…").
  const finding = FINDING_HOW.has(at(i + 1)) ? i + 2 : i + 1;
  if (FINDINGS.has(at(finding)))
    return !words
      .slice(Math.max(0, i - 4), i)
      .some((w) => ASKING_FOR_IT.has(w) || TOOL_ASKED.has(w));
  const start = HOLDERS.has(at(i - 1)) || ARTICLES.has(at(i - 1)) ? i - 1 : i - 2;
  // Whose it is, up to three words before it ("my clinic letter template", "our own local referral
  // template"), unless the reader asks for it: "looking for our ICB audit template", "need our
  // practice's own template".
  let holder: number | undefined;
  for (let j = i - 1; j >= i - HOLDER_REACH && holder === undefined; j--) {
    if (HOLDERS.has(at(j))) holder = j;
    else if (DESCRIBES_NOT.has(at(j))) break;
  }
  if (holder !== undefined) return !ASKING_FOR_IT.has(at(holder - 1));
  if (!ARTICLES.has(at(start))) return false;
  // "We have a template", "I've got a spreadsheet", "we keep an audit"; not "do you have a
  // template", nor "do we have a template", "can I have a leaflet", which ask for one.
  const verb = at(start - 1);
  if (HOLDING_SPEAKERS.has(verb)) return !ASKING_FIRST.has(at(start - 2));
  return (
    HAVING.has(verb) && HOLDING_SPEAKERS.has(at(start - 2)) && !ASKING_FIRST.has(at(start - 3))
  );
}
/** Asking which tool: "is there a template that…", "which leaflet has…", "what template says…". */
const TOOL_ASKED = new Set(['there', 'any', 'which', 'what', 'does']);
/** How what a tool in hand has is said: "the template only has the switchboard number". */
const FINDING_HOW = new Set(['only', 'just', 'still', 'now', 'already', 'also']);
/** What a tool in hand found, says or has. */
const FINDINGS = new Set(
  'shows showed found finds revealed reveals says said suggests suggested highlighted highlights flagged identified has lists includes'.split(
    ' ',
  ),
);
/** Articles: what a tool is named after ("a template"), and what starts another noun phrase. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that make "we have a template" a question: "do we have", "can I have", "have we got". */
const ASKING_FIRST = new Set(
  'do does did can could would will shall should have has may might'.split(' '),
);
/** Asking for a tool before whose it is: "looking for our…", "how do I set up our…". */
const ASKING_FOR_IT = new Set(
  'for need needs want wants find get download make build building create creating up design draft write writing'.split(
    ' ',
  ),
);
/** Words that end what a holder's words describe: "our letters need a template" asks for one. */
const DESCRIBES_NOT = new Set(
  'a an the for of to in on with and or is are need needs want wants has have had'.split(' '),
);
/** How many words before a tool whose it is may be said: "our own local referral template". */
const HOLDER_REACH = 4;
/** Whose tool it is: "our audit", "their leaflet" ("your template" may be asked for). */
const HOLDERS = new Set(['my', 'our', 'their', 'his', 'her']);
const HAVING = new Set(['got', 'have', 'had', 'keep', 'kept', 'made', 'built', 'use']);
const HOLDING_SPEAKERS = new Set(['i', 'we', "i've", "we've", 'ive', 'weve']);
/** Sent or received, not asked for: "the hospital sends a standard letter". */
const SENDING = new Set('sends send sent sending received receive receives got'.split(' '));

/** What follows "ready" when it means a document already written: "ready made", "ready written". */
const READY_MADE = new Set(['made', 'written']);
/** A letter written once for everyone to send: "a standard letter", "a model letter". */
const STOCK = new Set(['standard', 'model', 'stock', 'example', 'sample', 'generic']);
const LETTERS = new Set(['letter', 'letters', 'wording']);

/**
 * Whether the question asks what a word or an abbreviation means ("what does WNB mean on my letter",
 * "what does ICB stand for", "meaning of DNA", "what is meant by onward referral", "what is WNB",
 * "is Choose and Book the same as e-RS"): then the
 * glossary's definition is what is wanted, above the pages that use the word. Not what something
 * means for the reader or in practice ("what does shared care mean for my lithium", "what does this
 * mean on the day of discharge", "does that mean I have to…"), nor a word only named ("the backlog
 * means…", "avoid abbreviations in letters", "does the contract define who…").
 */
export function asksForMeaning(text: string): boolean {
  const words = readerWords(text, { negations: false });
  // "What does … mean" of a longer name, at its end: "what does primary and secondary care
  // interface mean".
  const longName = (i: number) =>
    WHAT.has(words[0] ?? '') &&
    (words[1] === 'does' || words[1] === 'do') &&
    i === words.length - 1 &&
    i <= LONGEST_NAME + 2 &&
    // A name, not the reader's letter or result: "what does the letter from my consultant mean".
    !words.slice(2, i).some((w) => FIRST_PERSON.has(w) || NOT_NAMES.has(w));
  const asked = (i: number) =>
    words.slice(Math.max(0, i - 5), i).some((w) => ASKING_WHAT.has(w)) || longName(i);
  // What the "what does … mean" asks about: a word, not "this" or "it".
  const aboutAWord = (i: number) =>
    !words.slice(longName(i) ? 0 : Math.max(0, i - 5), i).some((w) => POINTING.has(w));
  const last = words.length - 1;
  if (namesOnly(text, words)) return true;
  // A word quoted, then what it means: "what do 'primary care' and 'secondary care' mean when…",
  // "when you say 'provider', does that include…". Not what a quoted instruction means for the
  // reader ("letter says 'GP to follow up', what does that mean").
  const quotesAWord = text.search(QUOTED) >= 0;
  if (
    quotesAWord &&
    words.some(
      (word, i) =>
        (word === 'mean' && aboutAWord(i)) ||
        (word === 'say' && words[i - 1] === 'you' && words[i - 2] === 'when'),
    )
  )
    return true;
  return words.some((word, i) => {
    const next = words[i + 1];
    if (word === 'meaning') return words[i - 1] !== 'been';
    // "Is Choose and Book the same thing as e-RS?", "difference between a CCG and an ICB".
    // Of two things' names, not "is it the same as before", "is the wait the same as last year".
    if (word === 'same' && words[0] === 'is')
      return (
        (next === 'as' || (next === 'thing' && words[i + 2] === 'as')) &&
        !words.slice(1, i).some((w) => POINTING.has(w) || notAName(w))
      );
    // "They gave my husband a Med10, is that the same as a fit note?": a code named, then asked
    // after as the same as a thing, not as a time ("the same as last year").
    if (word === 'same' && CODE_NAME.test(text)) {
      const as = next === 'as' ? i + 1 : next === 'thing' && words[i + 2] === 'as' ? i + 2 : -1;
      const compared = ARTICLES.has(words[as + 1] ?? '') ? words[as + 2] : words[as + 1];
      return as > 0 && compared !== undefined && !notAName(compared) && !TIMES.has(compared);
    }
    // "The LMC and the ICB… what's the difference?": two abbreviations named, then the difference
    // asked, not "what difference does it make".
    if (word === 'difference')
      return (
        next === 'between' ||
        (words[i - 1] === 'the' &&
          !DIFFERENCE_IN.has(next ?? '') &&
          TWO_ABBREVIATIONS.test(text.replace(NOT_A_TERM, ' ')))
      );
    if (word === 'definition') return true;
    if (word === 'define') return i === 0;
    if (ABBREVIATIONS.has(word)) return asked(i);
    if (word === 'stand' || word === 'stands')
      return next === 'for' && (i + 1 === last || words.slice(0, i).some((w) => WHAT.has(w)));
    if (word === 'meant') return next === 'by';
    if (word !== 'mean' || !asked(i)) return false;
    if (next === 'by' || (next === 'the' && words[i + 2] === 'same')) return true;
    return (
      aboutAWord(i) &&
      (i === last || (WHERE_SEEN.has(next!) && !(next === 'in' && words[i + 2] === 'practice')))
    );
  });
}
/** A form or code by its name: "Med10", "Med3", "FP10". */
const CODE_NAME = /\b[A-Z][A-Za-z]{1,3}\d{1,3}[A-Z]?\b/;
/** What "the same as" compares a time with: "the same as last year", "as before". */
const TIMES = new Set(['last', 'before', 'previous', 'usual', 'normal', 'other', 'yesterday']);

/** A difference in something, not in meaning: "the difference in duty", "in funding". */
const DIFFERENCE_IN = new Set(['in', 'to', 'for', 'of']);
/** Abbreviations that are the two sides, not terms a reader asks the meaning of. */
const NOT_A_TERM = /\bGPs?\b/g;
/** Two abbreviations named together: "the LMC and the ICB", "PCN or ICB", "CCG vs ICB". */
const TWO_ABBREVIATIONS =
  /\b[A-Z][A-Z&]{1,5}s?\b (?:and|or|vs|versus) (?:the |an? )?[A-Z][A-Z&]{1,5}s?\b/;

/**
 * "What is WNB", "what's an ICB?", "what are TTOs": the question names a thing of a word or three and
 * asks nothing more of it. Not "what now", "what to do", "what is the wait", "what are the rules",
 * "what is required", "what is happening with my referral".
 */
function namesOnly(text: string, words: readonly string[]): boolean {
  if (!WHAT.has(words[0] ?? '')) return false;
  // "What's" is read as "what": the "'s" says "is".
  const is = ['is', 'are'].includes(words[1] ?? '');
  if (!is && !/^\s*what['\u2019]?s\b/i.test(text)) return false;
  let start = is ? 2 : 1;
  if (['a', 'an', 'the'].includes(words[start] ?? '')) start++;
  const named = words.slice(start);
  // Letters dictated one by one are one name: "what is a d n a".
  const letters = named.every((w) => /^[a-z]$/.test(w)) ? 1 : named.length;
  return (
    named.length > 0 &&
    letters <= 3 &&
    // Names have filler words inside ("Did not attend", "Advice and Guidance"), not only them.
    !named.every(isFillerWord) &&
    !named.some(
      (w) => POINTING.has(w) || notAName(w) || FIRST_PERSON.has(w) || FIRST_PERSON_PLURAL.has(w),
    )
  );
}
/** A word of NOT_A_NAME, in the singular or plural ("rules", "process"). */
function notAName(word: string): boolean {
  return NOT_A_NAME.has(word) || NOT_A_NAME.has(word.replace(/s$/, ''));
}
/**
 * Words a short "what is…" asks with that name no thing whose meaning is asked: "what is
 * happening", "what is the wait", "what are the rules" (compared without a plural "s"). None may be
 * a word of a glossary term's name ("access policy"): the asker test checks every name.
 */
const NOT_A_NAME = new Set(
  (
    'happening happened happen going wrong next best right wait point rule law limit deadline ' +
    'time timescale process procedure requirement option step required needed expected ' +
    'allowed answer problem issue difference cost price'
  ).split(' '),
);
const ABBREVIATIONS = new Set(['abbreviation', 'abbreviations', 'acronym', 'acronyms']);
const WHAT = new Set(['what', 'whats']);
const ASKING_WHAT = new Set([...WHAT, 'does', 'do']);
const POINTING = new Set(['this', 'that', 'it', 'these', 'those']);
/** The most words a name asked after may have: "primary and secondary care interface". */
const LONGEST_NAME = 6;
/** What a reader holds, not a name: "what does the last line of the letter mean". */
const NOT_NAMES = new Set(
  'letter letters result results report line lines sentence paragraph bit part test scan note notes want wants'.split(
    ' ',
  ),
);
/** "what does WNB mean on a paeds letter", "…in a discharge summary", "…at the top of my letter". */
const WHERE_SEEN = new Set(['on', 'in', 'at']);

/**
 * Whether the question asks about the contract itself ("what does the NHS contract say…", "which
 * clause", "SC11.4"): then the requirement page is what is wanted, whoever asks.
 */
export function asksOfTheContract(text: string): boolean {
  const words = contractWords(text);
  return words.some((word) => CONTRACT_WORDS.has(word)) || namesAClause(words);
}

/**
 * Whether the question names a clause of the contract ("SC11.5", "SC 11.5", "service condition
 * 11", "which service condition"), asks for its wording, or asks what it lays down: the contract
 * requirement pages, which state each rule and quote its clause, are the kind of page it asks
 * for, whoever asks.
 */
export function asksOfAClause(text: string): boolean {
  const words = contractWords(text);
  return namesAClause(words) || asksForTheWording(words) || asksWhatTheContractSays(words);
}

/**
 * Whether the question asks what the contract itself lays down, as one quoting it back would:
 * "what does the contract actually say", "is that a contract requirement", "the contract
 * reference for…", "is it contractual", "is there a rule that…", "there's no rule saying…". Not
 * another contract ("my GP contract", "the contract meeting").
 */
function asksWhatTheContractSays(words: readonly string[]): boolean {
  return words.some((word, i) => {
    const before = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (word === 'contract' || word === 'contracts') {
      if (OTHER_CONTRACTS.has(before) || CONTRACT_COMPOUNDS.has(next)) return false;
      return (
        CONTRACT_TERMS.has(next) || words.slice(i + 1, i + 3).some((w) => CONTRACT_SAYING.has(w))
      );
    }
    // "A contractual requirement", "contractually obliged", "is it contractual for the trust…";
    // not "my contractual hours".
    if (word === 'contractual' || word === 'contractually')
      return (
        !OTHER_CONTRACTS.has(before) &&
        (CONTRACT_TERMS.has(next) || OBLIGED.has(next) || next === 'for' || next === 'that')
      );
    // "Is there a rule that…", "there's no rule saying…"; not "a rule of thumb".
    if (word === 'rule' || word === 'rules')
      return (
        next !== 'of' &&
        (before === 'no' || ((before === 'a' || before === 'any') && words[i - 2] === 'there'))
      );
    return false;
  });
}
/**
 * A contract other than the NHS Standard Contract: "my GP contract", "a locum contract", "the PCN
 * contract", "our contract" (a practice's, as often as a commissioner's), "zero hours contract".
 */
const OTHER_CONTRACTS = new Set(
  'gp gms pms apms pcn des dental pharmacy practice employment locum job hours my his her their our'.split(
    ' ',
  ),
);
/** "Contractually obliged", "contractual duty". */
const OBLIGED = new Set(['obliged', 'obligated', 'bound', 'required']);
/** What the contract holds: "a contract requirement", "the contract reference". */
const CONTRACT_TERMS = new Set(
  'requirement requirements reference references obligation obligations duty duties term terms'.split(
    ' ',
  ),
);
/** What the contract is said to do: "the contract (actually) says", "does the contract require". */
const CONTRACT_SAYING = new Set(
  'say says said state states require requires required cover covers mention mentions allow allows'.split(
    ' ',
  ),
);

/**
 * Whether the question asks for the contract's own words, to quote: "exact form of words to cite
 * the contract", "what is the wording in the contract", "quote the contract back to them", "the
 * clause number", "which clause". The requirement pages quote the clauses.
 */
function asksForTheWording(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      // "The clause number", "which clause covers it".
      (CLAUSES.has(word) &&
        (words[i + 1] === 'number' || words[i + 1] === 'numbers' || words[i - 1] === 'which')) ||
      // "Which part of the standard contract", "what section of the contract".
      (CONTRACT_PARTS.has(word) &&
        WHICH_PART.has(words[i - 1] ?? '') &&
        words[i + 1] === 'of' &&
        partOfTheContract(words, i + 2)) ||
      (QUOTING.has(word) &&
        words
          .slice(Math.max(0, i - WORDING_REACH), i + WORDING_REACH + 1)
          .some((w) => w === 'contract' || w === 'contracts' || w === 'clause')),
  );
}
const CLAUSES = new Set(['clause', 'clauses']);
const CONTRACT_PARTS = new Set(['part', 'section', 'bit', 'paragraph']);
/**
 * Whether the words from `at` name the contract itself: "the NHS standard contract", not "the
 * contract review meeting" or "my contract of employment".
 */
function partOfTheContract(words: readonly string[], at: number): boolean {
  let i = at;
  while (CONTRACT_NAMED.has(words[i] ?? '')) i++;
  if (words[i] !== 'contract' && words[i] !== 'contracts') return false;
  return !CONTRACT_COMPOUNDS.has(words[i + 1] ?? '');
}
const CONTRACT_NAMED = new Set('the nhs standard national hospital acute main full'.split(' '));
const CONTRACT_COMPOUNDS = new Set(
  'review reviews team teams management manager managers meeting meetings round of variation negotiations'.split(
    ' ',
  ),
);
const WHICH_PART = new Set(['which', 'what']);
/** Quoting a text's own words: "cite", "quote", "the wording". */
const QUOTING = new Set(['cite', 'citing', 'quote', 'quoting', 'wording', 'verbatim']);
/** How far from the contract its quoting may be said: "quote it back to the trust from the contract". */
const WORDING_REACH = 5;

/** The reader's words with a clause as the planner reads it ("SC 11.5" as "SC11.5"), no doses. */
function contractWords(text: string): string[] {
  return readerWords(clausesAsWritten(withoutDoses(text)), { negations: false });
}

/**
 * The text without doses and timings written like a clause: "methotrexate SC 25 mg" is given under
 * the skin, "GC 2 weeks" a course; neither is a service or general condition.
 */
function withoutDoses(text: string): string {
  return text.replace(DOSES, ' ');
}
const DOSES =
  /\b(?:sc|gc)\s*\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|ml|units?|iu|g|weeks?|days?|months?|hours?|hrs?)\b/gi;

function namesAClause(words: readonly string[]): boolean {
  // "SC 11.5" and "service condition 11.5" as the planner reads them: "SC11.5".
  return (
    words.some((word) => /^(sc|gc)\d+$/.test(word)) ||
    hasPair(words, 'service', 'condition') ||
    hasPair(words, 'service', 'conditions')
  );
}

const CONTRACT_WORDS = new Set([
  'contract',
  'contracts',
  'clause',
  'clauses',
  'requirement',
  'requirements',
]);

/**
 * Whether a question no rule hears as anyone's (`askedAs`) still sounds like staff: it speaks of
 * "the patient" or "patients" (a patient says "I" or names a relative), or as a team ("we", "our",
 * "us"), is asked to do a clinician's work ("want me to refer"), or uses the interface's shorthand
 * ("TTO", "EDS", "2WW"). A question that does not may be a patient's: the search page then keeps
 * the patients' page on its topic among the first results (search-pipeline.ts: `coverPatients`).
 */
export function soundsLikeStaff(text: string): boolean {
  if (usesSlashedShorthand(text) || textWords(text).some((word) => STAFF_SHORTHAND.has(word)))
    return true;
  const words = readerWords(text, { negations: false });
  return words.some(
    (word, i) =>
      word === 'patient' ||
      word === 'patients' ||
      FIRST_PERSON_PLURAL.has(word) ||
      // Asked to do what only a clinician does: "urology want me to refer", "asks me to prescribe".
      (word === 'me' && words[i + 1] === 'to' && CLINICIANS_DEEDS.has(words[i + 2] ?? '')),
  );
}

/** What a clinician is asked to do, after "me to": a patient is asked to book or ring. */
const CLINICIANS_DEEDS = new Set([
  'refer',
  'prescribe',
  'monitor',
  'request',
  'issue',
  'chase',
  'arrange',
]);

/**
 * The interface's shorthand, as staff write it and patients do not ("TTO", "EDS", "DNA'd", "A&G",
 * "2WW"), as `textWords` gives it; and any written with a slash ("d/c"). Not "A&E", "MRI" or
 * "appt": patients write those too.
 */
const STAFF_SHORTHAND = new Set([
  'tto',
  'ttos',
  'eds',
  'dna',
  'dnas',
  "dna'd",
  'dnad',
  'a&g',
  '2ww',
  'rx',
  'refs',
  'disch',
  'esca',
  'mdt',
  'opd',
]);

/**
 * Whether the patients' page on a question's topic should be kept among the first results when
 * nobody said who asks: not for a question that sounds like staff, nor one about the contract
 * itself, which is the requirement's page whoever asks.
 */
export function mayBePatients(text: string): boolean {
  return !soundsLikeStaff(text) && !asksOfTheContract(text);
}
