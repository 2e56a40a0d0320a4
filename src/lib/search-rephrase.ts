import { isSpecialty } from './search-specialties.ts';

/**
 * Ways of asking that the pages put in words of their own: "who do I phone" is the pages' "who to
 * contact", "nobody picks up" their "can't get through", "take over my tablets" their "take over
 * prescribing". Each such question's own words are filler ("who do I") or on most pages
 * ("phone"), so without this it finds pages that merely mention a phone. search-query.ts reads a
 * question through `rephrased` before planning it, after `readerWords` (lower case, shorthand
 * spelt out, "can't" as "can not"), so these rules read and write words in that form.
 */

/** A rule: at `words[i]`, the words it reads and what they are read as, or undefined. */
type Rephrasing = (
  words: readonly string[],
  i: number,
) => { read: number; as: string[] } | undefined;

/** The reader's words with each way of asking read as the pages' words for it. */
export function rephrased(words: readonly string[]): string[] {
  return [
    whomToContact,
    takenFurther,
    overTheirHeads,
    cannotGetThrough,
    takeOverPrescribing,
    notTurningUp,
    wasNotThere,
    sentToSpecialist,
    seenInClinic,
    leftHospital,
    wasDischarged,
    wentHome,
    homeAfterAStay,
    takingAges,
    turnedDown,
    askedToTest,
    summaryOfTheStay,
    dischargePapers,
    letterOfTheClinic,
    callsFromPatients,
    compliantForComplaint,
    ageSaid,
  ].reduce((read, rule) => rephrasedBy(read, rule), [...words]);
}

function rephrasedBy(words: readonly string[], rule: Rephrasing): string[] {
  const read: string[] = [];
  let i = 0;
  while (i < words.length) {
    const found = rule(words, i);
    if (found) {
      read.push(...found.as);
      i += found.read;
    } else read.push(words[i++]!);
  }
  return read;
}

/**
 * Asking whom to ring: "who do I phone", "who should we call", "who do I need to speak to", "what
 * number do I ring". Read as the pages' "who to contact". Not "who do I ask" (to explain a
 * letter), nor whom to complain or raise a problem with: the interface lead's pages answer those.
 */
const whomToContact: Rephrasing = (words, i) => {
  if (words[i] !== 'who' && words[i] !== 'number') return undefined;
  let at = i + 1;
  if (words[at] === 'to') at++;
  else if (ASKING.has(words[at] ?? '') && ASKER.has(words[at + 1] ?? '')) {
    at += 2;
    // "who do I need to phone", "who do we have to call", "who am I meant to ring".
    if (OBLIGED.has(words[at] ?? '') && words[at + 1] === 'to') at += 2;
  } else return undefined;
  const verb = words[at] ?? '';
  if (CONTACTING.has(verb)) return { read: at + 1 - i, as: ['who', 'to', 'contact'] };
  // "who do I speak to", "who do we talk to".
  if (SPEAKING.has(verb) && words[at + 1] === 'to')
    return { read: at + 2 - i, as: ['who', 'to', 'contact'] };
  return undefined;
};
const ASKING = new Set([
  'do',
  'does',
  'should',
  'can',
  'could',
  'would',
  'will',
  'must',
  'am',
  'are',
]);
const OBLIGED = new Set(['need', 'have', 'meant', 'supposed']);
const ASKER = new Set(['i', 'we', 'you', 'they', 'she', 'he']);
const CONTACTING = new Set(['phone', 'ring', 'call', 'contact', 'telephone', 'email']);
const SPEAKING = new Set(['speak', 'talk']);

/**
 * Asking where to take a problem the other side has not fixed: "who do we take it to next", "who do
 * we need to take it to", "where can I take this further", "how can we take this higher", "who
 * should we take it up with", "how do I take this up with the trust", a team's "who do we go to
 * next", "where do we go from here". Read as the pages'
 * "escalate". Not taking a person or a thing somewhere: "where do I take it to get it signed",
 * "where can we take them for the scan", "who do I take the letter to"; nor "take this higher dose".
 */
const takenFurther: Rephrasing = (words, i) => {
  const asking = words[i];
  if (asking !== 'who' && asking !== 'where' && asking !== 'how') return undefined;
  let at = i + 1;
  if (!ASKING.has(words[at] ?? '') || !ASKER.has(words[at + 1] ?? '')) return undefined;
  at += 2;
  if (OBLIGED.has(words[at] ?? '') && words[at + 1] === 'to') at += 2;
  // "Who do we go to next", "where do we go from here": the next one up, not whom to ask at all
  // ("who do I go to about my results").
  // A team's ("we"): a patient's "where do I go from here" asks for the next step of their care.
  if (words[at] === 'go') {
    const further =
      words[i + 2] === 'we' &&
      ((asking === 'who' && words[at + 1] === 'to' && THEN.includes(words[at + 2] ?? '')) ||
        (asking === 'where' && words[at + 1] === 'from' && words[at + 2] === 'here')) &&
      !GOING_FOR.has(words[at + 3] ?? '');
    return further ? { read: at + 3 - i, as: ['escalate'] } : undefined;
  }
  if (words[at] !== 'take' || !TAKEN.has(words[at + 1] ?? '')) return undefined;
  at += 2;
  const next = words[at] ?? '';
  // Said last, or before "next", "now" or "then": "take this higher dose" is no problem taken higher.
  const ends = (j: number) => [undefined, ...THEN].includes(words[j]);
  let read: number;
  if ((next === 'further' || next === 'higher') && ends(at + 1)) read = 1;
  else if (next === 'up' && words[at + 1] === 'with') read = 2;
  // "Who do we take it to": whom.
  else if (asking === 'who' && next === 'to' && ends(at + 1)) read = 1;
  else return undefined;
  at += read;
  if (THEN.includes(words[at] ?? '')) at++;
  return { read: at - i, as: ['escalate'] };
};
/**
 * Going above the people a problem is with: "how long do we wait before going over their heads",
 * "can we go over the trust's head", "went over the heads of the GPs". Read as the pages'
 * "escalate". Only when someone goes: said by who goes ("we", "I"), or by how it would be done
 * ("before", "to", "thinking of", or a modal after who goes): "it went over her head" and "the
 * jargon would go over their heads" are not understanding; nor is "over my head".
 */
const overTheirHeads: Rephrasing = (words, i) => {
  if (!GOING_OVER.has(words[i]!) || words[i + 1] !== 'over') return undefined;
  // Who goes: the speaker ("we went", "should I just go"), or how ("before going", "thinking of
  // going"), not a thing ("the jargon would go over their heads", "this might go over…").
  const before = words.slice(Math.max(0, i - 3), i);
  const goer =
    i === 0 ||
    GOERS.has(words[i - 1]!) ||
    (WHO_GOES_OVER.has(words[i - 1]!) &&
      !before.some((w) => NOT_GOERS.has(w)) &&
      (!MODALS.has(words[i - 1]!) || before.some((w) => GOERS.has(w))));
  if (!goer) return undefined;
  let head: number;
  if (OTHERS_HEADS.has(words[i + 2] ?? '')) head = i + 3;
  else if (words[i + 2] === 'the') {
    // "The heads of the GPs", "the practice manager's head" (read without its "'s").
    head = words.slice(i + 3, i + 7).findIndex((w) => HEADS.has(w)) + i + 3;
    if (head < i + 3) return undefined;
  } else return undefined;
  if (!HEADS.has(words[head] ?? '')) return undefined;
  return { read: head + 1 - i, as: ['escalate'] };
};
const GOING_OVER = new Set(['go', 'goes', 'going', 'went', 'gone', 'get', 'getting']);
const HEADS = new Set(['head', 'heads']);
/** Whose head: someone else's, not the speaker's ("over my head"). */
const OTHERS_HEADS = new Set(['their', 'his', 'her', 'its', 'your']);
/** Who goes over someone's head. */
const GOERS = new Set(['we', 'i', "we've", "i've", "we'd", "i'd", 'you', 'they']);
/** Before going over someone's head: how it would be done. */
const WHO_GOES_OVER = new Set(
  'to before without about after by of ok just thinking considering can could should shall will would must might may need have has had'.split(
    ' ',
  ),
);
const MODALS = new Set('can could should shall will would must might may'.split(' '));
/** What goes over a reader's head: not a person going over someone's. */
const NOT_GOERS = new Set(
  'it this that jargon terms words language letter letters explanation information'.split(' '),
);

