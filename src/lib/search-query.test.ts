import { describe, expect, it } from 'vitest';
import {
  allWordsQuery,
  broadenedNotice,
  completedNotice,
  impliedNotice,
  leftOutNotice,
  correctedQuery,
  editDistance,
  knownWord,
  nearestWord,
  planQuery,
  planWithRareWords,
  readerWords,
  spelledOut,
  textWords,
  withRareWords,
  withRealWords,
  type SearchLanguage,
} from './search-query.ts';

const language: SearchLanguage = {
  pages: 100,
  words: {
    hospital: 90,
    clinic: 20,
    letter: 25,
    letters: 10,
    send: 30,
    discharge: 30,
    summary: 20,
    summaries: 10,
    referral: 40,
    rejected: 3,
    accept: 2,
    results: 15,
    patient: 80,
    'e-rs': 6,
    ers: 6,
    choose: 4,
    book: 5,
    dna: 5,
    attend: 6,
    did: 30,
    not: 60,
    fit: 8,
    note: 9,
    days: 40,
    blood: 7,
    test: 12,
    prescription: 6,
    medicines: 10,
    sc11: 4,
    '4': 30,
    '2': 45,
  },
  phrases: [
    ['NHS e-Referral Service', 'e-RS', 'Choose and Book'],
    ['DNA', 'did not attend'],
    ['fit note'],
    ['clinic letter'],
  ],
};

