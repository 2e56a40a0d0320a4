/**
 * Whether a question asks who refers a patient on to another specialty, without naming onward
 * referral: a hospital doctor asks "do I refer her to the kidney team myself or write to the GP?",
 * a GP reads "ortho letter says GP pls refer to pain clinic". Such questions hold many words of
 * their own (the finding, the tests, the clinic) and none of the pages' ("onward referral",
 * "consultant to consultant"), so the page about the rule lost to pages about clinic letters.
 *
 * It reads a referral (refer, send) to a named specialty, team or service, together with one of:
 * - the hospital doing it itself: "myself", "themselves", "their job" (not "refer myself", a
 *   self-referral);
 * - the GP asked to do it: "please refer", "ask the GP to", "urology want me to", "or does the
 *   GP" (not by a patient: "she asked me to refer her privately").
 * Or the hospital telling patients to ask the GP for another service's referral ("ENT keep telling
 * patients to ask the GP for audiology referrals": `toldToAskTheGp`).
 * Not a question about advice and guidance ("the consultant replied I should refer"), where the
 * GP asked first, nor results sent to a clinic ("send the bloods to clinic"). A GP asking about
 * direct access ("can I refer straight to the colorectal team") names nobody else who might.
 *
 * `words` are the reader's words as search-query.ts reads them (`readerWords`: lower case,
 * shorthand spelt out, so "pls" reads "please").
 */

import { isSpecialty } from './search-specialties.ts';

/**
 * Services a patient is referred on to, besides the specialties (search-specialties.ts): their
 * doctors, and services clinicians name by body part or by what they do.
 */
const OTHER_SERVICES = new Set(
  (
    'cardiologist cardiologists cardiac dermatologist endocrine endo endocrinologist ' +
    'gastroenterologist haematologist chest urologist urologists neurologist rheumatologist ' +
    'oncologist oncologists nephrologist colorectal surgeons surgeon surgical podiatry ' +
    'physiotherapy physio psychiatry psychiatrist hepatology diabetes'
  ).split(' '),
);

/** Whether a word names where a patient is referred on to: "cardiology", "cardio", "chest". */
function isService(word: string): boolean {
  return isSpecialty(word) || OTHER_SERVICES.has(word);
}

/** Words after which a team, clinic or service names where a patient is sent: "the chest team". */
const SERVICE_NOUNS = new Set([
  'team',
  'clinic',
  'service',
  'services',
  'department',
  'specialty',
  'specialist',
  'consultant',
  'surgeons',
]);

const REFER = new Set([
  'refer',
  'refers',
  'referring',
  'referred',
  'refere',
  'send',
  'sending',
  'sent',
]);

/** What is sent to a clinic that is not a patient: results, a letter, a question. */
const NOT_A_PATIENT = new Set([
  'result',
  'results',
  'bloods',
  'blood',
  'letter',
  'letters',
  'copy',
  'report',
  'form',
  'question',
  'request',
  'advice',
  'email',
]);

/** Who does it, when it is the one asked: "do I refer … myself", "they should do that themselves". */
const SELVES = new Set(['myself', 'ourselves', 'themselves', 'itself']);

/** The hospital doing it itself: "myself" not just after the verb ("refer myself"), "their job". */
function hospitalDoesIt(words: readonly string[], text: string): boolean {
  return (
    words.some((word, i) => SELVES.has(word) && !REFER.has(words[i - 1] ?? '')) ||
    /\btheir (?:job|own)\b/.test(text)
  );
}

/** The GP asked to do it, or named as the other who might. */
const GP_NAMED = new RegExp(
  [
    String.raw`\bplease refer\b`,
    String.raw`\bwrite (?:to|and ask) (?:the |their |his |her )?gp\b`,
    String.raw`\bgp (?:to|should|has to|have to|must|will|would) (?:refer|send|do)\b`,
    String.raw`\bor (?:does |should |do |can |will |would )?(?:the |their |his |her )?gp\b`,
  ].join('|'),
);

/** Someone asking the GP (or "me", "us") to do it: "urology want me to", "told pt to get GP to". */
const ASKED_TO =
  /\b(?:ask|asks|asking|asked|tell|tells|telling|told|want|wants|wanted|expect|expects|get|getting)(?: \w+){0,2}? (?:the |my |their |his |her |our |a )?(?:gp|gps|practice|surgery|us|me) to\b/g;