/** Going to someone for a thing, not with a problem: "who do we go to now for the bloods". */
const GOING_FOR = new Set(['for', 'about', 'with']);
/** What a problem is called when it is taken further: "take it", "take this". */
const TAKEN = new Set(['it', 'this', 'that']);
const THEN = ['next', 'now', 'then'];

/**
 * A phone nobody answers: "the clinic never answers the phone", "nobody (ever) picks up", "no one
 * answers", "the line just rings out". Read as the pages' "can't get through". Not an answer to a
 * request, before or after it ("never answered my advice request", "my A&G request was never
 * answered"), a result or prescription not picked up, or ringing out of hours.
 */
const cannotGetThrough: Rephrasing = (words, i) => {
  const word = words[i]!;
  if ((word === 'rings' || word === 'ring') && words[i + 1] === 'out' && words[i + 2] !== 'of')
    return { read: 2, as: THROUGH };
  const nobody =
    word === 'nobody' || word === 'noone' ? 1 : word === 'no' && words[i + 1] === 'one' ? 2 : 0;
  const never = word === 'never' || word === 'not';
  if (!nobody && !never) return undefined;
  let at = i + Math.max(nobody, 1);
  if (words[at] === 'ever') at++;
  const verb = words[at] ?? '';
  // Picked up: only by nobody ("the GP never picked up the raised PSA" is a result missed).
  if (nobody && PICKING.has(verb) && words[at + 1] === 'up')
    return { read: at + 2 - i, as: THROUGH };
  if (!ANSWERING.has(verb)) return undefined;
  const before = words.slice(Math.max(0, i - ASKED_REACH), i);
  if (before.some((w) => ASKED.has(w)) || !answersACall(words.slice(at + 1, at + 3)))
    return undefined;
  return { read: at + 1 - i, as: THROUGH };
};
const THROUGH = ['can', 'not', 'get', 'through'];
const ANSWERING = new Set(['answer', 'answers', 'answered', 'answering']);
const PICKING = new Set(['pick', 'picks', 'picking', 'picked']);
/** Things asked, which an answer may be to. */
const ASKED = new Set(
  (
    'request requests question questions query queries email emails letter letters referral ' +
    'referrals advice a&g message messages'
  ).split(' '),
);
/** How many words before "never answered" the thing asked may be: "my A&G request was". */
const ASKED_REACH = 4;

/**
 * Whether what follows "never answers" is a call: nothing said ("never answered", "never answers
 * at the hospital"), or a phone ("the phone", "their phones"); not a thing asked ("my advice
 * request", "the question").
 */
function answersACall([first = '', second = '']: string[]): boolean {
  if (PHONES.has(first)) return true;
  if (DETERMINERS.has(first)) return PHONES.has(second);
  return !ASKED.has(first);
}
const DETERMINERS = new Set(['my', 'our', 'the', 'a', 'any', 'their', 'your', 'his', 'her']);
const PHONES = new Set(['phone', 'phones', 'telephone', 'line', 'lines', 'call', 'calls']);

/**
 * Taking over someone's medicines: "my GP would take over my tablets", "asked us to take on her
 * son's ADHD medication", "the tablets… haven't agreed to take them over". Read as the pages'
 * "take over prescribing" followed by what was taken over, if named after (the patients' page
 * names medicines in its title). Not "take over prescribing" itself, which
 * is the pages' already, "over the counter", or "taking over 10 tablets a day".
 */
const takeOverPrescribing: Rephrasing = (words, i) => {
  // "Haven't agreed to take them over", "won't take it on": the medicine named before.
  if (
    TAKING.has(words[i]!) &&
    TAKEN_OVER.has(words[i + 1] ?? '') &&
    (words[i + 2] === 'over' || words[i + 2] === 'on') &&
    // Said last in its clause: not how the tablets are taken ("take them on holiday", "…on an
    // empty stomach", "…over the counter").
    (words[i + 3] === undefined || CLAUSE_AFTER.has(words[i + 3])) &&
    words.slice(Math.max(0, i - MEDICINE_BEFORE), i).some((word) => MEDICINES.has(word))
  )
    return { read: 3, as: ['take', 'over', 'prescribing'] };
  if (!TAKING.has(words[i]!) || (words[i + 1] !== 'over' && words[i + 1] !== 'on'))
    return undefined;
  const after = words.slice(i + 2, i + 2 + OBJECT_REACH);
  if (after[0] === 'prescribing' || (after[0] === 'the' && after[1] === 'counter'))
    return undefined;
  if (/^\d/.test(after[0] ?? '')) return undefined;
  const named = after.findIndex((word) => MEDICINES.has(word));
  if (named < 0) return undefined;
  const taken = after.slice(0, named + 1).filter((word) => !OWNERS.has(word));
  return { read: 3 + named, as: ['take', 'over', 'prescribing', ...taken] };
};
/** How many words on from "take over" the medicine may be named: "my son's ADHD tablets". */
const OBJECT_REACH = 4;
/** What may follow "take them over" when it ends its clause: "…take them over, who gives me them". */
const CLAUSE_AFTER = new Set(
  'who what why how when and but so because now yet anymore either for from as since or'.split(' '),
);
/** What stands for a medicine named before: "take them over". */
const TAKEN_OVER = new Set(['them', 'it', 'these', 'those']);
/**
 * How many words before "take them over" the medicine may be named: "my new hospital tablets on the
 * NHS App as a repeat and the surgery says they haven't agreed to".
 */
const MEDICINE_BEFORE = 20;
const TAKING = new Set(['take', 'takes', 'taking', 'took', 'taken']);
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'the', 'your']);
/**
 * Medicines by the form they come in, which pages call medicines: "my arthritis injections", "her
 * inhalers" (search-query.ts searches them as "medicines" while no page uses them).
 */
export const MEDICINE_FORMS: readonly string[] =
  'injection injections jab jabs infusion infusions inhaler inhalers insulin'.split(' ');
const MEDICINES = new Set([
  ...(
    'tablets tablet medicine medicines medication medications drug drugs pills prescriptions ' +
    'prescription'
  ).split(' '),
  ...MEDICINE_FORMS,
]);

/** Not attending in one word: "a no-show", "a no-attender", "non-attendance". */
const NO_SHOWS = new Set(
  'no-show no-shows no-showed no-attender no-attenders non-attender non-attenders non-attendance nonattendance'.split(
    ' ',
  ),
);
/** "A no show", "she no showed". */
const NO_SHOW_VERBS = new Set(['show', 'shows', 'showed']);
/** The same in two: "a no attender", "non attendance". */
const NOT_ATTENDING = new Set(['attender', 'attenders', 'attendance']);