describe('planQuery', () => {
  it('drops question and filler words and keeps the words that carry the meaning', () => {
    const plan = planQuery('How long should a hospital take to send a clinic letter?', language);
    expect(allWordsQuery(plan)).toBe('hospital send clinic letter');
    expect(plan.corrections).toEqual([]);
    // "Job" asks whose it is as often as a page says it: searched, weighed as a common word.
    const job = { ...language, words: { ...language.words, job: 2 } };
    const jobPlan = planQuery('whose job is it to send the results', job);
    expect(allWordsQuery(jobPlan)).toBe('job send results');
    const weight = (word: string) => jobPlan.parts.find((p) => p.words[0] === word)!.weight;
    expect(weight('job')).toBeLessThan(weight('send'));
    // Nor "is that correct" or "we'll" read as a slip for an indexed word ("collect", "well").
    const near = { ...language, words: { ...language.words, collect: 3, well: 5 } };
    const asked = planQuery("is the discharge summary all we'll get, is that correct", near);
    expect(allWordsQuery(asked)).toBe('discharge summary');
    expect(asked.corrections).toEqual([]);
  });

  it('reads a negation with or without its apostrophe, so a phrase holding "not" still matches', () => {
    for (const typed of [
      "patient didn't attend",
      'patient didnt attend',
      'patient did not attend',
    ]) {
      const plan = planQuery(typed, language);
      expect(
        plan.parts.map((p) => p.words.join(' ')),
        typed,
      ).toEqual(['patient', 'did not attend']);
      expect(plan.unknown, typed).toEqual([]);
    }
  });

  it('drops a pronoun’s contraction typed without its apostrophe, as with it', () => {
    for (const typed of ["they've closed his case", 'theyve closed his case']) {
      const plan = planQuery(typed, {
        ...language,
        words: { ...language.words, closed: 3, case: 4 },
      });
      expect(allWordsQuery(plan), typed).toBe('closed case');
      expect(plan.unknown, typed).toEqual([]);
    }
    expect(planQuery('weve had nothing, whats the wait', language).unknown).toEqual(['wait']);
  });

  it('spells out shorthand the pages do not use', () => {
    const plan = planQuery('pt meds rx', language);
    expect(allWordsQuery(plan)).toBe('patient medicines prescription');
    expect(plan.unknown).toEqual([]);
    expect(plan.corrections).toEqual([]);
  });

  it('reads shorthand written with a slash, and an abbreviation used as a verb', () => {
    expect(allWordsQuery(planQuery('no d/c summary', language))).toBe('discharge summary');
    const plan = planQuery("pt DNA'd twice", language);
    expect(plan.parts.map((p) => p.words.join(' '))).toContain('dna');
    expect(plan.corrections).toEqual([]);
    expect(allWordsQuery(planQuery('patient DNAd', language))).toBe('patient dna');
    // Only a known abbreviation loses its ending: "band" is not "ban".
    const band = planQuery('band 5 nurse', { ...language, words: { ...language.words, ban: 3 } });
    expect(band.parts.map((p) => p.words.join(' '))).not.toContain('ban');
  });

  it('reads a plural abbreviation as the abbreviation, with its other names', () => {
    // "dnas" is on a page or two, but as a word of its own it would miss "did not attend".
    const withPlural = { ...language, words: { ...language.words, dnas: 1 } };
    for (const typed of ['discharge after 2 DNAs', 'discharge after 2 dnas']) {
      const dna = planQuery(typed, withPlural).parts.find((p) => p.words.includes('dna'));
      expect(dna?.alternatives, typed).toEqual([['did', 'not', 'attend']]);
    }
    // Only a known abbreviation loses its "s": "bus" is not "bu".
    const bus = planQuery('bus', { ...language, words: { ...language.words, bu: 2, bus: 1 } });
    expect(bus.parts.map((p) => p.words.join(' '))).toEqual(['bus']);
  });

  it('spells out shorthand for referrals and shared care agreements', () => {
    const withWords = {
      ...language,
      words: { ...language.words, referrals: 20, shared: 9, care: 40, agreement: 6 },
    };
    expect(allWordsQuery(planQuery('refs rejected', withWords))).toBe('referrals rejected');
    // "Ref" alone is as often a reference ("booking ref", "terms of ref").
    expect(allWordsQuery(planQuery('booking ref', withWords))).not.toContain('referral');
    expect(allWordsQuery(planQuery('ESCA for lithium', withWords))).toContain(
      'shared care agreement',
    );
  });

  it('reads the two week wait however it is written as the urgent suspected cancer pathway', () => {
    const cancer = {
      ...language,
      words: { ...language.words, urgent: 9, suspected: 4, cancer: 4, week: 20, wait: 12 },
    };
    for (const typed of [
      '2WW referral',
      'two week wait referral',
      '2-week wait referral',
      "two weeks' wait referral",
      'a 2 week wait referral',
      'two week wait for suspected cancer referral',
      'I had a two week wait referral',
      'two week wait for a breast lump referral',
    ])
      expect(allWordsQuery(planQuery(typed, cancer))).toContain('urgent suspected cancer');
    // A wait of two weeks, not the pathway.
    for (const typed of [
      'a week to wait for a referral',
      'is a 2 week wait for a referral normal',
      'over two weeks wait for the referral',
      '1-2 week wait referral',
      'at least a 2 week wait for the referral',
      'is a two week wait to see the referral team normal',
    ])
      expect(allWordsQuery(planQuery(typed, cancer))).not.toContain('cancer');
  });

  it('also searches onward referral for a question asking who refers a patient on, and says so', () => {
    const onward: SearchLanguage = {
      ...language,
      words: { ...language.words, onward: 20, refer: 25, cardiology: 2, myself: 1, murmur: 1 },
      phrases: [
        ...language.phrases,
        ['Onward referral', 'consultant-to-consultant referral', 'tertiary referral'],
      ],
    };
    const plan = planQuery('found a murmur in clinic, do I refer to cardiology myself', onward);
    const added = plan.parts.find((p) => p.words.join(' ') === 'onward referral');
    expect(added?.alternatives).toContainEqual(['consultant-to-consultant', 'referral']);
    // As much as the question's rarest word: the question is about it.
    const others = plan.parts.filter((p) => p !== added).map((p) => p.weight);
    expect(added?.weight).toBe(Math.max(...others));
    expect(impliedNotice(plan)).toBe(
      'Your question asks who refers a patient on, so pages on ‘onward referral’ are included.',
    );
    // Not for an ordinary referral, and not twice when the question names it.
    const ordinary = planQuery('how do I refer to cardiology', onward);
    expect(ordinary.parts.map((p) => p.words.join(' '))).not.toContain('onward referral');
    expect(impliedNotice(ordinary)).toBeUndefined();
    const named = planQuery('onward referral: do I refer to cardiology myself', onward);
    expect(named.parts.filter((p) => p.words.join(' ') === 'onward referral')).toHaveLength(1);
    expect(named.implied).toBeUndefined();
  });

  it('reads asking whom to phone as the pages’ “who to contact”, but not asking whom to complain to', () => {
    const contact: SearchLanguage = {
      ...language,
      words: { ...language.words, who: 60, contact: 30, phone: 40, ring: 20, complain: 3 },
      phrases: [...language.phrases, ['who to contact']],
    };
    const parts = (q: string) => planQuery(q, contact).parts.map((p) => p.words.join(' '));
    expect(parts('who do I phone about my results')).toEqual(['who to contact', 'results']);
    expect(parts('what number should we ring for results')).toEqual(['who to contact', 'results']);
    expect(parts('who to ring about results')).toEqual(['who to contact', 'results']);
    expect(parts('who do we complain to about results')).toEqual(['complain', 'results']);
    // "phone" as a thing, not a question of whom to ring.
    expect(parts('results by phone')).toEqual(['results', 'phone']);
  });

  it('reads a phone nobody answers as the pages’ “can’t get through”, but not an unanswered request', () => {
    const through: SearchLanguage = {
      ...language,
      words: { ...language.words, get: 30, through: 20, answered: 4, advice: 10, request: 8 },
      phrases: [...language.phrases, ["can't get through"]],
    };
    const parts = (q: string) => planQuery(q, through).parts.map((p) => p.words.join(' '));
    expect(parts('clinic never answers the phone')).toEqual(['clinic', "can't get through"]);
    expect(parts('nobody picks up at the clinic')).toEqual(["can't get through", 'clinic']);
    expect(parts('the clinic line rings out')).toEqual(['clinic', "can't get through"]);
    expect(parts('clinic never answered my advice request')).toEqual([
      'clinic',
      'answered',
      'advice',
      'request',
    ]);
  });

  it('reads taking over someone’s medicines as the pages’ “take over prescribing”', () => {
    const takeOver: SearchLanguage = {
      ...language,
      words: { ...language.words, take: 30, over: 40, prescribing: 20, tablets: 10 },
      phrases: [...language.phrases, ['take over prescribing']],
    };
    const parts = (q: string) => planQuery(q, takeOver).parts.map((p) => p.words.join(' '));
    expect(parts('GP would take over my tablets')).toEqual(['take over prescribing', 'tablets']);
    expect(parts('asked to take on his blood pressure tablets')).toEqual([
      'take over prescribing',
      'blood',
      'tablets',
    ]);
    // Tablets taken, not taken over.
    expect(parts('take tablets over the weekend')).toEqual(['tablets']);
  });

  it('searches a shared care medicine no page names as the kind the pages name', () => {
    const kinds = {
      ...language,
      words: { ...language.words, dmard: 5, specialist: 10, medicines: 10, gp: 60 },
      phrases: [...language.phrases, ['specialist medicines']],
    };
    const plan = planQuery('handing azathioprine over to GP', kinds);
    expect(plan.broadened).toEqual([{ from: 'azathioprine', to: 'DMARD' }]);
    expect(allWordsQuery(plan)).toContain('dmard');
    expect(broadenedNotice(plan)).toBe(
      'No page uses ‘azathioprine’, so it was searched as ‘DMARD’.',
    );
    expect(allWordsQuery(planQuery('lisdexamfetamine', kinds))).toBe('specialist medicines');
    // A medicine named by its form: "injections", "inhalers".
    expect(planQuery('my arthritis injections', kinds).broadened).toEqual([
      { from: 'injections', to: 'medicines' },
    ]);
    expect(allWordsQuery(planQuery('her inhalers', kinds))).toBe('medicines');
    // A page naming the medicine: searched as it is.
    const named = { ...kinds, words: { ...kinds.words, azathioprine: 1 } };
    expect(allWordsQuery(planQuery('azathioprine', named))).toBe('azathioprine');
  });

  it('matches a phrase holding a negation however it is typed, and searches it as the pages write it', () => {
    const withPhrase = {
      ...language,
      words: { ...language.words, "can't": 1, get: 10, through: 10 },
      phrases: [...language.phrases, ["can't get through"]],
    };
    for (const typed of [
      "can't get through to the clinic",
      'cant get through to the clinic',
      // The same negation in another tense or person.
      "couldn't get through to the clinic",
      'could not get through to the clinic',
    ]) {
      const plan = planQuery(typed, withPhrase);
      expect(
        plan.parts.map((p) => p.words.join(' ')),
        typed,
      ).toEqual(["can't get through", 'clinic']);
    }
  });

  it('matches a negated phrase whatever verb the "not" follows, or none, but not without the "not"', () => {
    const withPhrase = {
      ...language,
      words: { ...language.words, did: 10, not: 10, pick: 10, up: 10, has: 10 },
      phrases: [...language.phrases, ['did not pick up']],
    };
    const parts = (typed: string) =>
      planQuery(typed, withPhrase).parts.map((p) => p.words.join(' '));
    expect(parts("patient hasn't picked up his prescription")).toContain('did not pick up');
    expect(parts('patient has not picked up his prescription')).toContain('did not pick up');
    expect(parts('patient has picked up his prescription')).not.toContain('did not pick up');
    // Said without the verb, or with "never".
    expect(parts('discharged him for not picking up')).toContain('did not pick up');
    expect(parts('she never picked up her tablets')).toContain('did not pick up');
    expect(parts('the pharmacy picked up the error')).not.toContain('did not pick up');
    // Not a negation of something done to someone: "not brought forward" is no "was not brought".
    const brought = {
      ...withPhrase,
      words: { ...withPhrase.words, was: 50, brought: 5, forward: 5, appointment: 20 },
      phrases: [...withPhrase.phrases, ['was not brought']],
    };
    const broughtParts = (typed: string) =>
      planQuery(typed, brought).parts.map((p) => p.words.join(' '));
    expect(broughtParts('child was not brought to clinic')).toContain('was not brought');
    expect(broughtParts('appointment not brought forward')).not.toContain('was not brought');
    // Turning up, not done, by a thing: it never arrived. A person's is not attending, and the
    // page's own phrase matches whatever is named before it.
    const turnUp = {
      ...withPhrase,
      words: { ...withPhrase.words, turn: 5, letter: 20, report: 5, attend: 5 },
      phrases: [...withPhrase.phrases, ['did not turn up'], ['did not attend']],
    };
    const turnParts = (typed: string) =>
      planQuery(typed, turnUp).parts.map((p) => p.words.join(' '));
    expect(turnParts("the x-ray report hasn't turned up")).not.toContain('did not turn up');
    expect(turnParts("the patient hasn't turned up")).toContain('did not attend');
    expect(turnParts("the letter says 'did not attend'")).toContain('did not attend');
    // Where the person did not turn up says it is a person, whatever is named before.
    expect(turnParts("letter sent but didn't turn up to clinic")).not.toEqual(
      expect.arrayContaining(['turn']),
    );
  });

  it('searches a name written in shorthand spelt out, and as written among its other names', () => {
    const withPpg = {
      ...language,
      words: { ...language.words, ppg: 1, participation: 5, group: 9 },
      phrases: [...language.phrases, ['PPG', 'patient participation group']],
    };
    const plan = planQuery('patient participation group survey', withPpg);
    expect(plan.parts[0]?.words.join(' ')).toBe('patient participation group');
    // Written as "PPG" on a page, it is still found, once.
    expect(plan.parts[0]?.alternatives).toEqual([['ppg']]);
  });

  it('reads "cannot" as "can not", as "can\'t" is', () => {
    expect(readerWords('cannot attend')).toEqual(readerWords("can't attend"));
  });

  it('reads "op" as the operation pages speak of, but not in an op note, an op list or an OP clinic', () => {
    expect(readerWords('sick note after his hip op')).toContain('operation');
    expect(readerWords('two ops cancelled')).toContain('operations');
    expect(readerWords('who writes the op note')).toContain('op');
    expect(readerWords('op list overrun')).toContain('op');
    expect(readerWords('OP clinic letter late')).not.toContain('operation');
    expect(readerWords('patient discharged from OP')).not.toContain('operation');
    expect(readerWords('OP follow up not booked')).not.toContain('operation');
    expect(readerWords('post op follow up')).toContain('operation');
    expect(readerWords('how long from referral to op')).toContain('operation');
  });

  it('takes words that are also names of built-in objects as plain words', () => {
    const plan = planQuery('constructor toString hospital', language);
    expect(allWordsQuery(plan)).toBe('hospital');
    expect(plan.unknown).toEqual(['constructor', 'tostring']);
  });

  it('keeps a known phrase together, with its other names', () => {
    const plan = planQuery('my patient was told to use choose and book', language);
    const phrase = plan.parts.find((p) => p.words.includes('choose'));
    expect(allWordsQuery(plan)).toBe('patient choose and book');
    expect(phrase?.words).toEqual(['choose', 'and', 'book']);
    expect(phrase?.alternatives).toContainEqual(['e-rs']);
    expect(plan.unknown).toEqual(['use']);
  });

  it('knows a phrase in another form of its words, and searches it by its other names', () => {
    const plan = planQuery('discharge summaries late', {
      ...language,
      phrases: [...language.phrases, ['discharge summary', 'discharge letter']],
    });
    expect(plan.parts[0]?.words).toEqual(['discharge', 'summary']);
    expect(plan.parts[0]?.alternatives).toEqual([['discharge', 'letter']]);
  });

  it('knows a one-word name only as written or with an "s", not by its stem', () => {
    const trusts = {
      ...language,
      words: { ...language.words, provided: 3, trust: 9, trusts: 4 },
      phrases: [...language.phrases, ['provider', 'trust']],
    };
    expect(planQuery('what must be provided', trusts).parts[0]?.alternatives).toEqual([]);
    expect(planQuery('trusts', trusts).parts[0]?.alternatives).toEqual([['provider']]);
  });

  it('keeps "not" inside a phrase it belongs to', () => {
    const plan = planQuery('did not attend', language);
    expect(plan.parts[0]?.words).toEqual(['did', 'not', 'attend']);
    expect(plan.parts[0]?.alternatives).toEqual([['dna']]);
  });

  it('corrects a misspelt word to the nearest indexed word, for "Did you mean"', () => {
    const plan = planQuery('dischage sumary', language);
    expect(plan.corrections).toEqual([
      { from: 'dischage', to: 'discharge' },
      { from: 'sumary', to: 'summary' },
    ]);
    expect(correctedQuery('Dischage sumary', plan)).toBe('discharge summary');
  });

  it('reads two words typed as one as the name readers use, and says so', () => {
    const plan = planQuery('hospital said GP does the fitnote', language);
    expect(plan.corrections).toEqual([{ from: 'fitnote', to: 'fit note' }]);
    expect(plan.parts.map((p) => p.words)).toEqual([['hospital'], ['fit', 'note']]);
    expect(correctedQuery('hospital said GP does the fitnote', plan)).toBe(
      'hospital said gp does the fit note',
    );
    expect(planQuery('clinicletters', language).corrections).toEqual([
      { from: 'clinicletters', to: 'clinic letters' },
    ]);
  });

  it('does not split a word into two that name nothing together', () => {
    // "blood" and "test" are both on pages, but no name readers use is "blood test" here.
    const plan = planQuery('bloodtest', language);
    expect(plan.corrections).toEqual([]);
    expect(plan.unknown).toEqual(['bloodtest']);
  });

  it('does not correct an abbreviation typed in capitals into an ordinary word', () => {
    const lefts = { ...language, words: { ...language.words, lefts: 4, repeat: 9 } };
    // An abbreviation no page uses and no general word stands for (GENERAL_TERMS).
    const plan = planQuery('repeat LDFTs', lefts);
    expect(plan.corrections).toEqual([]);
    expect(plan.unknown).toEqual(['ldfts']);
    // Typed in lower case, or a whole question in capitals, it is corrected as any word is.
    expect(planQuery('repeat ldfts', lefts).corrections).toEqual([{ from: 'ldfts', to: 'lefts' }]);
    expect(planQuery('DISCHAGE SUMARY', language).corrections).toHaveLength(2);
    expect(planQuery('Dischage SUMARY please', language).corrections).toHaveLength(2);
    // An unknown abbreviation alone does not fall back to searching the question's filler words.
    expect(planQuery('what are LDFTs', lefts).parts).toEqual([]);
  });

  it('searches a named test or specialty no page uses as the general word pages use', () => {
    const scans = { ...language, words: { ...language.words, scan: 4, specialty: 2 } };
    const plan = planQuery('MRI outcome', scans);
    expect(allWordsQuery(plan)).toBe('scan result');
    expect(plan.broadened).toEqual([
      { from: 'mri', to: 'scan' },
      { from: 'outcome', to: 'result' },
    ]);
    expect(plan.unknown).toEqual([]);
    expect(broadenedNotice(plan)).toBe(
      'No page uses ‘mri’ or ‘outcome’, so ‘mri’ was searched as ‘scan’ and ‘outcome’ as ‘result’.',
    );
    // In the singular too; a short name as its specialty's full name when a page uses that.
    expect(allWordsQuery(planQuery('x-rays', scans))).toBe('scan');
    expect(allWordsQuery(planQuery('derm referral', scans))).toBe('specialty referral');
    const derm = { ...scans, words: { ...scans.words, dermatology: 1 } };
    expect(allWordsQuery(planQuery('derm referral', derm))).toBe('dermatology referral');
    const msk = { ...scans, words: { ...scans.words, musculoskeletal: 1 } };
    expect(allWordsQuery(planQuery('MSK referral', msk))).toBe('musculoskeletal referral');
    // An outcome is a result only of a scan or test.
    expect(planQuery('referral outcome', scans).broadened).toEqual([]);
    expect(planQuery('derm referral outcome', scans).broadened).toEqual([
      { from: 'derm', to: 'specialty' },
    ]);
    expect(
      broadenedNotice(planQuery('MRI CT echo', { ...scans, words: { ...scans.words, test: 3 } })),
    ).toBe(
      'No page uses ‘mri’, ‘ct’ or ‘echo’, so ‘mri’ and ‘ct’ were searched as ‘scan’ and ‘echo’ as ‘test’.',
    );
    // "Endo" is endoscopy or endocrinology: left out, not read as either or corrected.
    const endo = planQuery('endo list', { ...scans, words: { ...scans.words, ends: 3 } });
    expect(endo.unknown).toContain('endo');
    expect(endo.corrections).toEqual([]);
    // A word the pages use is searched as it is.
    const used = planQuery('MRI results', { ...language, words: { ...language.words, mri: 2 } });
    expect(allWordsQuery(used)).toBe('mri results');
    expect(used.broadened).toEqual([]);
  });

  it('searches an everyday word no page uses as the word the pages use for it', () => {
    const pages = {
      ...language,
      words: { ...language.words, responsible: 9, missed: 7, work: 20 },
    };
    const liable = planQuery("who's liable for the prescription", pages);
    expect(allWordsQuery(liable)).toBe('responsible prescription');
    expect(broadenedNotice(liable)).toBe(
      'No page uses ‘liable’, so it was searched as ‘responsible’.',
    );
    // A cert for the employer is a fit note for work; a skipped appointment a missed one.
    expect(allWordsQuery(planQuery('certs for my employer', pages))).toBe('fit note work');
    expect(allWordsQuery(planQuery('skipped my clinic', pages))).toBe('missed clinic');
    // The specialist the reader "saw" is who they were "seen" by (at a clinic appointment:
    // search-rephrase.ts's `seenInClinic`; "appointment" is not in these pages' words).
    expect(
      allWordsQuery(
        planQuery('saw the specialist', {
          ...pages,
          words: { ...pages.words, seen: 9, specialist: 12 },
        }),
      ),
    ).toBe('seen specialist clinic');
    // Jargon is what a reader does not understand; histology is a test.
    const more = {
      ...pages,
      words: { ...pages.words, understand: 4, test: 30, letter: 20, administrative: 5 },
    };
    expect(allWordsQuery(planQuery('letter full of jargon', more))).toBe('letter understand');
    // "Admin" reasons are administrative ones.
    expect(allWordsQuery(planQuery('rejected for admin reasons', more))).toBe(
      'rejected administrative',
    );
    expect(allWordsQuery(planQuery('histology', more))).toBe('test');
    // Only a cert is a fit note: a death certificate is not.
    expect(allWordsQuery(planQuery('death certificate', pages))).not.toContain('fit note');
    // Only while no page uses the reader's word.
    const used = { ...pages, words: { ...pages.words, liable: 1 } };
    expect(allWordsQuery(planQuery('liable', used))).toBe('liable');
  });
  it('says which words were left out, once each', () => {
    const plan = planQuery('fit note zzqxv zzqxv wwvvq', language);
    expect(leftOutNotice(plan)).toBe('No page uses ‘zzqxv’ or ‘wwvvq’, so they were left out.');
    expect(leftOutNotice(planQuery('fit note', language))).toBeUndefined();
  });

  it('reads a hyphenated word no page uses by its parts, without a prefix that only says when', () => {
    expect(allWordsQuery(planQuery('post-discharge letter', language))).toBe('discharge letter');
    expect(allWordsQuery(planQuery('hospital-summary', language))).toBe('hospital summary');
    expect(allWordsQuery(planQuery('discharge-to-hospital letter', language))).toBe(
      'discharge hospital letter',
    );
    // Not a prefix that turns it round: "non-urgent" is not "urgent".
    const urgent = { ...language, words: { ...language.words, urgent: 5, amoxiclav: 1 } };
    const notUrgent = planQuery('non-urgent referral', urgent);
    expect(allWordsQuery(notUrgent)).toBe('referral');
    expect(notUrgent.unknown).toEqual(['non-urgent']);
    // Nor with a part of one or two letters, nor unless every part is known: left out whole.
    expect(planQuery('co-amoxiclav', urgent).unknown).toEqual(['co-amoxiclav']);
    expect(planQuery('zzq-hospital letter', language).unknown).toEqual(['zzq-hospital']);
    expect(allWordsQuery(planQuery('e-RS', language))).toContain('e-rs');
  });

  it('reads “post” or “pre” before an operation or an event as when, not as mail', () => {
    const mail = { ...language, words: { ...language.words, post: 6, operation: 5 } };
    expect(allWordsQuery(planQuery('clinic letter post MI', mail))).toBe('clinic letter');
    expect(allWordsQuery(planQuery('pre op letter', mail))).toBe('operation letter');
    expect(allWordsQuery(planQuery('letters by post', mail))).toBe('letters post');
    // Posting done: "post" is the verb.
    expect(allWordsQuery(planQuery('can we post discharge summaries', mail))).toBe(
      'post discharge summaries',
    );
    // After, however it is said around.
    expect(allWordsQuery(planQuery('what to do post op', mail))).toBe('operation');
    expect(allWordsQuery(planQuery('the post discharge letter', mail))).toBe('discharge letter');
  });

  it('does not mend an English word spelt right into a word pages use', () => {
    const english = withRealWords(
      { ...language, words: { ...language.words, through: 30, directory: 2 } },
      ['though', 'directors'],
    );
    const plan = planQuery('discharge summary though directors refferal', english);
    expect(allWordsQuery(plan)).toBe('discharge summary referral');
    expect(plan.corrections).toEqual([{ from: 'refferal', to: 'referral' }]);
    expect(plan.unknown).toEqual(['though', 'directors']);
    // Nor searched as the beginning of a word pages use, said last.
    const policy = withRealWords({ ...language, words: { ...language.words, policy: 3 } }, [
      'police',
    ]);
    expect(planQuery('clinic letter for the police', policy).unknown).toEqual(['police']);
    // Kept when the words on one page only are joined in.
    expect(withRareWords(english, ['zzq']).realWords).toEqual(['though', 'directors']);
  });

  it('weighs a phrase of a common word and a rarer filler word as a phrase, not as its common word', () => {
    const work = {
      ...language,
      words: { ...language.words, off: 10, work: 80, weeks: 30 },
      phrases: [...language.phrases, ['off work']],
    };
    const [offWork] = planQuery('off work', work).parts;
    const [weeks] = planQuery('weeks', work).parts;
    expect(offWork!.words).toEqual(['off', 'work']);
    expect(offWork!.weight).toBeGreaterThan(weeks!.weight);
  });

  it('leaves out a word no page uses when nothing is near', () => {
    const plan = planQuery('hospital zzqxv referral', language);
    expect(allWordsQuery(plan)).toBe('hospital referral');
    expect(plan.unknown).toEqual(['zzqxv']);
  });

  it('weighs rare words above words on nearly every page', () => {
    const plan = planQuery('hospital rejected referral', language);
    const weight = (w: string) => plan.parts.find((p) => p.words[0] === w)!.weight;
    expect(weight('rejected')).toBeGreaterThan(weight('referral'));
    expect(weight('referral')).toBeGreaterThan(weight('hospital'));
  });

  it('weighs the reader’s own counts and times no more than a word on half the pages', () => {
    const withCounts = {
      ...language,
      words: { ...language.words, tablets: 12, '3': 1, five: 1, twice: 1, yesterday: 1, '2017': 1 },
    };
    const plan = planQuery(
      'only 3 days of tablets five weeks after, missed twice, came home yesterday',
      withCounts,
    );
    const weight = (w: string) => plan.parts.find((p) => p.words[0] === w)!.weight;
    // As a word on half the pages: log(1 + 100 / 50).
    for (const count of ['3', 'five', 'twice', 'yesterday'])
      expect(weight(count), count).toBeCloseTo(Math.log(3));
    // A year names an edition of the contract, and 111 a service: as rare as they are.
    for (const named of ['2017', '111'])
      expect(
        planQuery(`${named} tablets`, { ...withCounts, words: { ...withCounts.words, 111: 1 } })
          .parts[0]!.weight,
        named,
      ).toBeGreaterThan(weight('tablets'));
  });

  it('weighs a phrase readers use as a word on a few pages, however common its words', () => {
    const pickUp = {
      ...language,
      words: { ...language.words, pick: 40, up: 70, ward: 10 },
      phrases: [...language.phrases, ['did not pick up']],
    };
    const plan = planQuery("patient didn't pick up on the ward, discharge to GP?", pickUp);
    const weight = (w: string) => plan.parts.find((p) => p.words.includes(w))!.weight;
    expect(plan.parts.map((p) => p.words.join(' '))).toContain('did not pick up');
    expect(weight('pick')).toBeGreaterThan(weight('ward'));
    // Not a phrase whose every word is on most pages: its other names are everywhere too.
    const common = {
      ...pickUp,
      words: { ...pickUp.words, gp: 80, practice: 70 },
      phrases: [...pickUp.phrases, ['GP practice', 'surgery']],
    };
    const practice = planQuery('GP practice ward', common);
    expect(practice.parts.find((p) => p.words.includes('practice'))!.weight).toBeLessThan(
      practice.parts.find((p) => p.words.includes('ward'))!.weight,
    );
    // Its words typed apart are weighed as words.
    const apart = planQuery('pick up ward', pickUp);
    expect(apart.parts.find((p) => p.words.includes('pick'))!.weight).toBeLessThan(
      apart.parts.find((p) => p.words.includes('ward'))!.weight,
    );
  });

  it('searches a contract clause with its sub-number together, weighed as the clause', () => {
    const plan = planQuery('SC11.4 wording', language);
    expect(plan.parts[0]).toEqual({
      words: ['sc11', '4'],
      alternatives: [['sc11']],
      weight: planQuery('SC11', language).parts[0]!.weight,
    });
    // A clause no page names goes with its sub-number: "2" alone would find every page with a two.
    const unnamed = planQuery('GC9.2 hospital', language);
    expect(allWordsQuery(unnamed)).toBe('hospital');
    expect(unnamed.unknown).toEqual(['gc9']);
    // A sub-number no page has, or a deeper one, is not searched alone nor said to be left out.
    const unindexed = planQuery('SC11.7 hospital', language);
    expect(allWordsQuery(unindexed)).toBe('sc11 hospital');
    expect(unindexed.unknown).toEqual([]);
    expect(allWordsQuery(planQuery('SC11.4.2 hospital', language))).toBe('sc11 4 hospital');
  });

  it('reads an abbreviation dictated letter by letter as the word pages use', () => {
    const spoken = { ...language, words: { ...language.words, gp: 50, bma: 4, 'a&e': 9, is: 60 } };
    expect(allWordsQuery(planQuery('what does the b m a say', spoken))).toBe('bma');
    expect(allWordsQuery(planQuery('ask the g p to do a blood test', spoken))).toBe(
      'gp blood test',
    );
    expect(allWordsQuery(planQuery('sent to a and e', spoken))).toBe('a&e');
    // A letter that is a word itself joins only if the letters after it make nothing as long, and
    // never into a filler word: "a d n a" is "a dna", not "ad", and "a t t o" not "at to".
    const words = { ...spoken.words, ad: 3, dna: 5, tto: 4, nhs: 20, number: 9 };
    const articles = { ...spoken, words };
    expect(spelledOut(['is', 'a', 'g', 'p'], articles)).toEqual(['is', 'a', 'gp']);
    expect(spelledOut(['was', 'a', 'd', 'n', 'a'], articles)).toEqual(['was', 'a', 'dna']);
    expect(allWordsQuery(planQuery('is a t t o needed', articles))).toBe('tto');
    expect(allWordsQuery(planQuery('do I need a n h s number', articles))).toBe('nhs number');
    // Letters that make no word pages use are left as they are.
    expect(spelledOut(['plan', 'b', 'c'], spoken)).toEqual(['plan', 'b', 'c']);
    // Only words on two pages or more: the join is the same with the common words alone, which a
    // key press plans with, and needs no word on one page (a "bm" on one page is not joined).
    const rare = { ...articles, words: { ...words, bm: 1 } };
    const partial: SearchLanguage = { ...articles, partial: true };
    expect(spelledOut(['the', 'b', 'm'], rare)).toEqual(['the', 'b', 'm']);
    expect(spelledOut(['ask', 'a', 'g', 'p', 'the', 'b', 'm'], partial)).toEqual([
      'ask',
      'a',
      'gp',
      'the',
      'b',
      'm',
    ]);
  });

  it('searches a clause that pages name with its sub-number as the one word the index holds', () => {
    // "SC11.5" is on two pages, so the index holds "sc115": every page with "SC11" and a five is
    // not what the reader asked for.
    const named = { ...language, words: { ...language.words, '5': 40, sc115: 2, sc62a: 1 } };
    for (const typed of ['SC11.5', 'sc11.5 clause', 'what does SC11.5 say'])
      expect(planQuery(typed, named).parts[0]).toMatchObject({
        words: ['sc115'],
        alternatives: [],
      });
    expect(allWordsQuery(planQuery('SC11.5 discharge', named))).toBe('sc115 discharge');
    // However the clause is written.
    for (const typed of ['SC 11.5', 'service condition 11.5', 'Service Condition 11.5 wording'])
      expect(planQuery(typed, named).parts[0]).toMatchObject({ words: ['sc115'] });
    // A sub-number with a letter, as the 2018/19 contract numbers some.
    expect(allWordsQuery(planQuery('SC6.2A', named))).toBe('sc62a');
    // Weighed as the rare word it is, above the clause alone.
    expect(planQuery('SC11.5', named).parts[0]!.weight).toBeGreaterThan(
      planQuery('SC11', named).parts[0]!.weight,
    );
  });

  it('searches a word still being typed as the beginning of words pages use', () => {
    const typing = planQuery('discharge summ', language, { typing: true });
    expect(typing.parts.map((p) => p.words)).toEqual([['discharge'], ['summ']]);
    expect(typing.unknown).toEqual([]);
    expect(typing.corrections).toEqual([]);
    // Weighed as the most used word it begins.
    expect(typing.parts[1]!.weight).toBeCloseTo(planQuery('summary', language).parts[0]!.weight);
    // Pagefind matches the beginning of a stem: past the stem ("appoint"), the word it begins is
    // searched, and a word that begins none is a slip to mend.
    const appointments: SearchLanguage = {
      ...language,
      words: { ...language.words, appointment: 10, appointments: 4 },
    };
    const completed = planQuery('clinic appointm', appointments, { typing: true });
    expect(allWordsQuery(completed)).toBe('clinic appointment');
    // The search page says so; a word searched as its own beginning needs no word.
    expect(completedNotice(completed)).toBe('‘appointm’ was searched as ‘appointment’.');
    expect(completedNotice(typing)).toBeUndefined();
    expect(planQuery('dischargi', language, { typing: true }).corrections).toEqual([
      { from: 'dischargi', to: 'discharge' },
    ]);
    // Only the last word, with nothing after it.
    expect(planQuery('discharge summ ', language, { typing: true }).unknown).toEqual(['summ']);
    expect(planQuery('summ discharge', language, { typing: true }).unknown).toEqual(['summ']);
    // A slip that begins no word is mended as before.
    expect(planQuery('discharge sumary', language, { typing: true }).corrections).toEqual([
      { from: 'sumary', to: 'summary' },
    ]);
  });

  it('does not read as a beginning a specialty by its short name, or an abbreviation in capitals', () => {
    const withSpecialty: SearchLanguage = {
      ...language,
      words: { ...language.words, respiratory: 3, responsible: 20, spreadsheet: 4 },
    };
    const resp = planQuery('refer to resp', withSpecialty, { typing: true });
    expect(resp.broadened).toEqual([{ from: 'resp', to: 'respiratory' }]);
    const spr = planQuery('letter from the SpR', withSpecialty, { typing: true });
    expect(allWordsQuery(spr)).toBe('letter');
    expect(spr.unknown).toEqual(['spr']);
  });

  it('reads the last word of a query asked in full as a beginning only when nothing else fits', () => {
    // "summ": no page, nothing near, but it begins "summary".
    expect(allWordsQuery(planQuery('discharge summ', language))).toBe('discharge summ');
    // Shorter than four letters, it is left out as before: "op", "ref" are words of their own.
    expect(planQuery('letter di', language).unknown).toEqual(['di']);
    expect(allWordsQuery(planQuery('letter di', language, { typing: true }))).toBe('letter di');
  });

  it('searches what was typed when it is all filler words', () => {
    expect(allWordsQuery(planQuery('did not', language))).toBe('did not');
  });
});

