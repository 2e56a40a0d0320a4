import { describe, expect, it } from 'vitest';
import { askedAs, asksForTool, heardNotice } from './search-asker.ts';

describe('askedAs', () => {
  it('hears a patient in what only a patient calls their own, or says of their own care', () => {
    expect(askedAs('do I need my GP to refer me')).toBe('patient');
    expect(askedAs('who do I phone about my operation date')).toBe('patient');
    expect(askedAs('hospital told me to ring my doctor for my blood results')).toBe('patient');
    expect(askedAs('forgot my apointment at the hospital')).toBe('patient');
    expect(askedAs('I was discharged on Friday with no tablets')).toBe('patient');
    expect(askedAs('how many tablets will the hospital give me when I go home')).toBe('patient');
    expect(askedAs('off work after surgery, who signs me off')).toBe('patient');
  });

  it('hears a patient in their own things a word or two after "my"', () => {
    expect(askedAs('who do I ask for my MRI results')).toBe('patient');
    expect(askedAs('will I get a copy of the letter after my outpatients visit')).toBe('patient');
    expect(askedAs('consultant started me on new tablets')).toBe('patient');
    // A team's word in reach makes it the team's; a patient in between makes it someone else's.
    expect(askedAs('my results inbox is full of tests the hospital ordered')).toBe('gp');
    expect(askedAs("my patient's results never came")).toBeUndefined();
  });

  it('hears a carer speaking of a relative', () => {
    expect(askedAs('my husband was discharged without his medicines')).toBe('patient');
    expect(askedAs('dad got sent home from the ward with no meds')).toBe('patient');
  });

  it('hears a GP practice naming the hospital as the other side', () => {
    expect(askedAs('my patient was told to ask me for their hospital results')).toBe('gp');
    expect(askedAs('hospital rejected our referral')).toBe('gp');
    expect(askedAs('hosp told pt to ring us for the report')).toBe('gp');
    expect(askedAs('patients ringing my practice about hospital appointments')).toBe('gp');
  });

  it('hears a hospital team naming the GP as the other side', () => {
    expect(askedAs('can I ask the GP to take over prescribing for my patient')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('is it me or the GP who tells the patient about the scan I requested')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('how practices can reach our consultants')).toBe('hospital-clinician');
  });

  it('hears a GP practice in a specialty asking something of "us"', () => {
    expect(askedAs('gastro asks us to refer to the colorectal surgeons')).toBe('gp');
    expect(askedAs('a reply from urology says we must use e-RS')).toBe('gp');
    // Where a patient is sent is not who is speaking: a hospital team refers on too.
    expect(askedAs('can we refer to cardiology directly')).toBeUndefined();
  });

  it('hears, when both sides are named, the side that acts as the other one', () => {
    expect(askedAs('rheumatology letter says GP to continue methotrexate, are we obliged')).toBe(
      'gp',
    );
    expect(askedAs('the GP asked us to see him urgently, can we')).toBe('hospital-clinician');
    // Without "we" or "I": one side sending the patient to the other.
    expect(askedAs('ortho told the patient to come to the GP for a fit note')).toBe('gp');
  });

  it('hears a hospital team in what only a hospital team does', () => {
    expect(askedAs('patient did not attend twice, can I just discharge back to the GP')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('we received a paper referral, can we send it back')).toBe('hospital-clinician');
    expect(askedAs('how do I hand over DMARD prescribing to the GP')).toBe('hospital-clinician');
    expect(askedAs('do I need to write to the GP')).toBeUndefined();
    // A patient leaflet speaks of "your GP": the GP is the reader's, not the other side.
    expect(askedAs('leaflet for patients on what happens when your GP refers you')).toBeUndefined();
  });

  it('hears a manager in what a manager calls their own', () => {
    expect(askedAs('benchmark our trust against the requirements')).toBe('manager');
    expect(askedAs('what should our ICB ask of providers')).toBe('manager');
    expect(askedAs('is our acute trust meeting the GP requirements')).toBe('manager');
  });

  it('believes a reader who says who they are', () => {
    expect(askedAs("I'm a GP, who chases the hospital's tests")).toBe('gp');
    expect(askedAs('as a consultant do I issue fit notes')).toBe('hospital-clinician');
    expect(askedAs("I'm a hospital consultant, can the GP do the bloods")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('I am an ST3 registrar')).toBe('hospital-clinician');
    expect(askedAs("I'm a practice manager, the hospital keeps sending work")).toBe('gp');
    expect(askedAs('I work in a GP practice, who chases results')).toBe('gp');
    expect(askedAs('FY1 here - deadline for the discharge letter')).toBe('hospital-clinician');
    expect(askedAs('practice manager here, the hospital keeps sending work')).toBe('gp');
    expect(askedAs('is the patient here')).toBeUndefined();
    // A place says more than a job, and the description ends where the next clause begins.
    expect(askedAs("I'm a receptionist at the hospital")).toBe('hospital-clinician');
    expect(askedAs("I'm a registrar in general practice")).toBe('gp');
    expect(askedAs("I'm a doctor, my patient's GP wants a letter")).toBe('hospital-clinician');
    expect(askedAs('what are my rights as a patient if the hospital cancels')).toBe('patient');
    expect(askedAs('can I as a patient get a copy of the hospital letter')).toBe('patient');
  });

  it('hears a family speaking as "we" and "our" of their own care', () => {
    expect(askedAs('we were discharged from the hospital without a letter')).toBe('patient');
    expect(askedAs('I have been referred twice')).toBe('patient');
    expect(askedAs('patients have been discharged without letters')).toBeUndefined();
    expect(askedAs('our GP says the hospital must prescribe')).toBe('patient');
    expect(askedAs('our hospital appointment was cancelled')).toBeUndefined();
  });

  it('does not take a patient returning to work for staff', () => {
    expect(askedAs('can I go back to work at the hospital after my operation')).toBe('patient');
    expect(askedAs('when can I return to work in a GP practice after surgery')).toBeUndefined();
    expect(askedAs('am I a patient of the trust')).toBeUndefined();
  });

  it('makes no guess when the question could be anyone’s', () => {
    expect(askedAs('discharge summary')).toBeUndefined();
    expect(askedAs('GP declined to take on lithium')).toBeUndefined();
    expect(askedAs('my consultant asked me to refer')).toBeUndefined();
    expect(askedAs('my care home residents discharged at night')).toBeUndefined();
    // Both sides named as the other: the speaker is neither, or both.
    expect(askedAs('I want the hospital and the GP to talk to each other')).toBeUndefined();
    // A patient participation group is patients and their practice together.
    expect(
      askedAs('our patient group wants to survey patients about hospital care'),
    ).toBeUndefined();
    // Said of the patient, not by them.
    expect(askedAs('patient going home from the ward without a letter to me')).toBeUndefined();
    expect(askedAs('when can the patient see the consultant')).toBeUndefined();
    // "I" alone naming one side is a patient's question as often as a GP's or a consultant's.
    expect(askedAs('when will I hear from the hospital')).toBeUndefined();
    expect(askedAs('how can I complain about the hospital')).toBeUndefined();
    expect(askedAs('should I chase the GP for the results')).toBeUndefined();
    // "Such as a GP" is not a reader saying who they are.
    expect(askedAs('who counts as a carer')).toBeUndefined();
    expect(askedAs('can someone such as a GP refer')).toBeUndefined();
  });

  it('does not take a patient’s operation or their GP practice for a practice’s own', () => {
    expect(askedAs('when is my surgery')).toBeUndefined();
    expect(askedAs('off work after my surgery')).toBeUndefined();
    expect(askedAs('my practice will not give me an appointment')).toBe('patient');
    expect(askedAs('our surgery has no hospital contact')).toBe('gp');
  });
});

describe('heardNotice', () => {
  it('says whose pages come first, why, and how to change it', () => {
    expect(heardNotice('gp')).toBe(
      'Pages for GP practices are ranked higher because your search sounds like it is from a GP practice. If you are not a GP practice, choose who you are under ‘I am a…’.',
    );
    expect(heardNotice('patient')).toContain('If you are not a patient');
  });
});

describe('asksForTool', () => {
  it('hears a question asking for something to use', () => {
    expect(asksForTool('audit spreadsheet for discharge summaries')).toBe(true);
    expect(asksForTool('template letter to send back to the hospital')).toBe(true);
    expect(asksForTool('handout for pts about referrals')).toBe(true);
  });

  it('does not hear one in a question about the interface itself', () => {
    expect(asksForTool('who sends the clinic letter')).toBe(false);
    expect(asksForTool('discharge summary late')).toBe(false);
  });
});