/**
 * A patient who does not come to an appointment: "didn't turn up to clinic", "doesn't turn up",
 * "never turned up", "failed to turn up", "didn't show (up)", "never showed", "a no show". Read as
 * the pages' "did not attend" (the phrase and its short forms, DNA and WNB, are the pages' own);
 * the words alone ("turn", "up", "show") are on pages about anything. Only of a person: the nearest
 * of a person ("he", "the patient") or a thing before it decides, so not a letter, a result, an
 * interpreter or transport that never turned up ("the discharge summary never turned up", "the
 * ambulance didn't turn up"); nor a search that turned up something ("the scan didn't turn up
 * anything"). "Show" shows things too ("the x-ray didn't show a fracture", "didn't show
 * improvement"), so "didn't show" is a person's only with a person named before it and where or
 * when after it ("didn't show for his appointment", "never showed again"); and what "didn't show
 * up" on a scan or in an app was not seen there.
 */
const notTurningUp: Rephrasing = (words, i) => {
  let at = i;
  if (NOT_DOING.has(words[at] ?? '') && words[at + 1] === 'not') at += 2;
  // "Never" or "not" alone: "has never turned up", "not turning up"; not the "not" of "did not".
  else if (words[at] === 'never' || (words[at] === 'not' && !NOT_DOING.has(words[at - 1] ?? '')))
    at += 1;
  else if (FAILING.has(words[at] ?? '') && words[at + 1] === 'to') at += 2;
  // "A no show", "no-show", "no shows"; "a no-attender", "non-attendance".
  else if (NO_SHOWS.has(words[at]!)) return { read: 1, as: ['did', 'not', 'attend'] };
  else if (words[at] === 'no' && NO_SHOW_VERBS.has(words[at + 1] ?? ''))
    return { read: 2, as: ['did', 'not', 'attend'] };
  else if ((words[at] === 'no' || words[at] === 'non') && NOT_ATTENDING.has(words[at + 1] ?? ''))
    return { read: 2, as: ['did', 'not', 'attend'] };
  else return undefined;
  const showing = SHOWING.has(words[at] ?? '');
  if (!showing && (!TURNING.has(words[at] ?? '') || words[at + 1] !== 'up')) return undefined;
  const read = showing && words[at + 1] !== 'up' ? 1 : 2;
  // "Didn't turn up the second time" is the patient's; "didn't turn up the letter" a search's.
  const next = words[at + read] ?? '';
  const time = ARTICLE.has(next) && TIMES.has(words[at + read + 1] ?? '');
  if (FOUND.has(next) && !time) return undefined;
  // "Show" alone shows something ("didn't show improvement", "doesn't show my results") unless
  // what follows is where or when: "didn't show for his appointment", "never showed again".
  if (showing && read === 1 && next !== '' && !AFTER_NOT_SHOWING.has(next) && !time)
    return undefined;
  // "Didn't show up on the scan", "doesn't show up in the app": not seen there.
  if (showing && (next === 'on' || next === 'in')) {
    const first = words[at + read + 1] ?? '';
    const where = ARTICLE.has(first) || OWNERS.has(first) ? words[at + read + 2] : first;
    if (!ATTENDED.has(where ?? '')) return undefined;
  }
  // The nearest person or thing before it; "they" and "it" stand for the noun before them
  // ("we sent the letters but they never turned up").
  const subject = nearestSubject(words, i);
  // With no noun before it, "it" is a thing ("it never turned up") and "they" people; what did
  // not "show" must be a person named ("he", "the patient"), as scans and results show things.
  if (subject === undefined) {
    if (nearestBefore(words, i, (w) => w === 'it') || (showing && read === 1)) return undefined;
  } else if (NOT_PEOPLE.has(subject)) return undefined;
  return { read: at + read - i, as: ['did', 'not', 'attend'] };
};

/**
 * Whether turning or showing up, not done at `i`, is said of a thing ("the outpatient letter hasn't
 * turned up", "it never showed"), by the nearest person or thing before it: a page's phrase for a
 * person not attending is not its meaning.
 */
export function saidOfAThing(words: readonly string[], i: number): boolean {
  // Only of arriving: "did not attend" is a person's whatever is named before it ("letter says
  // 'did not attend'").
  const verb = words[i] === 'not' || words[i] === 'never' ? i + 1 : i + 2;
  if (!TURNING.has(words[verb] ?? '') && !SHOWING.has(words[verb] ?? '')) return false;
  // A person's whatever is named before: "letter sent, didn't turn up to clinic".
  const where = words[verb + 1] === 'up' ? verb + 2 : verb + 1;
  if (
    AT_A_SLOT.has(words[where] ?? '') &&
    words.slice(where + 1, where + 4).some((w) => ATTENDED.has(w) || SLOTS.has(w))
  )
    return false;
  const subject = nearestSubject(words, i);
  if (subject === undefined) return nearestBefore(words, i, (w) => w === 'it') !== undefined;
  return NOT_PEOPLE.has(subject);
}

/** The nearest word before `i` that `wanted` accepts, within SUBJECT_REACH words. */
function nearestBefore(
  words: readonly string[],
  i: number,
  wanted: (word: string) => boolean,
): string | undefined {
  return words
    .slice(Math.max(0, i - SUBJECT_REACH), i)
    .reverse()
    .find(wanted);
}

/** The nearest person or thing before `i` (PEOPLE, NOT_PEOPLE). */
function nearestSubject(words: readonly string[], i: number): string | undefined {
  return nearestBefore(words, i, (w) => PEOPLE.has(w) || NOT_PEOPLE.has(w));
}

const SHOWING = new Set(['show', 'shows', 'showed', 'shown', 'showing']);
/** What may follow a patient who "didn't show": where, when, or the question going on. */
const AFTER_NOT_SHOWING = new Set(
  'for to at so again twice and but then today yesterday last this or'.split(' '),
);
/** Where a patient shows up ("in clinic", "on the ward"), not where a finding does. */
const ATTENDED = new Set([
  'clinic',
  'ward',
  'time',
  'day',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
]);
const NOT_DOING = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'is']);
const FAILING = new Set(['fail', 'fails', 'failed', 'failing']);
const TURNING = new Set(['turn', 'turns', 'turned', 'turning']);
/** What a search "turned up": "didn't turn up anything", "did not turn up the letter". */
const FOUND = new Set(['anything', 'any', 'nothing', 'something', 'the', 'a', 'an', 'much']);
const ARTICLE = new Set(['the', 'a']);
const TIMES = new Set(['time', 'second', 'third', 'last', 'first', 'next']);
/** How many words before "didn't turn up" its subject is looked for. */
const SUBJECT_REACH = 6;
/** Who may not turn up to an appointment ("they" and "it" stand for a noun before them). */
const PEOPLE = new Set(
  (
    'he she him her patient patients anyone someone people nobody man woman lady mum ' +
    'dad son daughter husband wife child baby kid kids family'
  ).split(' '),
);
/**
 * What is sent or comes to fetch a patient, or is looked for by a test: when it "never turned up"
 * or "didn't show up", it never arrived or was not seen.
 */
const NOT_PEOPLE = new Set(
  (
    'letter letters summary summaries result results report reports referral referrals fax ' +
    'email emails paperwork notes prescription prescriptions tto medicines meds tablets ' +
    'form forms copy post interpreter interpreters ambulance transport taxi driver courier porter ' +
    // What a test may not show up: "the fracture didn't show up on the x-ray".
    'scan scans xray x-ray bloods test tests fracture infection app portal system'
  ).split(' '),
);

/**
 * A patient sent to a specialist: "my doctor sent me to the hospital", "GP sent her to see a
 * consultant", "we sent the patient to cardiology". Read as the pages' "referred"; "sent" alone is
 * said of letters and results. Not sent home, to A&E, to a ward or to hospital as an emergency
 * ("with chest pain", "in an ambulance"): an admission, not a referral; nor a letter sent to the
 * hospital, or bloods ("do bloods and send them to clinic").
 */