describe('planWithRareWords', () => {
  // The vocabulary as the build writes it: the words on one page only in a file of their own.
  const rare = ['methotrexate', 'azathioprine', '1073', 'e-referral', 'summarise'];
  const commonWords = { ...language.words, ereferral: 3 };
  const whole: SearchLanguage = {
    ...language,
    words: { ...commonWords, ...Object.fromEntries(rare.map((w) => [w, 1])) },
  };
  const common: SearchLanguage = { ...language, words: commonWords, partial: true };
  const planned = async (text: string) => {
    let loads = 0;
    const plan = await planWithRareWords(text, common, async () => {
      loads++;
      return withRareWords(common, rare);
    });
    return { plan, loads };
  };

  it('plans with the common words alone when every word looked up is one of them', async () => {
    for (const text of ['how long for a discharge summary', 'DNA letter', 'fit note', 'did not']) {
      const { plan, loads } = await planned(text);
      expect(loads, text).toBe(0);
      expect(plan, text).toEqual(planQuery(text, whole));
    }
  });

  it('plans a word still being typed without the rare words, as with them', async () => {
    // "summar" begins "summary" (common) and "summarise" (rare): only the common words are read.
    for (const text of ['discharge summ', 'discharge summar', 'hospital di']) {
      let loads = 0;
      const plan = await planWithRareWords(
        text,
        common,
        async () => {
          loads++;
          return withRareWords(common, rare);
        },
        { typing: true },
      );
      expect(loads, text).toBe(0);
      expect(plan, text).toEqual(planQuery(text, whole, { typing: true }));
    }
  });

  it('loads the rare words for any other word, and plans as with the whole vocabulary', async () => {
    // A rare word, a slip for one, a slip for a common word (the nearest might have been rare),
    // a number on one page, a word no page has, and a hyphenated word found only with its hyphen.
    for (const text of [
      'methotrexate monitoring',
      'methotrexat bloods',
      'dischage sumary',
      'document 1073',
      'mum confused',
      'e-referral letter',
    ]) {
      const { plan, loads } = await planned(text);
      expect(loads, text).toBe(1);
      expect(plan, text).toEqual(planQuery(text, whole));
    }
    expect((await planned('methotrexat')).plan.corrections).toEqual([
      { from: 'methotrexat', to: 'methotrexate' },
    ]);
  });

  it('still plans when the rare words cannot load, searching a word it lacks as typed', async () => {
    const failing = () => Promise.reject(new Error('offline'));
    // "methotrexate" is on one page: neither mended into another word nor said to be on none.
    const plan = await planWithRareWords('methotrexate letter', common, failing);
    expect(allWordsQuery(plan)).toBe('methotrexate letter');
    expect(plan.corrections).toEqual([]);
    expect(plan.unknown).toEqual([]);
    expect(allWordsQuery(await planWithRareWords('discharge summary', common, failing))).toBe(
      'discharge summary',
    );
  });

  it('joins the two files into the vocabulary one file held, in the same order', () => {
    const joined = withRareWords(common, rare);
    expect(joined.partial).toBeUndefined();
    const sorted = Object.entries(whole.words).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(Object.keys(joined.words)).toEqual(Object.keys(Object.fromEntries(sorted)));
    expect(joined.words).toEqual(whole.words);
  });
});