/** Who asks, when it is a patient or family, not the hospital: "she asked me to refer her". */
const ASKED_BY_PATIENT = new Set(
  (
    'patient patients she he they mum dad wife husband son daughter family relative carer ' +
    'mother father'
  ).split(' '),
);

function gpAsked(text: string): boolean {
  if (GP_NAMED.test(text)) return true;
  for (const match of text.matchAll(ASKED_TO)) {
    const asker = text.slice(0, match.index).trim().split(' ').pop() ?? '';
    if (!ASKED_BY_PATIENT.has(asker)) return true;
  }
  return false;
}

const ADVICE_AND_GUIDANCE = /\badvice (?:and|&) guidance\b|\ba&g\b|\badvice request\b/;

/**
 * Whether the reader's words (`readerWords`) ask who refers a patient on to another specialty
 * (see the module comment): a referral to a named service, with the hospital doing it itself or
 * the GP asked to.
 */
export function asksWhoRefersOn(words: readonly string[]): boolean {
  const text = words.join(' ');
  if (ADVICE_AND_GUIDANCE.test(text)) return false;
  if (toldToAskTheGp(text)) return true;
  if (!hospitalDoesIt(words, text) && !gpAsked(text)) return false;
  return words.some(
    (word, i) => REFER.has(word) && !sendsAThing(words, i) && referredToService(words, i + 1),
  );
}

/**
 * The hospital telling patients to ask the GP for another service's referral: "ENT keep telling
 * our patients to ask the GP for audiology referrals", "clinic told me to ask my GP for a referral
 * to physio". Only a hospital team or specialty telling (not an optician, a receptionist or 111),
 * and only a service named (not "told me to chase my referral").
 */
function toldToAskTheGp(text: string): boolean {
  for (const match of text.matchAll(TOLD_TO_ASK_THE_GP)) {
    const [, teller = '', before = '', after = ''] = match;
    if (
      (isService(teller) || HOSPITAL_STAFF.has(teller)) &&
      (isService(before) || isService(after))
    )
      return true;
  }
  return false;
}
const TOLD_TO_ASK_THE_GP =
  /\b([\w&]+) (?:keeps? |always |just )?(?:tell|tells|telling|told|advise|advises|advised|advising)(?: \w+){0,3} to (?:ask|see) (?:the |their |his |her |my |your )?gps? for (?:a |an )?(?:(\w+) )?referrals?(?: (?:to|for) (?:the |a |an )?(\w+))?/g;
/** Who in the hospital tells a patient to ask the GP for a referral. */
const HOSPITAL_STAFF = new Set(
  'hospital consultant consultants clinic surgeon surgeons ward specialist specialists registrar outpatients team doctor doctors'.split(
    ' ',
  ),
);

/** "do bloods and send them to clinic": "them" or "it" just after what is not a patient. */
function sendsAThing(words: readonly string[], verb: number): boolean {
  return (
    ['them', 'it'].includes(words[verb + 1] ?? '') &&
    words.slice(Math.max(0, verb - 3), verb).some((word) => NOT_A_PATIENT.has(word))
  );
}

/**
 * Whether the words after a referral verb, within a few, send someone to a service: "to
 * cardiology", "him on to the lung cancer team", "cardio" straight after the verb.
 */
function referredToService(words: readonly string[], from: number): boolean {
  if (isService(words[from] ?? '')) return true;
  for (let i = from; i < Math.min(words.length, from + REACH); i++) {
    const word = words[i]!;
    // The next clause: "refer again if no better in 6 weeks and go to cardiology".
    if (NOT_A_PATIENT.has(word) || CLAUSE_BREAKS.has(word)) return false;
    if (word !== 'to') continue;
    // "to the kidney team", "to a different consultant", "to respiratory".
    const after = words.slice(i + 1, i + 5).filter((w) => !ARTICLES.has(w));
    if (isService(after[0] ?? '')) return true;
    return after.slice(0, 3).some((w, j) => j > 0 && SERVICE_NOUNS.has(w));
  }
  return false;
}

/** Words that open another clause, past which "to" is no longer the referral's. */
const CLAUSE_BREAKS = new Set(['if', 'but', 'because', 'so', 'when', 'unless']);

/**
 * How far after the verb its "to" may be: "refer my patient straight on to", "refer post knee
 * replacement patients with ongoing pain to".
 */
const REACH = 10;

const ARTICLES = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'our', 'your', 'my']);