/**
 * Seen by the specialist, said after it: "saw the specialist two weeks ago", "was seen by a
 * consultant on Monday". Read with the pages' "clinic appointment" after it, as a clinic visit is
 * how a patient sees one. Not on a ward or in A&E ("saw the consultant on the ward round"), nor not
 * yet seen ("haven't seen the consultant yet"), nor the consultant's letter ("saw the consultant's
 * letter").
 */
const seenInClinic: Rephrasing = (words, i) => {
  if (!SEEING.has(words[i]!) || words.slice(Math.max(0, i - 3), i).some((w) => NOT_SEEN.has(w)))
    return undefined;
  let at = i + 1;
  if (words[i] === 'seen' && words[at] === 'by') at++;
  if (!SEEN_ARTICLES.has(words[at] ?? '')) return undefined;
  at++;
  if (!SEEN_SPECIALISTS.has(words[at] ?? '')) return undefined;
  const next = words[at + 1] ?? '';
  // Not the consultant's things or other staff ("the consultant letter", "the specialist nurse"),
  // nor a consultant seen during a stay ("in A&E yesterday", "on the post-take ward round", "during
  // admission", "while I was an inpatient").
  if (HOSPITAL_THINGS.has(next) || SPECIALISTS_STAFF.has(next) || next === 'yet') return undefined;
  if (words.slice(at + 1, at + 6).some((w) => INPATIENT_PLACES.has(w))) return undefined;
  return { read: at + 1 - i, as: [...words.slice(i, at + 1), 'clinic', 'appointment'] };
};
const SEEING = new Set(['saw', 'seen']);
const NOT_SEEN = new Set(['not', 'never', 'no']);
const SEEN_ARTICLES = new Set(['the', 'a', 'my', 'his', 'her', 'their']);
const SEEN_SPECIALISTS = new Set(['specialist', 'consultant']);
/** Where or when a consultant is seen during a stay: "on the ward", "in A&E", "during admission". */
const INPATIENT_PLACES = new Set(
  'ward wards round a&e ed resus icu itu admission admitted inpatient during while post-take'.split(
    ' ',
  ),
);
/** Staff named after "specialist": "the specialist nurse", "the consultant team". */
const SPECIALISTS_STAFF = new Set(['nurse', 'nurses', 'team', 'physio', 'pharmacist', 'registrar']);

const sentToSpecialist: Rephrasing = (words, i) => {
  if (!SENDING.has(words[i]!)) return undefined;
  let at = i + 1;
  if (SENT_PEOPLE.has(words[at] ?? '')) at += 1;
  else if (OWNERS.has(words[at] ?? '') && SENT_PEOPLE.has(words[at + 1] ?? '')) at += 2;
  else return undefined;
  // "Them" stands for the noun before it: "do bloods and send them to clinic" sends the bloods.
  if (words[at - 1] === 'them' && NOT_PEOPLE.has(nearestSubject(words, i) ?? '')) return undefined;
  if (words[at] !== 'to') return undefined;
  at += 1;
  if (words[at] === 'see') at += 1;
  if (SPECIALIST_ARTICLES.has(words[at] ?? '')) at += 1;
  const place = words[at] ?? '';
  // "To the paediatric clinic", "a skin specialist": one word saying which.
  if (!SPECIALISTS.has(place) && !isSpecialty(place) && !SPECIALISTS.has(words[at + 1] ?? ''))
    return undefined;
  // Sent to hospital as an emergency is an admission: "with chest pain", "in an ambulance".
  if (place === 'hospital') {
    if (AFTER_EMERGENCY.has(words[at + 1] ?? '') || words.some((w) => EMERGENCY.has(w)))
      return undefined;
  }
  return { read: 1, as: ['referred'] };
};
const SENDING = new Set(['sent', 'send', 'sends', 'sending']);
/** Who is sent: the speaker, anyone who may not turn up (PEOPLE: a patient, a relative). */
const SENT_PEOPLE = new Set(['me', 'us', 'them', ...PEOPLE]);
/**
 * After "sent to hospital", how an emergency is sent: "with chest pain", "in an ambulance", "as an
 * emergency", "straight away".
 */
const AFTER_EMERGENCY = new Set([
  'with',
  'in',
  'as',
  'by',
  'urgently',
  'immediately',
  'straight',
  'today',
  'tonight',
]);
/** Words of an emergency, anywhere in the question. */
const EMERGENCY = new Set([
  'emergency',
  'ambulance',
  '999',
  '111',
  'a&e',
  'urgently',
  'immediately',
  'admitted',
  'admission',
]);
const SPECIALIST_ARTICLES = new Set(['the', 'a', 'an']);
/** Where a referral goes: a specialist, a hospital's clinic. Not A&E, a ward or home. */
const SPECIALISTS = new Set(
  'hospital specialist specialists consultant consultants clinic outpatients outpatient'.split(' '),
);

/**
 * Coming home from a stay: "I left hospital on Friday", "since dad came out of hospital", "got out
 * of the ward". Read as the pages' "leaving hospital" (the patients' page's title); "left" alone is
 * left out, left behind or the left side.
 */
const leftHospital: Rephrasing = (words, i) => {
  let at = i;
  if (LEAVING.has(words[at]!)) at += 1;
  else if (COMING.has(words[at]!) && words[at + 1] === 'out' && words[at + 2] === 'of') at += 3;
  else return undefined;
  if (words[at] === 'the') at += 1;
  if (words[at] !== 'hospital' && words[at] !== 'ward') return undefined;
  // Said of the stay, not of a thing ("left the hospital letter at home") or of staff leaving
  // ("the consultant left the hospital").
  const who = nearestPerson(words, i);
  if (HOSPITAL_THINGS.has(words[at + 1] ?? '') || STAFF.has(who ?? '')) return undefined;
  // Left for a while or on their own say-so, not discharged: "left the ward for a scan", "to
  // smoke", "against medical advice".
  const after = words[at + 1] ?? '';
  if (
    after === 'against' ||
    after === 'ama' ||
    ((after === 'for' || after === 'to') &&
      words.slice(at + 2, at + 4).some((w) => FOR_A_WHILE.has(w)))
  )
    return undefined;
  // Said by staff of "the patient" ("no summary 3 days after pt left the ward"): as `wentHome`
  // reads it, the staff pages' "discharged", not the patients' page's title.
  return {
    read: at + 1 - i,
    as: SPOKEN_OF.has(who ?? '') ? ['discharged'] : ['leaving', 'hospital'],
  };
};
/** What a patient leaves the ward for a while for: "for a scan", "to smoke". */
const FOR_A_WHILE = new Set(
  'scan scans test tests x-ray xray mri ct smoke cigarette walk procedure theatre'.split(' '),
);
/**
 * Whom staff speak of leaving: "the patient left the ward". Not "patients" in general ("can
 * patients go home from hospital at the weekend" is anyone's).
 */
const SPOKEN_OF = new Set(['patient']);
const LEAVING = new Set(['left', 'leave', 'leaves']);

/**
 * Going home from a stay, said of its end: "sent home from A&E", "went home from the ward", "after
 * patients go home", "once he got home". Read as "leaving hospital", as `leftHospital`, or as
 * "discharged" when said of someone else ("after patients go home"). Home from somewhere else is not
 * ("sent home from work", "from school"), nor going home said of anything but the stay ("can she
 * go home", "the tablets to take home"): the place must be a hospital's, or the going follow
 * when, after, once, until or since and who goes.
 */
/**
 * The speaker discharged from a stay: "when I was discharged", "I've been discharged with no
 * letter". Read as the patients' page's "leaving hospital", as `wentHome` reads "when I went home".
 * Not discharged from a clinic's care ("I was discharged from clinic", "…back to my GP").
 */