describe('words', () => {
  it('splits as the vocabulary does, keeping A&E and e-RS whole', () => {
    expect(textWords('A&E letter; e-RS’s "referral"')).toEqual([
      'a&e',
      'letter',
      'e-rs',
      'referral',
    ]);
  });

  it('knows a word in another form, as Pagefind stems it', () => {
    expect(knownWord('referrals', language)).toBe(40);
    expect(knownWord('tested', language)).toBe(12);
    expect(knownWord('zebra', language)).toBeUndefined();
  });

  it('does not correct short words or words with digits', () => {
    expect(nearestWord('dnx', language)).toBeUndefined();
    expect(nearestWord('7dayz', language)).toBeUndefined();
    expect(nearestWord('perscription', language)).toBe('prescription');
  });

  it('corrects a four-letter word only for a doubled letter or a swapped pair', () => {
    const short = { ...language, words: { ...language.words, plain: 3, miss: 4, rare: 2 } };
    expect(nearestWord('blod', short)).toBe('blood');
    expect(nearestWord('tset', short)).toBe('test');
    expect(nearestWord('boko', { ...short, words: { ...short.words, book: 5 } })).toBe('book');
    // One letter changed or added: as often another word.
    expect(nearestWord('pain', short)).toBeUndefined();
    expect(nearestWord('mass', short)).toBeUndefined();
    expect(nearestWord('rate', short)).toBeUndefined();
    // Five letters or more, one letter may differ.
    expect(nearestWord('leter', short)).toBe('letter');
  });

  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('summary', 'sumary')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});