const wasDischarged: Rephrasing = (words, i) => {
  if (words[i] !== 'discharged' || !BEING_DISCHARGED.has(words[i - 1] ?? '')) return undefined;
  const speaker = words
    .slice(Math.max(0, i - 4), i - 1)
    .findLast((w) => WHO_GOES.has(w) || SPEAKER_AS_I.has(w));
  if (!SPEAKER_AS_I.has(speaker ?? '')) return undefined;
  const next = words[i + 1] ?? '';
  if (next === 'to' && words[i + 2] !== 'home') return undefined;
  // From a clinic's care, a few words on: "discharged by the consultant", "…back to my GP",
  // "…after my last appointment", "…last year from the pain clinic".
  const ahead = words.slice(i + 1, i + 6);
  if (ahead.some((w) => CLINICS_CARE.has(w))) return undefined;
  const from = ahead.indexOf('from');
  if (from >= 0) {
    const place = i + 2 + from + (ARTICLE.has(words[i + 2 + from] ?? '') ? 1 : 0);
    if (!HOSPITAL_PLACES.has(words[place] ?? '')) return undefined;
  }
  return { read: 1, as: ['leaving', 'hospital'] };
};
/** Said of a discharge from a clinic's care: "by the consultant", "back to my GP", "my appointment". */
const CLINICS_CARE = new Set([
  'back',
  'by',
  'clinic',
  'clinics',
  'outpatients',
  'outpatient',
  'appointment',
  'appointments',
  'list',
  'service',
  'follow-up',
]);
const SPEAKER_AS_I = new Set(['i', "i've", 'ive', "i'm", 'im']);
const BEING_DISCHARGED = new Set(['was', 'got', 'been', 'am', "i'm", 'im', 'being', 'get']);

const wentHome: Rephrasing = (words, i) => {
  if (!GOING_HOME.has(words[i]!) || words[i + 1] !== 'home') return undefined;
  const at = i + 2;
  // A kind of home thing: "get home visit requests", "go home oxygen".
  if (HOME_THINGS.has(words[at] ?? '')) return undefined;
  if (words[at] === 'from') {
    const place = words[at + 1] === 'the' ? at + 2 : at + 1;
    // A stay, not a visit: "home from the hospital appointment", "from the hospital clinic".
    if (!HOSPITAL_PLACES.has(words[place] ?? '') || VISITS.has(words[place + 1] ?? ''))
      return undefined;
    // Said by staff of "the patient": the staff pages' "discharged", as `leftHospital` reads it.
    const spokenOf = SPOKEN_OF.has(nearestPerson(words, i) ?? '');
    return { read: place + 1 - i, as: spokenOf ? ['discharged'] : ['leaving', 'hospital'] };
  }
  // "After patients go home", "once mum got home", "when he is sent home", "since I came home".
  let before = i - 1;
  if (PASSIVE_GOING.has(words[before] ?? '')) before -= 1;
  if (!WHO_GOES.has(words[before] ?? '') || !WHEN_GOING.has(words[before - 1] ?? ''))
    return undefined;
  // Staff go home from work: "results that arrive after I go home", "when we go home after the
  // shift". A patient or family goes home from a stay: "when I go home will I get my tablets".
  if (SPEAKERS_GOING.has(words[before]!) && words.some((w) => AT_WORK.has(w))) return undefined;
  // Said of someone else, the going home is when something happened ("biopsy still not back when
  // she went home"): read as the staff pages' "discharged", not the patients' page's title.
  return {
    read: at - i,
    as: SPEAKERS_GOING.has(words[before]!) ? ['leaving', 'hospital'] : ['discharged'],
  };
};
const GOING_HOME = new Set(
  'go goes going gone went get gets got come comes came coming sent'.split(' '),
);
/** Where a stay is: "from the ward", "from A&E". */
const HOSPITAL_PLACES = new Set(
  'hospital ward a&e ed emergency resus icu itu hdu theatre theatres unit admission'.split(' '),
);
/** "Is sent home", "are discharged home": the going, passive. */
const PASSIVE_GOING = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'got']);
/** Who goes home: the patient spoken of, or the speakers. */
const WHO_GOES = new Set(
  'patient patients they he she i we people someone mum dad husband wife son daughter'.split(' '),
);
const SPEAKERS_GOING = new Set(['i', 'we']);
/** What staff go home from: "results", "the shift", "work". */
const AT_WORK = new Set(
  'result results shift shifts rota duty work working on-call handover inbox tasks'.split(' '),
);
/** What "home" may name the kind of: "home visit", "home oxygen", "home care package". */
const HOME_THINGS = new Set(
  'visit visits visiting oxygen care address phone help bloods test tests nursing delivery number'.split(
    ' ',
  ),
);
/** A visit to the hospital, not a stay: "home from the hospital appointment". */
const VISITS = new Set([
  'appointment',
  'appointments',
  'clinic',
  'clinics',
  'visit',
  'outpatients',
]);
/**
 * Home after an operation or a stay, with no "from" or "when": "husband home yesterday after a fall
 * and hip operation", "he went home after his op on Friday", "I was home after my stay". Read as
 * `wentHome` reads it: "leaving hospital" said by the one who went, "discharged" of someone else.
 * Only with who went home just before (and at most two verbs), when it was at most three words after,
 * then "after" and the operation or stay within five words: not "home after work", "home after a
 * fall" alone, nor a GP "home after surgery" (a surgery is an operation only as someone's: "after
 * his surgery", "after her hip surgery").
 */
const homeAfterAStay: Rephrasing = (words, i) => {
  if (!WHO_GOES.has(words[i]!)) return undefined;
  let at = i + 1;
  while (at < i + 3 && (BEING.has(words[at] ?? '') || GOING_HOME.has(words[at] ?? ''))) at++;
  if (words[at] !== 'home') return undefined;
  let after = at + 1;
  while (after < at + 4 && WHEN_WORDS.has(words[after] ?? '')) after++;
  if (words[after] !== 'after') return undefined;
  const stay = words.slice(after + 1, after + 6).some(
    (w, k) =>
      // Not a surgeon's list or note: "after the op list finished".
      (STAYS.has(w) && !OF_AN_OPERATION.has(words[after + k + 2] ?? '')) ||
      // "After his surgery", "after her hip surgery": someone's, a word between at most.
      (w === 'surgery' &&
        !GP_SURGERY.has(words[after + k] ?? '') &&
        [words[after + k], words[after + k - 1]].some(
          (owner) => owner !== undefined && owner !== 'the' && OWNERS.has(owner),
        )),
  );
  if (!stay) return undefined;
  return {
    read: at + 1 - i,
    as: [words[i]!, ...(SPEAKERS_GOING.has(words[i]!) ? ['leaving', 'hospital'] : ['discharged'])],
  };
};
/** Between who went home and "home": "he was home", "she has been home". */
const BEING = new Set('is are was were been has have had am'.split(' '));
/** When someone went home: "yesterday", "on Friday", "last night". */
const WHEN_WORDS = new Set(
  (
    'yesterday today tonight now on last this morning night week weekend monday tuesday ' +
    'wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Before a surgery that is a GP's: "my GP surgery", "her local surgery". */
const GP_SURGERY = new Set(['gp', 'gps', 'practice', 'local', 'doctors', 'family']);
/** A surgeon's things of an operation, not a stay: "the op list", "the operation note". */
const OF_AN_OPERATION = new Set(['list', 'lists', 'note', 'notes']);
/** What a stay in hospital is called: an operation, an admission. */
const STAYS = new Set('operation operations op ops stay admission procedure'.split(' '));

/** When the stay ends: "after they go home", "until he gets home". */
const WHEN_GOING = new Set(['after', 'when', 'once', 'until', 'since']);
/** What "hospital" or "ward" may name the kind of: "the hospital letter", "the ward phone". */
const HOSPITAL_THINGS = new Set(
  (
    'letter letters pharmacy number numbers car park parking appointment appointments bag notes ' +
    'records phone phones building site form forms paperwork prescription tablets medicines ' +
    'meds bed round rounds staff team transport discharge summary report'
  ).split(' '),
);
/** Staff, who leave the hospital at the end of a shift or a job. */
const STAFF = new Set(
  'consultant consultants doctor doctors nurse nurses registrar surgeon gp staff secretary'.split(
    ' ',
  ),
);

/** The nearest person spoken of before `i`: the speaker, a patient or staff. */
function nearestPerson(words: readonly string[], i: number): string | undefined {
  return nearestBefore(words, i, (w) => PEOPLE.has(w) || STAFF.has(w) || w === 'i' || w === 'we');
}
const COMING = new Set(['came', 'come', 'comes', 'coming', 'got', 'get', 'gets', 'getting']);

/**
 * Too slow, in everyday words: "letters take ages", "results are taking forever", "it took an age".
 * Read as the pages' "delayed"; "ages" is otherwise a rare word that finds whichever page happens
 * to hold it.
 */
const takingAges: Rephrasing = (words, i) => {
  if (!TAKING.has(words[i]!)) return undefined;
  // Not the ages of someone: "take ages of patients into account", "take ages into account".
  if (SO_LONG.has(words[i + 1] ?? '') && !NOT_SO_LONG.has(words[i + 2] ?? ''))
    return { read: 2, as: ['delayed'] };
  if (words[i + 1] === 'an' && words[i + 2] === 'age') return { read: 3, as: ['delayed'] };
  return undefined;
};
const SO_LONG = new Set(['ages', 'forever', 'yonks']);
const NOT_SO_LONG = new Set(['of', 'into', 'account']);

/**
 * Refused, in everyday words: "can a hospital turn down my referral", "they turned it down",
 * "turned my request down". Read as the pages' "rejected"; "turn" alone finds nothing. Only with
 * something asked for or someone referred, near: not "turn down the heating", nor a patient who
 * turned it down.
 */
const turnedDown: Rephrasing = (words, i) => {
  // Not a patient declining ("patient turned down the referral"): the pages say "declined".
  if (!TURNING.has(words[i]!) || PEOPLE.has(words[i - 1] ?? '')) return undefined;
  // "Turn down my referral", "turned down the request", "turned them down".
  if (words[i + 1] === 'down' && words.slice(i + 2, i + 5).some((w) => TURNED_DOWN.has(w)))
    return { read: 2, as: ['rejected'] };
  // "Turned my referral down", "turned it down".
  const down = words.indexOf('down', i + 1);
  if (down > i + 1 && down <= i + 4 && words.slice(i + 1, down).some((w) => TURNED_DOWN.has(w)))
    return { read: down + 1 - i, as: ['rejected', ...words.slice(i + 1, down)] };
  return undefined;
};
/** What is turned down: something asked for, or someone referred. */
const TURNED_DOWN = new Set(
  'referral referrals request requests it them him her patient patients application'.split(' '),
);

/**
 * The hospital asking the practice to do its tests: "hospital wants us to take bloods before the
 * next clinic", "cardiology asked us to do his kidney bloods", "wants the practice nurse to check
 * his potassium". Read as the pages' "repeat bloods" (or "repeat test"): who arranges a hospital's
 * follow-up tests. Not monitoring that goes with taking over a medicine ("take over methotrexate
 * and do the monitoring bloods": shared care), nor results sent on ("asked us to send the bloods").
 */
const askedToTest: Rephrasing = (words, i) => {
  if (!TEST_VERBS.has(words[i]!) || words[i - 1] !== 'to') return undefined;
  // Who is asked, just before "to": "us", "me", "the GP", "the practice nurse"; not a hospital's
  // own ("ask the hospital nurse to do the bloods").
  const asked = ASKED_ONE.has(words[i - 2] ?? '') ? i - 2 : i - 3;
  if (!ASKED_ONE.has(words[asked] ?? '') || ASKING_SIDE.has(words[asked - 1] ?? ''))
    return undefined;
  // Who asks: anyone, of the GP or the practice ("can I ask the GP to do bloods"); the hospital side,
  // of "us", "me" or a nurse ("hospital wants us to", "cardiology asked me to").
  const asker = words.slice(Math.max(0, asked - ASKER_REACH), asked);
  if (!asker.some((w) => REQUESTS.has(w))) return undefined;
  if (!THE_PRACTICE.has(words[asked]!) && !asker.some((w) => ASKING_SIDE.has(w) || isSpecialty(w)))
    return undefined;
  if (words.some((w) => SHARED_CARE_WORDS.has(w))) return undefined;
  const first = words.slice(i + 1, i + 5).findIndex((w, k) => isTest(words, i + 1 + k));
  if (first < 0) return undefined;
  let end = i + 1 + first;
  const bloods = BLOODS.has(words[end]!) || words[end] === 'blood';
  // Through the rest of its name: "a blood test", "a urine test sample".
  while (TESTS.has(words[end + 1] ?? '') || words[end + 1] === 'sample') end++;
  return { read: end + 1 - i, as: ['repeat', bloods ? 'bloods' : 'test'] };
};
/** A test at `i`: "bloods", a named blood test, a scan; "blood" only as a test ("blood test"). */
function isTest(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (word === 'blood') return BLOOD_TESTS.has(words[i + 1] ?? '');
  return BLOODS.has(word) || TESTS.has(word);
}
const TEST_VERBS = new Set('do take check recheck arrange book organise organize draw'.split(' '));
/** How far before the one asked the asker may be: "clinic increased his dose and wants the…". */
const ASKER_REACH = 8;
const THE_PRACTICE = new Set(['gp', 'gps', 'practice', 'surgery']);
const ASKED_ONE = new Set([...THE_PRACTICE, 'us', 'me', 'nurse', 'nurses']);
/** The hospital side, asking: "the hospital", "the clinic", "the consultant", a specialty. */
const ASKING_SIDE = new Set(
  'hospital clinic consultant consultants specialist ward trust outpatients registrar centre'.split(
    ' ',
  ),
);
const REQUESTS = new Set(
  'want wants wanted ask asks asked asking expect expects expecting told tells requested requests'.split(
    ' ',
  ),
);
const BLOODS = new Set(['bloods', 'u&es', 'lfts', 'tfts', 'fbc', 'potassium']);
const BLOOD_TESTS = new Set(['test', 'tests', 'count', 'sample']);
const TESTS = new Set(
  'test tests scan scans ultrasound ecg xray x-ray mri ct echo urine'.split(' '),
);
/**
 * Monitoring that goes with a medicine taken over, and a drug's levels or INR: shared care, not a
 * follow-up test.
 */
const SHARED_CARE_WORDS = new Set([
  'monitoring',
  'prescribing',
  'prescribe',
  'over',
  'levels',
  'level',
  'inr',
]);

/**
 * A summary spoken of apart from the discharge it is of: "seen a patient 3 days after discharge,
 * no summary from the hospital", "discharged on Monday and still no summary". Read as "discharge
 * summary": only one said missing or sought ("no summary", "the summary"), within six words of the
 * discharge. Not one whose kind is said ("the clinic summary", "one page summary"), "in summary",
 * a summary of something named ("a summary of the clauses"), nor the summary care record.
 */
const summaryOfTheStay: Rephrasing = (words, i) => {
  if (words[i] !== 'summary' && words[i] !== 'summaries') return undefined;
  if (!SUMMARY_BEFORE.has(words[i - 1] ?? '') || NOT_OF_A_STAY.has(words[i + 1] ?? ''))
    return undefined;
  const near = words.slice(Math.max(0, i - SUMMARY_REACH), i + SUMMARY_REACH + 1);
  if (!near.some((w) => DISCHARGED.has(w))) return undefined;
  return { read: 1, as: ['discharge', words[i]!] };
};
/**
 * The discharge's papers in everyday words, missing or awaited: "no discharge info yet", "still
 * waiting for the discharge paperwork", "discharge details not sent". Read as "discharge summary",
 * the pages' word. Not information for patients ("discharge information leaflet", "what discharge
 * information should patients be given"), nor papers to sign.
 */
const dischargePapers: Rephrasing = (words, i) => {
  if (words[i] !== 'discharge' || !DISCHARGE_PAPERS.has(words[i + 1] ?? '')) return undefined;
  const missing =
    words.slice(Math.max(0, i - 4), i).some((w) => PAPERS_MISSING.has(w)) ||
    PAPERS_NOT_COME.has(words[i + 2] ?? '') ||
    // Held back: "won't send the discharge info until the bloods are back", "refusing to send…".
    // Not a patient's copy ("we don't send discharge paperwork home").
    ([i - 3, i - 2, i - 1].some(
      (k) =>
        SENDING_PAPERS.has(words[k] ?? '') &&
        (words[k - 1] === 'not' || HOLDING.has(words[k - 2] ?? '')),
    ) &&
      words[i + 2] !== 'home') ||
    (words.slice(Math.max(0, i - 3), i).some((w) => SENDING_PAPERS.has(w)) &&
      words.slice(i + 2, i + 5).includes('until'));
  return missing ? { read: 2, as: ['discharge', 'summary'] } : undefined;
};
const DISCHARGE_PAPERS = new Set('info information paperwork papers details notes'.split(' '));
const SENDING_PAPERS = new Set(['send', 'sending', 'sent', 'release', 'releasing']);
/** Holding papers back, two words before sending them: "refusing to send", "refuses to release". */
const HOLDING = new Set(['refusing', 'refuses', 'refused', 'refuse']);
/** Before papers missing or awaited: "no discharge info", "still waiting for the…". */
const PAPERS_MISSING = new Set(
  'no any without never waiting awaiting chasing chase missing lost where still had received'.split(
    ' ',
  ),
);
/** After papers that have not come: "discharge info not sent", "… yet", "… missing". */
const PAPERS_NOT_COME = new Set(['not', 'never', 'yet', 'missing', 'late']);
/** How far from the discharge its summary may be spoken of. */
const SUMMARY_REACH = 6;
/** Before a summary that is missing or sought: "no summary", "the summary", "where is the summary". */
const SUMMARY_BEFORE = new Set('no the a any my his her their still without got'.split(' '));
/** After a summary of something else: "summary of the clauses", "summary care record". */
const NOT_OF_A_STAY = new Set(['of', 'care', 'record', 'says', 'for']);
const DISCHARGED = new Set(['discharge', 'discharged', 'discharging']);

/**
 * A letter spoken of apart from the clinic it is of: "a letter after one of my patients was seen in
 * clinic", "letters from outpatients", "seen in clinic a month ago and still no letter". Read as
 * "clinic letter": a letter from or after the clinic within ten words, or one said missing after
 * it. Not one of the stay ("discharge" near), nor one of another kind ("referral letter", "a letter
 * about my clinic appointment" is the appointment's).
 */
const letterOfTheClinic: Rephrasing = (words, i) => {
  const word = words[i]!;
  if ((word !== 'letter' && word !== 'letters') || LETTER_KINDS.has(words[i - 1] ?? ''))
    return undefined;
  const near = words.slice(Math.max(0, i - LETTER_REACH), i + LETTER_REACH + 1);
  if (near.some((w) => DISCHARGED.has(w))) return undefined;
  // Written by someone named just before it: "GP wrote a letter after the clinic…".
  if (words.slice(Math.max(0, i - 3), i).some((w) => LETTER_SENDERS.has(w))) return undefined;
  const after = words.slice(i + 1, i + 1 + LETTER_REACH);
  const clinic = after.findIndex((w) => CLINICS.has(w));
  const between = after.slice(0, Math.max(clinic, 0));
  // From or after the clinic, with no other sender between: "a letter from my GP for the clinic"
  // is the GP's.
  const fromTheClinic =
    clinic > 0 && LETTER_FROM.has(between[0] ?? '') && !between.some((w) => LETTER_SENDERS.has(w));
  const missingAfter =
    LETTER_MISSING.has(words[i - 1] ?? '') &&
    words.slice(Math.max(0, i - LETTER_REACH), i).some((w) => CLINICS.has(w));
  return fromTheClinic || missingAfter ? { read: 1, as: ['clinic', word] } : undefined;
};
const LETTER_REACH = 10;
const CLINICS = new Set(['clinic', 'clinics', 'outpatients', 'opd']);
/** Who else writes a letter: "a letter from my GP", "the GP wrote a letter". */
const LETTER_SENDERS = new Set('gp gps practice surgery hospital ward trust'.split(' '));
/** Before a letter said missing: "still no letter", "never got a letter". */
const LETTER_MISSING = new Set(['no', 'still', 'any', 'without', 'never']);
/** Right after a letter, before its clinic: "a letter from", "after", "following". */
const LETTER_FROM = new Set(['from', 'after', 'following', 'since']);
/** A letter of its own kind: "referral letter", "appointment letter", "clinic letter". */
const LETTER_KINDS = new Set(
  'referral appointment clinic outpatient discharge gp covering cover rejection template standard'.split(
    ' ',
  ),
);

/**
 * Not at an appointment, said of being there: "wasn't at my outpatients slot", "I was not at the
 * clinic on Monday", "he wasn't at his appointment", "couldn't make my outpatients", "could not make
 * it to her appointment". Read as "did not attend", as `notTurningUp`.
 * Only with whose or which appointment it was, so not "wasn't at the meeting" or "not at work".
 */
const wasNotThere: Rephrasing = (words, i) => {
  // readerWords reads "wasn't" as "was not", "couldn't" as "could not".
  const notThere =
    (words[i] === 'was' || words[i] === 'were') && words[i + 1] === 'not' && words[i + 2] === 'at';
  // "Couldn't make my outpatients", "could not make it to her appointment"; not "can't make my
  // appointment next week", which asks to rearrange it.
  // "Didn't make it to my physio", "never made it to the appointment" too.
  const made =
    (words[i] === 'could' || words[i] === 'did') &&
    words[i + 1] === 'not' &&
    words[i + 2] === 'make'
      ? i + 3
      : words[i] === 'never' && words[i + 1] === 'made'
        ? i + 2
        : undefined;
  const couldNotMake =
    made !== undefined &&
    (words[made] !== 'it' || words[made + 1] === 'to') &&
    // "Didn't make my appointment" alone is also not booking it: only "didn't make it to…".
    (words[i] === 'could' || words[made] === 'it');
  if (!notThere && !couldNotMake) return undefined;
  const whose = made === undefined ? i + 3 : words[made] === 'it' ? made + 2 : made;
  if (!WHOSE_SLOT.has(words[whose] ?? '')) return undefined;
  // A person not there, not a thing ("the notes were not at the clinic"), nor staff ("the
  // consultant wasn't at the clinic"); or nobody named ("overslept and wasn't at my slot").
  const named = nearestSubject(words, i);
  if (named !== undefined && !PEOPLE.has(named)) return undefined;
  if (STAFF.has(nearestPerson(words, i) ?? '')) return undefined;
  let end = whose + 1;
  const slot = (w: string | undefined) => SLOTS.has(w ?? '') || MISSED_VISITS.has(w ?? '');
  // "the 9am clinic": one word before it.
  if (!slot(words[end])) end += 1;
  if (!slot(words[end])) return undefined;
  // "my outpatients slot": to its last word.
  while (SLOTS.has(words[end + 1] ?? '')) end++;
  // A thing of the clinic's, not the clinic: "couldn't make the clinic letter out".
  if (CLINIC_THINGS.has(words[end + 1] ?? '')) return undefined;
  return { read: end + 1 - i, as: ['did', 'not', 'attend'] };
};
const WHOSE_SLOT = new Set(['my', 'his', 'her', 'their', 'the', 'our', 'your']);
/** Before where a person did not turn up: "to clinic", "for the appointment", "at outpatients". */
const AT_A_SLOT = new Set(['to', 'for', 'at']);
const SLOTS = new Set(['appointment', 'appointments', 'slot', 'clinic', 'outpatients']);
/** Visits missed besides a clinic's slots, when not made: "didn't make it to my physio". */
const MISSED_VISITS = new Set(['physio', 'physiotherapy', 'scan', 'review']);
const CLINIC_THINGS = new Set('letter letters list lists notes note summary results'.split(' '));

/**
 * Patients' calls a team takes: "patients calling re hosp appts", "receptionists keep getting calls
 * asking when the nurse is visiting", "loads of calls from patients chasing results". Read as the
 * pages' "patient query" (the points of contact page's word), as is "patient rang asking…";
 * "calls" alone are on pages about anything. Not calls between the two sides ("calls from the ward"), nor a call made ("I called").
 */
const callsFromPatients: Rephrasing = (words, i) => {
  const word = words[i]!;
  // "Patients calling", "relatives ringing up".
  if (CALLING.has(word) && CALLING_PEOPLE.has(words[i - 1] ?? ''))
    return { read: words[i + 1] === 'up' ? 2 : 1, as: ['patient', 'query'] };
  // "Patient rang saying…", "relatives phoned up asking…": a call taken, said by what it was
  // about; not one made to someone ("the patient rang the ward").
  // Not a call the speaker made: "my carer rang about my tablets", "I'm a carer, phoned about…".
  if (
    RANG.has(word) &&
    CALLING_PEOPLE.has(words[i - 1] ?? '') &&
    words[i - 2] !== 'my' &&
    !words.slice(Math.max(0, i - 4), i).some((w) => SPEAKING_AS.has(w))
  ) {
    const up = words[i + 1] === 'up' ? 1 : 0;
    return CALLS_ABOUT.has(words[i + 1 + up] ?? '')
      ? { read: 1 + up, as: ['patient', 'query'] }
      : undefined;
  }
  // "Parent asking when her daughter's follow-up is", "patient asking about…", opening the
  // question: a query taken, told of by the one who took it (a family says "I'm asking").
  if (
    word === 'asking' &&
    ASKERS.has(words[i - 1] ?? '') &&
    (i === 1 || (i === 2 && (words[0] === 'a' || words[0] === 'the'))) &&
    ASKED_ABOUT.has(words[i + 1] ?? '') &&
    // The speaker's own question: "patient asking when will I get my results".
    !words.some((w) => SPEAKERS_OWN.has(w))
  )
    return { read: 1, as: ['patient', 'query'] };
  // "Getting calls asking…", "lots of calls from patients".
  if (word !== 'calls' || !CALLS_TAKEN.has(words[i - 1] ?? '')) return undefined;
  const next = words[i + 1] ?? '';
  if (next === 'from')
    return CALLING_PEOPLE.has(words[i + 2] ?? '')
      ? { read: 1, as: ['patient', 'query'] }
      : undefined;
  return CALLS_ABOUT.has(next) ? { read: 1, as: ['patient', 'query'] } : undefined;
};
/** Who asks the desk: a patient, their family, a carer. */
const ASKERS = new Set(['patient', 'parent', 'relative', 'carer', 'lady', 'man', 'gentleman']);
/** The caller's own, in a query: "asking about my referral", "nobody has rung me". */
const SPEAKERS_OWN = new Set(['me', 'my']);
/** What a query asks: "asking when", "asking about", "asking for" (search-asker.ts reads it too). */
export const ASKED_ABOUT: ReadonlySet<string> = new Set(
  'when about for if whether why what where who how re'.split(' '),
);
const CALLING = new Set(['calling', 'ringing', 'phoning']);
const RANG = new Set(['rang', 'phoned', 'rung', 'rings', 'phones']);
const SPEAKING_AS = new Set(["i'm", 'im', 'am']);
/** Who calls a team with their questions. */
const CALLING_PEOPLE = new Set(
  'patients patient people relative relatives families family carer carers parents'.split(' '),
);
/** Calls taken: "getting calls", "lots of calls", "more calls". */
const CALLS_TAKEN = new Set(
  'getting get gets got taking take takes of more many constant endless'.split(' '),
);
/** What calls are about: "calls asking", "calls about", "calls re". */
const CALLS_ABOUT = new Set(
  'asking about re regarding chasing wanting wondering saying'.split(' '),
);

/**
 * How old someone is: "my 17 year old", "a 6-year-old", "88yo", "baby 6 weeks old". Says who, not
 * what a page is about, so it is left out ("old" alone finds "old names" and "old contracts").
 */
const ageSaid: Rephrasing = (words, i) => {
  const word = words[i]!;
  // Someone's age, not a thing's or a time's: "a 6 year old", "my 17 year old", "baby 6 weeks
  // old"; not "the summary is 10 days old", "results 3 months old", "waited 2yrs".
  if (!AGE_BEFORE.has(words[i - 1] ?? '')) return undefined;
  if (AGE_IN_ONE.test(word)) return { read: words[i + 1] === 'old' ? 2 : 1, as: [] };
  if (!/^\d+$/.test(word) && !NUMBER_WORDS.has(word)) return undefined;
  if (!AGE_UNITS.has(words[i + 1] ?? '') || words[i + 2] !== 'old') return undefined;
  return { read: 3, as: [] };
};
/** An age as one word: "6-year-old", "3yo", "6-month-old". */
const AGE_IN_ONE = /^\d+(?:-(?:years?|months?|weeks?|days?)-old|yo)$/;
const AGE_UNITS = new Set('year years yr yrs month months week weeks day days'.split(' '));
/** Before someone's age: the start, "a", "my", "her", "of", "aged", or who they are. */
const AGE_BEFORE = new Set([
  '',
  ...'a an my his her our their your the of aged baby child son daughter boy girl mum dad patient lady man woman gentleman with for'.split(
    ' ',
  ),
]);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen'.split(
    ' ',
  ),
);

/**
 * "Compliant" typed for "complaint", as a noun: "how do I make a compliant about my GP", "my
 * compliant to the trust". Read as "complaint"; "is that compliant with the contract" is left as
 * it is (search-query.ts searches it as "compliance").
 */
const compliantForComplaint: Rephrasing = (words, i) =>
  words[i] === 'compliant' &&
  A_COMPLAINT.has(words[i - 1] ?? '') &&
  (words[i + 1] === undefined || ABOUT_A_COMPLAINT.has(words[i + 1]!))
    ? { read: 1, as: ['complaint'] }
    : undefined;
/** Before a complaint: "a complaint", "my complaint", "formal complaint". */
const A_COMPLAINT = new Set(['a', 'my', 'our', 'the', 'formal', 'official', 'written']);
/** After one: "a complaint about", "against", "to the trust". */
const ABOUT_A_COMPLAINT = new Set(
  'about against to re regarding over from on with and or but so how who what'.split(' '),
);
