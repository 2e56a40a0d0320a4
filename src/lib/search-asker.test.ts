import { describe, expect, it } from 'vitest';
import {
  askedAs,
  asksForMeaning,
  asksForTool,
  asksOfAClause,
  asksOfTheContract,
  heardNotice,
  mayBePatients,
  sameTopicNotice,
  soundsLikeStaff,
} from './search-asker.ts';

describe('askedAs', () => {
  it('hears a patient in what only a patient calls their own, or says of their own care', () => {
    expect(askedAs('do I need my GP to refer me')).toBe('patient');
    expect(askedAs('who do I phone about my operation date')).toBe('patient');
    expect(askedAs('hospital told me to ring my doctor for my blood results')).toBe('patient');
    expect(askedAs('forgot my apointment at the hospital')).toBe('patient');
    expect(askedAs('I was discharged on Friday with no tablets')).toBe('patient');
    expect(askedAs("they've written saying I'm discharged for not turning up")).toBe('patient');
    expect(askedAs('I got discharged from clinic for missing one appointment')).toBe('patient');
    expect(askedAs('am I discharged from the fracture clinic now')).toBe('patient');
    expect(askedAs('I got referred back to my GP, is that right')).toBe('patient');
    // Not patients passed to the speaker.
    expect(askedAs('I got referred a patient with chest pain by his GP')).not.toBe('patient');
    expect(askedAs("I'm referred patients by GPs without bloods")).not.toBe('patient');
    expect(askedAs("I'm referred 20 patients a week without a history")).not.toBe('patient');
    expect(askedAs('I got referred this patient with no bloods')).not.toBe('patient');
    expect(askedAs("I'm referred back patients the GP should manage")).not.toBe('patient');
    expect(askedAs('was I referred this patient appropriately under the 2WW')).not.toBe('patient');
    expect(askedAs('how many tablets will the hospital give me when I go home')).toBe('patient');
    expect(askedAs('off work after surgery, who signs me off')).toBe('patient');
  });

  it('hears the role a question says it is asked in, when the speaker has two', () => {
    // A family's, though a job is named.
    expect(
      askedAs("I'm a staff nurse myself but this is about my dad: who signs his sick note"),
    ).toBe('patient');
    expect(askedAs('I work in the trust pharmacy (this is as her son): who do we ring')).toBe(
      'patient',
    );
    expect(askedAs("GP by day, here I'm just her daughter - how long for the clinic letter")).toBe(
      'patient',
    );
    expect(askedAs('not a work question: my mum was discharged with no tablets')).toBe('patient');
    // The job's, though a family is named.
    expect(
      askedAs(
        'practice nurse - work question, though my wife had the same: patient sent home with no TTOs',
      ),
    ).toBe('gp');
    expect(
      askedAs("my own dad's letter took weeks; in my GP role, how long may clinic letters take"),
    ).toBe('gp');
    expect(
      askedAs('with my practice hat on, not my mum: who chases a missing discharge summary'),
    ).toBe('gp');
    expect(
      askedAs('asking as the ward manager, not for my nan: what goes in the discharge summary'),
    ).toBe('hospital-clinician');
    // An aside on the speaker's family, in brackets or after the question, when the rest says a job.
    expect(
      askedAs('receptionist here (my gran is a patient too) - who answers hospital queries'),
    ).toBe('gp');
    expect(
      askedAs(
        'F2 on the surgical ward: can I hold the discharge summary for the histology? My dad had that happen.',
      ),
    ).toBe('hospital-clinician');
    // Not a family's own asked about, nor a family asking as one.
    expect(askedAs("asking as my dad's carer, who do we call about his letter")).toBe('patient');
    expect(askedAs('Practice nurse: how long should a 2ww referral take? Asking for my dad.')).toBe(
      'patient',
    );
    expect(askedAs('speaking as a nurse, why did my dad wait 6 weeks for his clinic letter?')).toBe(
      'patient',
    );
    expect(
      askedAs('quick work question - my employer wants a letter from my GP about my son'),
    ).toBe('patient');
    expect(askedAs('the letter was sent to me not my mum, who do I tell?')).toBe('patient');
    // "Asking as" meaning "because".
    expect(askedAs('just asking as the hospital said my GP would do the referral')).toBe('patient');
    // Someone else's relative, spoken of by staff.
    expect(
      askedAs(
        'receptionist: a man at the desk says this is his wife’s prescription, can he collect it',
      ),
    ).toBe('gp');
    expect(
      askedAs(
        "ward nurse: patient's husband rang, it's about his wife's discharge letter, who sends it",
      ),
    ).toBe('hospital-clinician');
    expect(askedAs("I'm a nurse. My mum was sent home with no tablets, who do I call?")).toBe(
      'patient',
    );
  });

  it('hears a patient in their own things a word or two after "my"', () => {
    expect(askedAs('tried to order my new hospital tablets on the NHS App as a repeat')).toBe(
      'patient',
    );
    expect(askedAs('who do I ask for my MRI results')).toBe('patient');
    expect(askedAs('will I get a copy of the letter after my outpatients visit')).toBe('patient');
    expect(askedAs('nobody rang after my clinic appointment')).toBe('patient');
    expect(askedAs('missed my OPD appt, do I need a new referral')).toBe('patient');
    expect(askedAs('GP says sending A&G instead of referring me, what does that mean')).toBe(
      'patient',
    );
    expect(askedAs('can the hospital refer me back to my GP')).toBe('patient');
    expect(askedAs('GP referred me months ago and still no date')).toBe('patient');
    // Pointed to something, or patients passed to the speaker.
    expect(askedAs('can you refer me to the guidance on shared care')).not.toBe('patient');
    expect(askedAs('GPs keep referring me inappropriate patients')).not.toBe('patient');
    expect(askedAs('consultants refer me back patients for bloods')).not.toBe('patient');
    expect(askedAs('they refer me stuff without bloods')).not.toBe('patient');
    expect(askedAs('A&E referred me 3 patients yesterday without bloods')).not.toBe('patient');
    expect(askedAs('the GP referred me someone with a simple UTI')).not.toBe('patient');
    expect(askedAs('GP wants to refer me with chest pain')).toBe('patient');
    expect(askedAs('will you refer me to a specialist')).toBe('patient');
    // Patients passed to staff.
    expect(askedAs('ED keeps referring me patients with no notes')).not.toBe('patient');
    expect(askedAs('the GP referred me a patient with no history')).not.toBe('patient');
    expect(askedAs('hosp said GP will book my f/u scan')).toBe('patient');
    expect(askedAs('who arranges my follow up appointment')).toBe('patient');
    // A consultant's follow-ups.
    expect(askedAs('my follow-up list is months behind')).toBeUndefined();
    expect(askedAs('can I discharge my follow up patients to the GP')).not.toBe('patient');
    expect(askedAs('my follow up bloods are never done by GPs')).not.toBe('patient');
    expect(askedAs('my OPD appt list is full')).not.toBe('patient');
    // A clinic's things are a consultant's.
    expect(askedAs('my clinic list is full, can I discharge stable patients to the GP')).toBe(
      'hospital-clinician',
    );
    // Where the speaker worked before, unless it is a patient's thing there.
    expect(
      askedAs('agency SHO - in my last hospital the discharge letter went home with them'),
    ).toBe('hospital-clinician');
    expect(askedAs('my last hospital appointment was cancelled')).toBe('patient');
    expect(askedAs('consultant started me on new tablets')).toBe('patient');
    expect(askedAs('the ward put me on a new inhaler')).toBe('patient');
    expect(askedAs('who gives me a sick note after my hernia operation')).toBe('patient');
    expect(askedAs('still waiting for my knee appointment')).toBe('patient');
    expect(askedAs('can the GP change my heart tablets')).toBe('patient');
    expect(askedAs('who can put me through to the ward')).toBeUndefined();
    expect(askedAs('the ward put me on hold when I rang')).toBeUndefined();
    // A team's word in reach makes it the team's; a patient in between makes it someone else's.
    // Only a test, a kind of visit, which one, "acute" or a part of the body may come between: a
    // team's things otherwise.
    expect(askedAs('our audit results are in')).toBeUndefined();
    expect(askedAs('my home visit list is full')).toBeUndefined();
    expect(askedAs('my heart clinic patients never get letters')).toBeUndefined();
    // "Our GP" is a family's; "our GP leads" a team's colleagues.
    expect(askedAs('our GP will not prescribe it')).toBe('patient');
    expect(askedAs('one of our GP leads says the deadline is 10 days')).toBeUndefined();
    // A copy of a letter or result is the patient's it is about.
    expect(askedAs('got a copy of my letter from the kidney clinic, full of jargon')).toBe(
      'patient',
    );
    expect(askedAs('the hospital sent back a copy of my referral marked rejected')).toBeUndefined();
    // After "our", a team's: "our diabetes doctor".
    expect(askedAs('can our diabetes doctor start it or must the hospital')).toBe('gp');
    // "My booking" is a patient's appointment; a specialty's list or inbox is a consultant's.
    expect(askedAs('my booking was cancelled without telling me')).toBeUndefined();
    expect(askedAs('my gastro list is full')).toBeUndefined();
    // A booking team is a hospital's, whoever else the question names.
    expect(
      askedAs('our booking team discharges after two missed appointments, as mum forgot'),
    ).toBe('hospital-clinician');
    expect(askedAs('our diabetes GP lead says the hospital should start insulin')).toBeUndefined();
    expect(askedAs('how long do I have to write my op note')).toBeUndefined();
    // "Op" is an operation, except in a surgeon's "op note" or "op list".
    expect(askedAs('who do I ring about my op date')).toBe('patient');
    expect(askedAs('is my op list too long')).toBeUndefined();
    // The specialty that sees them, between "my" and their thing.
    expect(askedAs('my orthopaedic operation was cancelled, who do I call')).toBe('patient');
    expect(askedAs('my cardiology appointment has not come through')).toBe('patient');
    expect(askedAs('our cardiology appointments are overbooked')).toBeUndefined();
    expect(askedAs('what is our procedure for hospital letters')).toBe('gp');
    expect(askedAs("my patient's results never came")).toBeUndefined();
  });

  it('hears a patient trying to reach their hospital team, with no caller named', () => {
    expect(askedAs('cant get through to the cardiology secretary')).toBe('patient');
    expect(askedAs("Couldn't get through to the clinic all week")).toBe('patient');
    expect(askedAs('cannot get through to outpatients')).toBe('patient');
    // Staff name the caller, or the patient they are calling about.
    expect(askedAs("GPs can't get through to our department")).toBe('hospital-clinician');
    expect(askedAs("we can't get through to radiology")).toBeUndefined();
    expect(askedAs("can't get through to the registrar to discuss a patient")).toBeUndefined();
    expect(askedAs('how do practices get through to the on-call team')).toBeUndefined();
    // What for, by whom or how: staff words, so no guess.
    expect(askedAs('cant get through to the ward to get a discharge summary')).toBeUndefined();
    expect(askedAs("can't get through to the secretary about a referral I sent")).toBeUndefined();
    expect(askedAs("can't get through to switchboard from the practice bypass")).toBeUndefined();
    expect(askedAs("can't get through to the GP practice to discuss a discharge")).toBeUndefined();
    expect(askedAs("can't get through on e-RS")).toBeUndefined();
    // A patient has one consultant and one secretary, and names a specialty in full.
    expect(askedAs("can't get through to the consultants")).toBeUndefined();
    expect(askedAs('cant get through to the urology secretaries all week')).toBeUndefined();
    expect(askedAs('cant get through to gastro')).toBeUndefined();
    expect(askedAs('cant get through to consultants secretary')).toBe('patient');
  });

  it('hears the team that discharges its patients or sends them home as the hospital', () => {
    expect(
      askedAs('who looks at scan results coming back on patients we have already sent home?'),
    ).toBe('hospital-clinician');
    expect(askedAs('we discharged her on Friday, who does the fit note')).toBe(
      'hospital-clinician',
    );
    expect(askedAs("I'm discharging him today without a fit note")).toBe('hospital-clinician');
    // Discharged, or discharging oneself: the patient or their family.
    expect(askedAs("now I'm discharged and need a whole new referral")).toBe('patient');
    expect(askedAs('we were sent home without tablets')).toBe('patient');
    expect(askedAs('we discharged ourselves from the ward')).not.toBe('hospital-clinician');
    expect(askedAs('my mum was discharged yesterday and we sent her home in a taxi')).toBe(
      'patient',
    );
    // Discharge that is no sending home, and a GP's patient sent home from the surgery.
    for (const said of [
      'we have discharge summaries coming in with no medication changes listed',
      'I have discharge from my ear, who do I see',
      'I sent him home with antibiotics, should the hospital see him',
      'we sent her home from the surgery, who chases the scan',
    ])
      expect(askedAs(said), said).not.toBe('hospital-clinician');
  });

  it('hears a question about the contract itself', () => {
    expect(asksOfTheContract('what does the NHS contract say about hospital phone lines')).toBe(
      true,
    );
    expect(asksOfTheContract('is SC11.4 about letters')).toBe(true);
    expect(asksOfTheContract('what does SC 11.5 say')).toBe(true);
    expect(asksOfTheContract('service condition 11.5')).toBe(true);
    expect(asksOfTheContract('what does service condition 11 say')).toBe(true);
    expect(asksOfTheContract('what condition is the patient in')).toBe(false);
    expect(asksOfTheContract('which clause covers this')).toBe(true);
    expect(asksOfTheContract("can't get through to the consultant's secretary")).toBe(false);
  });

  it('hears a question naming a clause, however it is written', () => {
    expect(asksOfAClause("LMC says the trust 'is in breach of SC11.5', is that right")).toBe(true);
    expect(asksOfAClause('what does SC 11.5 say')).toBe(true);
    expect(asksOfAClause('which service condition covers fit notes')).toBe(true);
    expect(asksOfAClause('what condition is the patient in')).toBe(false);
    // A dose given under the skin is no service condition.
    expect(asksOfAClause('methotrexate SC 25 mg weekly: who prescribes?')).toBe(false);
  });

  it('hears a question asking which part of the contract says something', () => {
    expect(asksOfAClause('what section of the contract covers fit notes')).toBe(true);
    expect(asksOfAClause('which bit of the NHS contract says they book their own bloods')).toBe(
      true,
    );
    expect(asksOfAClause('which part of the hospital do I go to')).toBe(false);
    expect(
      asksOfAClause('which section of the NHS standard contract says hospitals do their bloods'),
    ).toBe(true);
    expect(asksOfAClause('what part of the contract review meeting should I attend')).toBe(false);
  });

  it('hears a question asking what the contract itself lays down', () => {
    expect(asksOfAClause('what does the contract say about fit notes')).toBe(true);
    expect(
      asksOfAClause('discharged after a single DNA - what does the contract actually say?'),
    ).toBe(true);
    expect(asksOfAClause('is turning A&G into a referral a contract requirement?')).toBe(true);
    expect(asksOfAClause('LMC officer: contract reference for hospital fit notes')).toBe(true);
    expect(asksOfAClause('is it contractual for the trust to do its own bloods')).toBe(true);
    expect(asksOfAClause("there's no rule saying hospitals book their own scans")).toBe(true);
    expect(asksOfAClause('is there a rule that the hospital sends the fit note')).toBe(true);
    expect(asksOfAClause('is the trust contractually obliged to send a fit note')).toBe(true);
    // Another contract, a meeting about it, the word alone, or another kind of rule.
    expect(asksOfAClause('what does my GP contract say about home visits')).toBe(false);
    expect(asksOfAClause('our contract says we must do the bloods')).toBe(false);
    expect(asksOfAClause('does the PCN contract cover this')).toBe(false);
    expect(asksOfAClause('my zero hours contract says I can refuse')).toBe(false);
    expect(asksOfAClause('my contractual hours as a receptionist')).toBe(false);
    expect(asksOfAClause('is there a rule of thumb for chasing letters')).toBe(false);
    expect(asksOfAClause("what's the rule on visiting hours on the ward")).toBe(false);
    expect(asksOfAClause('agenda for the contract meeting with the trust')).toBe(false);
    expect(asksOfAClause('who holds the contract for community nursing')).toBe(false);
    expect(asksOfAClause('the ward rules on visiting')).toBe(false);
  });

  it('hears a question asking for the contract’s own words to quote', () => {
    expect(
      asksOfAClause(
        'LMC letter about late outpatient letters - exact form of words to cite the contract',
      ),
    ).toBe(true);
    expect(
      asksOfAClause("what's the exact wording in the contract about discharge summaries"),
    ).toBe(true);
    expect(asksOfAClause('can I quote the contract back to the hospital')).toBe(true);
    expect(
      asksOfAClause('GP wants the clause number on hospital fit notes for a breach notice'),
    ).toBe(true);
    expect(asksOfAClause('which clause covers this')).toBe(true);
    // Words of something else.
    expect(asksOfAClause('the wording of our letter to patients')).toBe(false);
  });

  it('hears a carer speaking of a relative by how old they are', () => {
    expect(askedAs('my 19-year-old son was started on tablets by the clinic')).toBe('patient');
    expect(askedAs('my 90 year old mum was discharged without a letter')).toBe('patient');
    expect(askedAs('our elderly dad was discharged without a letter')).toBe('patient');
    expect(askedAs('my 2 patients were discharged without a letter')).toBeUndefined();
    expect(askedAs('my 6 month old baby was referred')).toBe('patient');
    expect(askedAs('my 19 year-old daughter was referred')).toBe('patient');
    expect(askedAs('my frail elderly mother was discharged')).toBe('patient');
  });

  it('does not hear the reader in the words they quote', () => {
    // The hospital's letter, quoted by the practice that received it.
    expect(askedAs("another 'discharged to GP, re-refer if required' letter")).toBeUndefined();
    expect(askedAs('another “discharged to GP, re-refer if required” letter')).toBeUndefined();
    // Patients' words, quoted by the practice that hears them: not a patient asking.
    expect(askedAs("we get 'can my GP do it' calls from patients")).toBeUndefined();
    // An apostrophe that shortens a word or ends a plural's possessive quotes nothing.
    expect(askedAs("I rang 'cos my mum was discharged and the nurses' station said nothing")).toBe(
      'patient',
    );
    // A question typed wholly in quotes is still the reader's.
    expect(askedAs('"my op was cancelled, who do I ring"')).toBe('patient');
    expect(askedAs('"My GP won\'t refer me to the hospital"')).toBe('patient');
    expect(askedAs("I'm a GP's receptionist, the 'see your GP' letters keep coming")).toBe('gp');
  });

  it('hears a carer speaking of a relative', () => {
    expect(askedAs('my husband was discharged without his medicines')).toBe('patient');
    expect(askedAs('dad got sent home from the ward with no meds')).toBe('patient');
    // Its "'s" left out, as "mums" is.
    expect(askedAs('my sons appointment was cancelled')).toBe('patient');
    expect(askedAs('chasing my husbands scan results')).toBe('patient');
    expect(askedAs('my brother missed his clinic appointment, will they discharge him')).toBe(
      'patient',
    );
    expect(askedAs('my sister was discharged on Friday')).toBe('patient');
    expect(askedAs('I left the ward without a sick note for work, who do I ask now?')).toBe(
      'patient',
    );
    expect(askedAs('I left a message with the secretary')).toBeUndefined();
    // A clinician leaving the ward, or hospital medicine.
    expect(askedAs('when I left the ward the patient had no TTOs')).not.toBe('patient');
    expect(askedAs('I left hospital medicine for general practice')).not.toBe('patient');
  });

  it('hears a family in an aunt, uncle or cousin, and in “my referral” sent back to “the GP”', () => {
    expect(
      askedAs("aunt doesn't speak English well, the clinic told us to go back to her GP"),
    ).toBe('patient');
    expect(askedAs('my uncle was discharged without his tablets')).toBe('patient');
    expect(
      askedAs(
        "hospital sent my referral back because the GP didn't use their form, can I complain",
      ),
    ).toBe('patient');
    // A hospital doctor's referral to a specialty.
    expect(
      askedAs(
        'Urology rejected my referral and said the GP should refer instead, is that allowed?',
      ),
    ).not.toBe('patient');
    // A GP's own referral, spoken of with the patient.
    expect(askedAs('the hospital rejected my referral, do we re-refer')).toBe('gp');
    expect(
      askedAs('the consultant rejected my referral and told the patient to see the GP'),
    ).not.toBe('patient');
  });

  it('does not take someone else’s relative for the speaker’s own', () => {
    expect(
      askedAs('family really angry nan was sent home with only 3 days of her new tablets'),
    ).toBeUndefined();
    expect(askedAs('the family says dad came home without his tablets')).toBeUndefined();
    expect(askedAs('my family are worried, mum was sent home with no letter')).toBe('patient');
    // A family GP, "as a family", or one of the family speaking.
    expect(askedAs('family GP says dad needs to go back')).toBe('patient');
    expect(askedAs('as a family we were told dad would get his tablets from the GP')).toBe(
      'patient',
    );
    expect(
      askedAs("I'm his daughter, the family are upset dad was sent home without tablets"),
    ).toBe('patient');
    // "A mum", "her dad", "the patient's son": a relative of someone the speaker tells of.
    expect(
      askedAs('a mum brought in a letter from the clinic asking us to take over her son’s tablets'),
    ).toBeUndefined();
    expect(askedAs('cardiology told her dad to phone me for his echo result')).toBeUndefined();
    expect(askedAs("the patient's mum says the ward sent no letter")).toBeUndefined();
    // Without one, a carer's own, and a parent saying who they are.
    expect(askedAs('mum came home from the ward with no tablets')).toBe('patient');
    expect(askedAs("I'm the mum, the hospital says the GP should prescribe")).toBe('patient');
    expect(askedAs("I'm a mum of three, the hospital said the GP would do the bloods")).toBe(
      'patient',
    );
    // A sister practice or trust is no relative, but the organisation itself.
    expect(askedAs('our sister trust will not accept the referral')).toBe('manager');
    expect(askedAs('our sister practice uses a different template')).toBe('gp');
  });

  it('hears a practice’s front desk, told of by the one behind it', () => {
    expect(
      askedAs('patient at the desk says the ward told her the GP would give a sick note'),
    ).toBe('gp');
    expect(askedAs('man at reception wants to know when his clinic appointment is')).toBe('gp');
    expect(askedAs('lady at the counter wants her tablets, the ward gave 2 days')).toBe('gp');
    expect(askedAs('patient is at the front desk asking for her discharge letter')).toBe('gp');
    expect(askedAs("there's a man waiting at reception for his fit note")).toBe('gp');
    expect(askedAs('only been on reception a week and patients ring about appointments')).toBe(
      'gp',
    );
    expect(askedAs('On reception today a mum rang about her son’s ENT slot')).toBe('gp');
    // A patient told something at a desk, a desk in the hospital, or the practice's receptionist
    // told of by a patient.
    expect(askedAs('At the desk they said my GP would book the blood test')).toBe('patient');
    expect(
      askedAs('patient at the desk in outpatients says the GP should do the fit note'),
    ).not.toBe('gp');
    expect(askedAs('the lady on reception said the hospital would send it')).not.toBe('gp');
    expect(askedAs("I'm on reception in outpatients, who does the fit note")).not.toBe('gp');
    // The speaker at the desk, or their own relative: a patient's.
    expect(askedAs('I was at reception and they said the hospital had not sent it')).not.toBe('gp');
    expect(askedAs('my mum was at reception and they said the hospital had not sent it')).toBe(
      'patient',
    );
    expect(
      askedAs('been waiting at the desk for an hour, the hospital says my GP must refer me'),
    ).toBe('patient');
  });

  it('hears a clinician in referring, and a hospital team in sending a patient to the GP', () => {
    expect(askedAs('I referred but the hospital turned it into advice and guidance')).toBe('gp');
    expect(askedAs('can I tell them to get it from their GP')).toBe('hospital-clinician');
    expect(askedAs('I told the patient to see the GP for a sick note')).toBe('hospital-clinician');
    // A patient referred, referring themselves, asking for a referral or sent to their GP.
    expect(askedAs('I was referred in March')).toBe('patient');
    expect(askedAs('can I refer myself to physio')).toBeUndefined();
    expect(askedAs('I asked the GP for a referral')).toBeUndefined();
    expect(askedAs('they told me to ask my GP')).toBe('patient');
    // A family telling its own to see the GP, or telling the hospital something.
    expect(askedAs("I told him to see the GP but he won't go")).toBeUndefined();
    expect(askedAs("I told them I'd already seen the GP")).toBeUndefined();
    expect(askedAs('I refer you to my previous email about the hospital')).toBeUndefined();
    expect(askedAs('can I refer to physio without seeing the GP')).toBeUndefined();
  });

  it('hears the one who takes a call, not the caller', () => {
    expect(askedAs("mum on the phone wants her son's blood results, nothing has come to us")).toBe(
      'gp',
    );
    expect(askedAs('patient on phone says psychiatrist wants GP to take over, what do I say')).toBe(
      'gp',
    );
    // A hospital's staff who say so first; the speaker's own relative calling them.
    expect(askedAs("ward clerk, daughter on the phone about dad's discharge plan")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('my mum on the phone says the ward sent her home')).toBe('patient');
    // Someone spoken to on the phone, a call to or from the other side, another job named first.
    expect(askedAs('hospital told dad on the phone he can go home')).toBe('patient');
    expect(
      askedAs('mum on the phone to the ward now, dad came home yesterday without his tablets'),
    ).toBe('patient');
    expect(
      askedAs('a lady on the phone from the hospital said the appointment was cancelled'),
    ).not.toBe('gp');
    expect(askedAs('nurse here, daughter on the phone asking about discharge meds')).not.toBe('gp');
    // How the caller is, and a call said with its verb.
    expect(
      askedAs(
        'mum in tears on the phone, paeds did bloods on her toddler and told her the GP would give her the results',
      ),
    ).toBe('gp');
    expect(
      askedAs('wife rang in a state, husband discharged yesterday with 2 days of his new tablets'),
    ).toBe('gp');
    // A call made to someone else.
    expect(askedAs('wife rang the ward and nobody answered')).not.toBe('gp');
    // Someone asking, opening the question: a query taken.
    expect(
      askedAs('parent asking when her daughter’s follow up is, says the hospital told her to ask'),
    ).toBe('gp');
    expect(askedAs('patient asking about her scan result from the clinic')).toBe('gp');
    // A family's own, later in the question, or of someone else.
    expect(askedAs('mum asking when her follow up is')).not.toBe('gp');
    expect(askedAs('I keep asking about my results')).not.toBe('gp');
    expect(askedAs('patient asking when will I get my results')).not.toBe('gp');
    expect(askedAs('daughter asking when mum will be seen')).not.toBe('gp');
    expect(askedAs('patient asking when her appointment is, our clinic is overbooked')).not.toBe(
      'gp',
    );
    expect(askedAs('patient asking if GP can do her post op bloods')).not.toBe('gp');
    // The one who took it asking what to do.
    expect(askedAs('patient asking about their referral, what do I tell them')).toBe('gp');
    expect(askedAs("lady asking about her results, I can't see them on the system")).toBe('gp');
    expect(askedAs('daughter called 111 last night')).not.toBe('gp');
    // A call made to somewhere else, to the family, one that may happen, or a relative as a family
    // names them.
    expect(askedAs('wife rang reception')).not.toBe('gp');
    expect(askedAs('son rang me to say dad is being discharged')).toBe('patient');
    expect(askedAs('mum rang GP, they said the hospital has to prescribe')).toBe('patient');
    expect(askedAs('if a patient rings up to cancel, does that count as a DNA?')).not.toBe('gp');
    // The place the caller goes on to speak of is not the one taking the call.
    expect(
      askedAs('patient rang, OPD told her to phone surgery in 2 weeks for her scan result'),
    ).toBe('gp');
    expect(
      askedAs(
        "I'm a staff nurse on a surgical ward. A patient's daughter rang asking who books the scan",
      ),
    ).toBe('hospital-clinician');
    // A call told as it goes on, or again and again; the patient spoken of as "he" or "she".
    expect(askedAs('patient keeps phoning about his scan date, what do I say')).toBe('gp');
    expect(
      askedAs("pt sent home from the ward on monday and she's ringing about her dressings"),
    ).toBe('gp');
    // Not a family's ("my dad… he's ringing"), one that may happen, a caller's own GP spoken of.
    expect(askedAs("my dad came home yesterday and he's ringing about his tablets")).toBe(
      'patient',
    );
    expect(askedAs('when a patient is calling about results who should answer')).toBeUndefined();
    expect(
      askedAs('patient phoning upset about her scan, she says her GP told her to contact us'),
    ).toBe('hospital-clinician');
    expect(
      askedAs('patient keeps phoning about her follow-up, GP surgery told her to call us'),
    ).toBe('hospital-clinician');
    expect(askedAs('dad is a patient at the royal and he is ringing about his discharge')).toBe(
      'patient',
    );
    // What the call was for.
    expect(askedAs('elderly patient rang to check whether the hospital sent his letter')).toBe(
      'gp',
    );
    expect(askedAs('wife rang to the ward and nobody answered')).toBeUndefined();
  });

  it('hears a GP practice in a kind of GP only a practice names', () => {
    expect(askedAs('our salaried GP wants a letter to send back to outpatients')).toBe('gp');
    // A team's letters, a word or two after what they are of; a family's appointment.
    expect(
      askedAs('what contact details go on our outpatient appointment and admission letters'),
    ).toBeUndefined();
    expect(askedAs('our outpatient appointment was cancelled')).toBe('patient');
    expect(askedAs('our appointment is late and the letters never come')).toBe('patient');
    expect(askedAs('our daughter never gets appointment letters')).toBe('patient');
    expect(askedAs('my locum GP asked who chases the result')).toBe('gp');
    // A hospital has trainee and locum doctors too.
    expect(askedAs('our trainee doctors keep writing GP to follow up in discharge summaries')).toBe(
      'hospital-clinician',
    );
    // A family's GP, and a job said of oneself.
    expect(askedAs('our GP wants a letter from the hospital')).toBe('patient');
    expect(askedAs('as duty doctor do I sign off the discharge summaries')).toBeUndefined();
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

  it('makes no guess from asking the GP, or being asked by the hospital, to refer, repeat or take over', () => {
    // Patients and families ask the GP for these as often as hospital teams do, and a hospital
    // tells patients, families and trainees to do them too.
    for (const question of [
      'can I ask the GP to refer to physio',
      'should I ask the GP to repeat the blood test',
      'can i ask the gp to take over prescribing after private adhd diagnosis',
      'the consultant told me to refer to physio',
      'the consultant asked me to refer to cardiology',
      'consultant wants me to take over methotrexate',
    ])
      expect(askedAs(question), question).toBeUndefined();
    expect(askedAs('the hospital wants me to take over his insulin injections')).not.toBe('gp');
  });

  it('hears a GP practice in a letter asking the GP, said of a patient without "we"', () => {
    expect(askedAs('patient home from the stroke unit, summary says GP to start a statin')).toBe(
      'gp',
    );
    // A family's, or the reader's own.
    expect(askedAs("dad's summary says GP to start a statin")).toBe('patient');
    expect(askedAs('my summary says GP to start a statin')).toBeUndefined();
    expect(
      askedAs('patient asking: summary says GP to start a statin, will they ring me'),
    ).not.toBe('gp');
  });

  it('hears a GP practice waiting for the hospital’s letters about a patient', () => {
    expect(
      askedAs('patient seen yesterday after her stay, we have not received any discharge summary'),
    ).toBe('gp');
    expect(askedAs("patient came in today and we still haven't had his discharge letter")).toBe(
      'gp',
    );
    // A hospital waits for referrals and the GP's letters; a patient or family speaks of their own.
    expect(askedAs("patient turned up to clinic but we haven't had a letter from the GP")).not.toBe(
      'gp',
    );
    expect(askedAs("I was a patient on ward 5 and we still haven't had a letter")).not.toBe('gp');
    expect(askedAs("we didn't get the discharge summary done before the patient left")).not.toBe(
      'gp',
    );
    expect(askedAs("patient booked but we haven't had the referral letter")).not.toBe('gp');
    expect(askedAs("we haven't had a letter since dad's operation")).not.toBe('gp');
    // Ringing the hospital for them.
    expect(
      askedAs(
        'so much staff time lost ringing wards for discharge paperwork, how long after the patient goes home should we have it',
      ),
    ).toBe('gp');
    expect(askedAs('reception keep chasing the hospital for the patient’s clinic letters')).toBe(
      'gp',
    );
    // Not for a referral, nor a family's own.
    expect(askedAs('the patient says the ward rang the hospital for the referral letter')).not.toBe(
      'gp',
    );
    expect(askedAs('I keep ringing the ward for my discharge letter')).not.toBe('gp');
    expect(askedAs('we spend hours ringing wards for discharge summaries')).toBe('gp');
    expect(askedAs('time wasted chasing secretaries for clinic letters')).toBe('gp');
    // Another service, or one who says "I" and not "we".
    expect(askedAs('care home keeps ringing the ward for the discharge summary')).not.toBe('gp');
    expect(askedAs('district nurses ringing the ward for discharge letters')).not.toBe('gp');
    expect(
      askedAs('I keep ringing the hospital for the discharge letter and nobody answers'),
    ).not.toBe('gp');
    // A patient or a family ringing, or practices ringing the speaker's ward.
    expect(askedAs('the patient keeps ringing the ward for her discharge letter')).not.toBe('gp');
    expect(
      askedAs('GP surgeries calling the ward for the patient’s discharge letter all day'),
    ).not.toBe('gp');
  });

  it('hears a GP practice in the hospital’s letters asking the GP to do something', () => {
    expect(
      askedAs(
        'since the new endocrinologist started every letter says GP to repeat TFTs in 6 weeks and adjust the dose. is that our job?',
      ),
    ).toBe('gp');
    // The hospital's own letter.
    expect(askedAs('our letter says GP to repeat TFTs, is that ok')).toBe('hospital-clinician');
  });

  it('hears a hospital doctor in a grade after their department, and in what they put in a letter', () => {
    expect(askedAs('ED SHO - bloods came back after the patient left the department')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('gastro FY1: who chases the bloods')).toBe('hospital-clinician');
    expect(
      askedAs("what should I put in the d/c summary about investigations that haven't come back"),
    ).toBe('hospital-clinician');
    // A patient quoting one, and a practice's own letters.
    expect(askedAs('ED SHO said I need to see my GP')).not.toBe('hospital-clinician');
    // Nor a grade quoted by a practice.
    expect(
      askedAs("FY1 wrote 'see GP for fit note' on the discharge letter - whose job is that"),
    ).not.toBe('hospital-clinician');
    expect(askedAs('SHO asked us to chase the echo, is that our job')).not.toBe(
      'hospital-clinician',
    );
    expect(askedAs('cardiology SHO wants us to chase the echo')).not.toBe('hospital-clinician');
    expect(askedAs('gastro SHO asked us to repeat LFTs')).not.toBe('hospital-clinician');
    expect(askedAs('I put in a discharge summary complaint to PALS')).not.toBe(
      'hospital-clinician',
    );
    expect(askedAs('what should I put in my referral letter')).not.toBe('hospital-clinician');
  });

  it('hears a patient choosing whom to chase, the surgery or the hospital', () => {
    expect(
      askedAs(
        'referred weeks ago and heard nothing, who should I chase, the surgery or the hospital?',
      ),
    ).toBe('patient');
    expect(askedAs('do I ring the hospital or the surgery about my scan')).toBe('patient');
    // A team's, said of a patient, or another service's.
    expect(askedAs('should we tell the patient to ring the surgery or the hospital')).not.toBe(
      'patient',
    );
    expect(
      askedAs('as a district nurse, should I ring the surgery or the hospital about a missing TTO'),
    ).not.toBe('patient');
    expect(askedAs('I work in a care home, who do I chase, the surgery or the hospital')).not.toBe(
      'patient',
    );
    expect(askedAs('who do I ring, the hospital or my practice')).toBe('patient');
  });

  it('hears a hospital team asking how its letters are sent to practices', () => {
    expect(askedAs('should outpatient letters be posted or emailed to the surgery')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('can discharge summaries be faxed to GPs')).toBe('hospital-clinician');
    // A patient's own, a practice's, a reader of the rules', and the other way.
    expect(askedAs('can my letters be sent to my new surgery')).not.toBe('hospital-clinician');
    expect(askedAs('will the discharge summary be sent to the GP?')).not.toBe('hospital-clinician');
    expect(askedAs('why are clinic letters being faxed to the surgery')).not.toBe(
      'hospital-clinician',
    );
    expect(askedAs('can hospital letters be emailed to the practice instead of posted')).not.toBe(
      'hospital-clinician',
    );
    expect(askedAs('should referral letters be sent to the hospital by e-RS')).not.toBe(
      'hospital-clinician',
    );
  });

  it('hears a patient home from a stay', () => {
    expect(askedAs("lost the number for the ward, how do I ask them something now I'm home")).toBe(
      'patient',
    );
    expect(askedAs("I'm home visiting patients all afternoon")).not.toBe('patient');
    expect(askedAs("I'm home working on Mondays, can I dictate clinic letters remotely")).not.toBe(
      'patient',
    );
    expect(askedAs("I'm home first coordinator, who arranges the package of care")).not.toBe(
      'patient',
    );
  });

  it('hears a hospital team in patients calling their surgery', () => {
    expect(
      askedAs(
        'what contact details should go on our appointment letters so patients stop calling their surgery',
      ),
    ).toBe('hospital-clinician');
    // A surgery alone may be an operation, and so may her surgery.
    expect(askedAs('we had 3 patients after surgery with no fit note')).not.toBe(
      'hospital-clinician',
    );
    expect(askedAs("her surgery was cancelled and we weren't told, should we re-refer")).not.toBe(
      'hospital-clinician',
    );
  });

  it('does not hear the other side in a service the team runs', () => {
    expect(askedAs('the specialist nurse helpline never rings us back')).toBe('gp');
    expect(
      askedAs('we run a specialist nurse helpline, who should we report our response times to'),
    ).not.toBe('gp');
    expect(askedAs('our team runs a specialist nurse helpline, who do we report to')).not.toBe(
      'gp',
    );
    expect(askedAs("we've set up a nurse-led specialist helpline, who do we report to")).not.toBe(
      'gp',
    );
  });

  it('hears a GP practice in the hospital, a ward or a unit putting work on it', () => {
    expect(
      askedAs(
        'acute oncology nurse told my patient to get her sick note from the GP while on chemo',
      ),
    ).toBe('gp');
    expect(
      askedAs("ward told us the paper letter the patient brings is all we'll get, is that right"),
    ).toBe('gp');
    expect(
      askedAs('day surgery unit keeps telling patients the GP will sort their sick note, our job?'),
    ).toBe('gp');
    expect(
      askedAs('the surgeons tell patients to get their sick note from the GP, can we refuse'),
    ).toBe('gp');
    expect(askedAs('ortho keep telling patients to ask the GP for physio, can we say no')).toBe(
      'gp',
    );
    // A hospital team telling patients so itself is the hospital's.
    expect(askedAs('we tell patients to get it from their GP')).toBe('hospital-clinician');
    // Not a ward asking its own team, nor a family told ("he'd be home by Friday").
    expect(askedAs('the ward keeps asking us to do the discharge summary for outliers')).not.toBe(
      'gp',
    );
    expect(askedAs("The ward told us he'd be home by Friday and he's still in")).not.toBe('gp');
    // Not when the ward is the speaker's, nor someone else at the ward asking.
    expect(askedAs('our ward told the GP to prescribe')).not.toBe('gp');
    expect(
      askedAs(
        "F2 on surgical ward, pts keep asking us for an off work note when they go home, is that ours to do or there gp's",
      ),
    ).toBe('hospital-clinician');
    // A family's own comes first.
    expect(askedAs('the ward told us mum would be home Friday')).toBe('patient');
  });

  it('hears the team that is asked to do the work, as a heading says it', () => {
    expect(
      askedAs(
        'practice nurse asked to do repeat LFTs before the next OPD review, is that our job?',
      ),
    ).toBe('gp');
    expect(askedAs('GP told to refer again, should we?')).toBe('gp');
    expect(askedAs('GPs being asked to do hospital bloods, do we have to?')).toBe('gp');
    expect(askedAs('consultant asked to write to the GP again, should we?')).toBe(
      'hospital-clinician',
    );
    // The one asking is not the one asked: "the GP asked us to…" is the hospital's.
    expect(askedAs('the GP asked us to chase the results, is that our job?')).toBe(
      'hospital-clinician',
    );
    // A family's: the GP asked to do something for "us".
    expect(askedAs('GP asked to refer us again, can we complain?')).not.toBe('gp');
    // Asking what the other side must do, or what it asked for, is the other side's question.
    expect(askedAs('Is the hospital expected to provide 14 days of meds? We keep getting 3')).toBe(
      'gp',
    );
    expect(askedAs('Is the GP expected to chase results we requested in clinic?')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('GP asked to be copied in on all results, do we have to send them?')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('consultant asked to be kept informed, do we send every result?')).toBe('gp');
  });

  it('hears a GP practice in a specialty asking something of "us"', () => {
    expect(askedAs('gastro asks us to refer to the colorectal surgeons')).toBe('gp');
    expect(askedAs('endocrinology wants us to recheck TFTs in 6 weeks')).toBe('gp');
    // A family is told things by a specialty too, and a hospital team speaks of its own.
    expect(askedAs('cardiology told us to see the GP first')).toBeUndefined();
    expect(askedAs('we saw cardiology last week and they want a repeat echo')).toBeUndefined();
    expect(askedAs('our cardiology team wants the GP to start statins')).toBe('hospital-clinician');
    // Where a patient is sent is not who is speaking: a hospital team refers on too.
    expect(askedAs('can we refer to cardiology directly')).toBeUndefined();
  });

  it('hears, when both sides are named, the side that acts as the other one', () => {
    expect(askedAs('rheumatology letter says GP to continue methotrexate, are we obliged')).toBe(
      'gp',
    );
    expect(askedAs('the GP asked us to see him urgently, can we')).toBe('hospital-clinician');
    // What a family says too: one side telling "us", or the other done to.
    expect(askedAs('the hospital told us the GP would prescribe it')).toBeUndefined();
    expect(askedAs('the consultant said we should ask the GP')).toBeUndefined();
    expect(askedAs('the GP was sent the hospital letter but we never got a copy')).toBeUndefined();
    expect(askedAs('the consultant says GP should do the bloods, we have waited')).toBeUndefined();
    expect(askedAs('the specialist wants the GP to refer us again')).toBeUndefined();
    expect(
      askedAs('the hospital is asking the GP to refer him again, can we complain'),
    ).toBeUndefined();
    // "Is asking" is the hospital acting, as "asks" is.
    expect(askedAs('the hospital is asking the GP to prescribe, can we refuse')).toBe('gp');
  });

  it('hears a hospital team in a specialty’s own clinic or team', () => {
    expect(
      askedAs('How can our urology clinic track its own repeat PSA tests on the hospital system'),
    ).toBe('hospital-clinician');
    expect(askedAs('our cardiology team wants the GP to do bloods')).toBe('hospital-clinician');
    // A practice or its network may run its own musculoskeletal or respiratory clinic.
    expect(askedAs('our MSK clinic keeps getting referrals')).toBeUndefined();
    expect(askedAs('our respiratory team does spirometry')).toBeUndefined();
    // A ward or consultants are a hospital's, whatever the specialty.
    expect(askedAs('our paeds consultants want GPs to prescribe melatonin')).toBe(
      'hospital-clinician',
    );
  });

  it('hears a hospital team in what only a hospital team does', () => {
    expect(askedAs('patient did not attend twice, can I just discharge back to the GP')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('can I discharge a patient from the practice for abuse')).toBeUndefined();
    expect(askedAs('can I hand in my fit note to the GP practice')).toBeUndefined();
    expect(askedAs('do I hand over my repeat prescription to the GP')).toBeUndefined();
    // A patient's discharge letter, or discharging themselves.
    expect(askedAs('do I take my discharge letter to the GP')).toBeUndefined();
    expect(askedAs('should I hand over the discharge letter to the GP')).toBeUndefined();
    expect(askedAs('can I discharge myself to the GP')).toBeUndefined();
    expect(askedAs("I'm hoping they discharge me back to the GP")).toBeUndefined();
  });

  it('hears a hospital team in a clinic’s job as a heading, not in a nurse in the clinic', () => {
    expect(askedAs('clinic clerk: a daughter wants to know who books the follow-up')).toBe(
      'hospital-clinician',
    );
    expect(askedAs("I'm a nurse in the clinic and the hospital wants us to do the bloods")).toBe(
      'gp',
    );
    expect(askedAs('clinic letters: how long can they take')).toBeUndefined();
  });

  it('hears staff speaking of a child and the child’s parent, and a parent of their own', () => {
    expect(
      askedAs('4 year old seen in paeds, dad says nobody told him the results, what do we do'),
    ).not.toBe('patient');
    expect(askedAs('baby went home from SCBU on Friday and mum has no discharge letter')).not.toBe(
      'patient',
    );
    // A family's own child, a relative who says who they are, an adult's age, a children's
    // hospital; "my old practice" is no child.
    expect(askedAs('my 8 year old was seen in clinic, who gives us the results')).toBe('patient');
    // What the child does, or the child's own thing.
    expect(askedAs('my 17 year old works part time, who gives him a note for work')).toBe(
      'patient',
    );
    expect(
      askedAs("the letter about my 15 year old's hospital visit is full of words we don't get"),
    ).toBe('patient');
    expect(askedAs('our 3 year old contract has no interface clauses')).not.toBe('patient');
    expect(askedAs('dad here, the baby was sent home from SCBU without any letter')).toBe(
      'patient',
    );
    expect(askedAs('mum (an 88 year old) was sent home at 2am with no carers')).toBe('patient');
    expect(askedAs("mum went home from the children's hospital with no letter")).toBe('patient');
    expect(askedAs('my old practice used to get discharge summaries the same day')).toBeUndefined();
    expect(askedAs('mum went home without her tablets')).toBe('patient');
  });

  it('hears a hospital team in a clinic’s job named as who is asking', () => {
    expect(askedAs('clinic coordinator here, do we book the bloods or ask the surgery')).toBe(
      'hospital-clinician',
    );
    // A clinic at a practice is the practice's.
    expect(askedAs("I'm a clinic nurse at a GP practice, who does the bloods")).toBe('gp');
  });

  it('hears a place and a job opening the question, and a job new to a place', () => {
    expect(askedAs('practice manager just started, what do the hospital owe us')).toBe('gp');
    expect(askedAs('ward sister just started, who books the scan')).toBe('hospital-clinician');
    expect(askedAs('locum nurse new to the ward - who sends the TTOs to the GP')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('salaried doctor new in general practice, who chases hospital bloods')).toBe(
      'gp',
    );
    // Someone else spoken of, a patient's own, a job new to a topic.
    expect(askedAs("practice nurse won't do my bloods")).toBe('patient');
    expect(askedAs('ward sister was rude to my mum')).toBe('patient');
    expect(askedAs('hospital doctor keeps asking us to do bloods')).toBe('gp');
    expect(askedAs('receptionist new to hospital letters, where do I file them')).toBeUndefined();
    expect(askedAs('locum new to the area, which hospital takes our referrals')).toBe('gp');
    // One telling the reader something, or new without a job.
    expect(askedAs('practice manager said I have to ring the hospital')).toBeUndefined();
    expect(askedAs('practice manager on the phone asking which clause covers bloods')).not.toBe(
      'gp',
    );
    expect(askedAs('hospital team phone number')).toBeUndefined();
    expect(askedAs('new to the area and the practice, who refers me')).not.toBe('gp');
  });

  it('hears a job heading said as the speaker\'s ("As practice manager: …")', () => {
    expect(
      askedAs('As practice manager: the clinic letter came a fortnight late, what do I quote'),
    ).toBe('gp');
    expect(askedAs('As ward sister - what must go in the discharge summary')).toBe(
      'hospital-clinician',
    );
    // Not when the rest is the speaker's own care, with "As" or without.
    expect(askedAs('As ward manager - I was discharged yesterday, who gives me a fit note')).toBe(
      'patient',
    );
    expect(askedAs("GP partner - I've been referred for a colonoscopy, can I pick where")).toBe(
      'patient',
    );
    expect(askedAs('Ward manager - we have been referred patients without bloods')).toBe(
      'hospital-clinician',
    );
    // Not "as" something else.
    expect(askedAs('As discussed: who sends the letter')).toBeUndefined();
    expect(askedAs("As a mum - who do I ring about my son's letter")).toBe('patient');
  });

  it('hears a job heading ended by a comma, when it names a job', () => {
    expect(
      askedAs("new medical secretary, consultant keeps dictating 'GP to repeat bloods in 6 weeks'"),
    ).toBe('hospital-clinician');
    expect(askedAs('practice manager, what do we do about late letters')).toBe('gp');
    expect(askedAs('GP, hospital and patient - who does what')).toBeUndefined();
  });

  it('hears a hospital doctor in a junior grade opening the question', () => {
    expect(
      askedAs('FY1 doing TTO letters - how should medication changes be shown for the GP?'),
    ).toBe('hospital-clinician');
    // Where they are placed says which side: not the hospital's here; nor a patient quoting one.
    expect(askedAs('f1 in gp, who does the fit note')).toBeUndefined();
    expect(askedAs('FY2 GP rotation, who signs the fit note')).toBeUndefined();
    expect(askedAs('sho said I need to see my GP')).toBe('patient');
  });

  it('hears a hospital team listing what it needs the GP to do', () => {
    expect(
      askedAs('where in an outpatient letter should I put the things I need the GP to do'),
    ).toBe('hospital-clinician');
    expect(askedAs('we want the GP to continue the statin for 3 months')).toBe(
      'hospital-clinician',
    );
    // A patient's own request of their GP.
    expect(askedAs('I need the GP to refer me')).toBe('patient');
    expect(askedAs('I need the GP to do the blood test')).toBeUndefined();
    expect(askedAs('I want the GP to stop my statin because of side effects')).toBeUndefined();
  });

  it('hears a hospital team writing or holding back its letters to the practice', () => {
    expect(askedAs('biopsy pending, should I hold the discharge summary until it is back')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('do we have to dictate the clinic letter before it goes')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('can I dictate their discharge letters a day later')).toBe('hospital-clinician');
    // A patient's own letter, or one someone else writes.
    expect(askedAs('should I send my discharge summary to the surgery')).toBeUndefined();
    expect(askedAs('who should write the discharge summary')).toBeUndefined();
    // Written for the hospital by a practice, or signed off as it comes in.
    expect(askedAs('can we complete the discharge summary for the hospital')).toBe('gp');
    expect(askedAs('should we write the clinic letter for the consultant')).toBe('gp');
    expect(
      askedAs('as duty doctor do I have to sign off the discharge summaries that come in'),
    ).toBeUndefined();
  });

  it('hears a manager in what a manager calls their own', () => {
    expect(askedAs('benchmark our trust against the requirements')).toBe('manager');
    expect(askedAs('what should our ICB ask of providers')).toBe('manager');
    // A GP's kind of colleague, not a family's GP.
    expect(askedAs('our GP liaison consultant has left, who do we ask now')).not.toBe('patient');
    expect(askedAs('is our acute trust meeting the GP requirements')).toBe('manager');
    // Whatever the organisation does next: "our ICB must…", "our ICB's process".
    expect(askedAs('our ICB must sign off a policy with the trust on returned referrals')).toBe(
      'manager',
    );
    expect(askedAs('our CCG may need a process for this')).toBe('manager');
    // A team's thing after it says nothing of which team.
    expect(
      askedAs('our trust policy says we cannot accept referrals without bloods'),
    ).toBeUndefined();
    // A practice is "our local practice" to a family, not to itself.
    expect(askedAs('our local practice wont give us an appointment')).toBe('patient');
    expect(askedAs('our local GP told us the hospital would ring')).toBe('patient');
    expect(askedAs('leading the trust work with local GP practices')).toBeUndefined();
  });

  it('hears a manager in a job that holds the contract, even at a trust, but not at a practice', () => {
    expect(askedAs('contract manager: the trust is working to 10 days for clinic letters')).toBe(
      'manager',
    );
    expect(askedAs('Contracts team - can we fine the trust?')).toBe('manager');
    expect(askedAs('commissioning lead: how do we monitor discharge summaries')).toBe('manager');
    expect(askedAs('contracts manager at the trust - who owns this')).toBe('manager');
    expect(askedAs('practice contract lead: do we sign')).toBe('gp');
    // A contract is not a manager's in every job.
    expect(askedAs("I'm a contract nurse on the ward, who writes the TTO?")).not.toBe('manager');
    // The contract alone, or the GP's, is a topic.
    expect(askedAs('contract: what does it say')).toBeUndefined();
    expect(askedAs('GP contract: what does it say about hospital work')).toBeUndefined();
  });

  it('hears a hospital team in a booking office’s heading, and a practice in its own', () => {
    expect(
      askedAs('booking office: are we allowed to reject a referral that is not on our template'),
    ).toBe('hospital-clinician');
    expect(askedAs('Booking team - can we cancel after 2 DNAs')).toBe('hospital-clinician');
    expect(askedAs('practice booking team: how long should we hold slots')).toBe('gp');
    expect(askedAs('Office: who sends the letters')).toBeUndefined();
    expect(askedAs('booking team at our PCN hub: how long to hold slots')).toBe('gp');
  });

  it('hears a hospital team in an outpatients job, and a patient in being an outpatient', () => {
    expect(askedAs('outpatient booking team: patient no-showed, should we phone them?')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('OPD nurse here - patient did not attend')).toBe('hospital-clinician');
    expect(askedAs("I'm an outpatient nurse, do we send the letter")).toBe('hospital-clinician');
    expect(askedAs("I'm an outpatient, when will I get a letter")).toBe('patient');
    expect(askedAs('as an inpatient, who do I ask about my tablets')).toBe('patient');
    // A topic, not a reader, nor what is done "as an outpatient".
    expect(askedAs('Outpatient letter - how long')).toBeUndefined();
    expect(
      askedAs('Discharge letter says CT to be arranged as an outpatient - who requests it?'),
    ).toBeUndefined();
    expect(askedAs('Patient seen as an outpatient last week, who prescribes?')).toBeUndefined();
  });

  it('believes a reader who says who they are', () => {
    expect(askedAs("I'm a patient at the hospital and my letter is late")).toBe('patient');
    expect(askedAs("what happens next after I've seen the consultant in outpatients")).toBe(
      'patient',
    );
    expect(askedAs('hospital sent our kid home with only 3 days of tablets')).toBe('patient');
    expect(askedAs("I've seen the consultant's letter, who actions it")).toBeUndefined();
    expect(askedAs('I had a scan and the patient portal does not show the result')).toBe('patient');
    // Where they work, not the next clause's place; "a patient services manager" is staff.
    expect(
      askedAs("I'm a nurse at a care home, hospital sent resident home without meds"),
    ).not.toBe('hospital-clinician');
    expect(askedAs("I'm a patient services manager at the hospital")).not.toBe('patient');
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
    // Without a pause, "here" is where, not who: a patient's "GP here won't refer me".
    expect(askedAs('GP here won’t refer me')).toBe('patient');
    expect(askedAs('GP here won’t refer him')).toBeUndefined();
    expect(askedAs('the hospital here, has a long waiting list')).toBeUndefined();
    // A job heading the question before a colon, a full stop or a spaced dash.
    expect(askedAs('med sec: how quickly do clinic letters go out')).toBe('hospital-clinician');
    expect(askedAs('F1 - pt going home, do I do the fit note')).toBe('hospital-clinician');
    expect(askedAs('Practice pharmacist. Pt seen in cardiology, told to start ramipril')).toBe(
      'gp',
    );
    expect(askedAs('practice nurse - we have had nothing from the clinic')).toBe('gp');
    // What is managed before the job; a practice's prescriptions desk.
    expect(askedAs('ICB primary care lead: our chief nurse wants a patient rep')).toBe('manager');
    expect(askedAs('Medicines optimisation lead at the ICB - who prescribes?')).toBe('manager');
    expect(askedAs('Prescription clerk. A letter asks us to add a new drug')).toBe('gp');
    expect(askedAs('Primary care: who chases the result?')).toBeUndefined();
    // A prescriptions desk before a job only; a practice's clinic is not a hospital's.
    expect(askedAs('Hospital prescription - who pays?')).toBeUndefined();
    expect(askedAs("I'm a patient on repeat prescriptions, the hospital changed my tablets")).toBe(
      'patient',
    );
    expect(askedAs("I'm a nurse in the clinic and the hospital wants us to do the bloods")).toBe(
      'gp',
    );
    // A job said without an article.
    expect(askedAs("I'm medical secretary to two consultants, who sends the letter")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('I am practice manager, who chases the trust')).toBe('gp');
    expect(askedAs("I'm new to this, who chases the trust")).toBeUndefined();
    // No job named: a patient's day, or a dose given "IM".
    expect(askedAs("I'm outpatients on Monday, will they do my bloods?")).toBe('patient');
    expect(askedAs('Who gives B12 IM, GP or hospital?')).toBeUndefined();
    // A day surgery unit is a hospital's, not a GP's surgery.
    // A place or specialty alone heading a question is its topic.
    expect(askedAs('Vascular surgery - who does the follow-up scan?')).toBeUndefined();
    expect(askedAs('Surgery on a Saturday: who covers results')).toBeUndefined();
    expect(askedAs('Gynaecology at the hospital. I was referred in March')).toBe('patient');
    expect(askedAs('I work in a commissioning support unit, what does the contract say')).toBe(
      'manager',
    );
    expect(askedAs("I'm a nurse on day surgery, who writes the sick note")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('Im a nurse at the surgery, who writes the sick note')).toBe('gp');
    // A job heading with where they work: the place decides.
    expect(askedAs('Nurse on the surgical day unit. The man going home needs a sick note')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('Receptionist at a GP surgery: when do results come back')).toBe('gp');
    // A hospital doctor's heading with their specialty; a specialty alone is a topic.
    expect(askedAs("Gastro registrar: do I put 'GP to arrange' in the letter")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('Cardiology: who does the follow-up echo')).toBeUndefined();
    expect(askedAs('Pharmacist in outpatients - who prescribes the first month')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('Mum in hospital: when does she come home')).toBe('patient');
    expect(askedAs('ICB contracts team - do we need our own policy')).toBe('manager');
    // With how long, or in what capacity, they have had the job.
    expect(askedAs('new practice manager - the same clinic keeps ignoring our letters')).toBe('gp');
    expect(askedAs('New ICB commissioning officer: what can we enforce')).toBe('manager');
    expect(askedAs('Acting ward sister - who books the follow-up scan')).toBe('hospital-clinician');
    // Someone's secretary or receptionist.
    expect(askedAs("Consultant's secretary - we want patients to hear results from us")).toBe(
      'hospital-clinician',
    );
    expect(askedAs('GP’s receptionist: who books the follow-up scan')).toBe('gp');
    expect(askedAs("Mum's GP - wont prescribe her tablets")).toBe('patient');
    // With what they manage: "ops" is operations.
    expect(askedAs('Trust ops manager: our derm service returns referrals, do we breach it')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('Practice operations manager - hospital wont send summaries')).toBe('gp');
    expect(askedAs('General practice - who chases the results')).toBeUndefined();
    // What is managed, without a manager after it, is a topic: "GP referrals:".
    expect(askedAs('GP referrals: can we reject incomplete ones')).toBe('hospital-clinician');
    expect(askedAs('Consultant referrals - can consultants refer on')).toBeUndefined();
    expect(askedAs('As the newly appointed practice manager, what do we do')).toBe('gp');
    expect(askedAs('New patient - how long is the wait')).toBeUndefined();
    expect(askedAs('new referral - hospital rejected it')).toBeUndefined();
    // A place is still a topic, however new.
    expect(askedAs('New surgery - they have lost my referral')).toBeUndefined();
    expect(askedAs('New hospital - can they refuse?')).toBeUndefined();
    // A place alone, a topic or any other word before the pause is no introduction.
    expect(askedAs('Hospital - can they refuse a referral?')).toBeUndefined();
    expect(askedAs('DNA: what happens now')).toBeUndefined();
    expect(askedAs('Referral rejected by the trust. What now?')).toBeUndefined();
    expect(askedAs('Sec. 11: does it apply to community trusts?')).toBeUndefined();
    // "Med sec" however introduced; "LMC sec" by its place.
    expect(askedAs('med sec here, what is the limit for letters')).toBe('hospital-clinician');
    expect(askedAs("I'm a med sec at the trust")).toBe('hospital-clinician');
    expect(askedAs('LMC sec - examples of referral criteria')).toBe('manager');
    // Staff say "give me" too: only a patient's or a family's own outweighs the heading.
    expect(askedAs("SHO - pharmacy won't give me the TTO")).toBe('hospital-clinician');
    expect(askedAs("Practice nurse: hospital won't give me the results")).toBe('gp');
    // Whom the question is about is not who asks.
    expect(askedAs("Pt: DNA'd twice, can we discharge back to GP?")).toBe('hospital-clinician');
    expect(askedAs('Patient - discharged without TTO, who supplies?')).toBeUndefined();
    // A patient's or a family's own words outweigh a heading.
    expect(askedAs("Matron - ward won't let me see my dad's notes")).toBe('patient');
    expect(askedAs("GP surgery - won't give me my results")).toBe('patient');
    // A place says more than a job, and the description ends where the next clause begins.
    expect(askedAs("I'm a receptionist at the hospital")).toBe('hospital-clinician');
    expect(askedAs("I'm a registrar in general practice")).toBe('gp');
    expect(askedAs("I'm a doctor, my patient's GP wants a letter")).toBe('hospital-clinician');
    expect(askedAs('what are my rights as a patient if the hospital cancels')).toBe('patient');
    expect(askedAs('can I as a patient get a copy of the hospital letter')).toBe('patient');
    // A team names itself with "the" as well as "a", and as "we".
    expect(askedAs("We're the ICB and want to check how each trust is doing for GPs")).toBe(
      'manager',
    );
    expect(askedAs('we are the LMC, can we tell practices to stop hospital work')).toBe('manager');
    expect(askedAs("we are a GP practice and the hospital won't send letters")).toBe('gp');
    expect(askedAs('I am the ward sister, can we discharge to the GP')).toBe('hospital-clinician');
    // "Are the…" with no "we" asks about them: nobody said who they are.
    expect(askedAs('are the hospital allowed to discharge me')).toBeUndefined();
    // "As the hospital said" is "because", not who is asking; opening the question, it is.
    expect(askedAs('As the ICB, how do we settle disputes between practices and trusts')).toBe(
      'manager',
    );
    expect(askedAs('As the hospital said, who prescribes now')).toBeUndefined();
    expect(askedAs("can I get a fit note as the hospital didn't give me one")).toBe('patient');
    // A job with no article opening the question, then a comma and the question.
    expect(askedAs('As practice pharmacist, what should a shared care request include')).toBe('gp');
    expect(askedAs('As hospital consultant, how do I hand over prescribing')).toBe(
      'hospital-clinician',
    );
    expect(askedAs('As GP partner, how do we handle rejected referrals')).toBe('gp');
    expect(askedAs('As practice manager: how do we complain')).toBe('gp');
    expect(askedAs('As hospital discharge, who follows up bloods?')).toBeUndefined();
    // A reason, not who is asking.
    expect(askedAs('As GP said, can I get a sick note')).toBeUndefined();
    expect(askedAs('As per consultant, who should prescribe this?')).toBeUndefined();
    // Not a GP: the patient the letter was about, who asks for a copy of it.
    expect(askedAs('As discussed with GP, can I have a copy of my letter')).toBe('patient');
    expect(askedAs('As discussed with GP, can I have the letter')).toBeUndefined();
    expect(askedAs('As well as hospital, where can I get my blood test')).toBe('patient');
    expect(askedAs("As usual the hospital hasn't sent the letter, what do I do")).toBeUndefined();
    // "My GP" is whose, not who: a patient's, as anywhere in a question.
    expect(askedAs('As my GP is away, who do I ask about my results')).toBe('patient');
    expect(askedAs('who should prescribe as the hospital started the medicine')).toBeUndefined();
    // Whose, not who: "the patient's GP", "the hospital's patient".
    expect(askedAs("I am the patient's GP and the hospital wants bloods")).toBeUndefined();
    expect(askedAs("I'm the hospital's patient")).toBeUndefined();
    expect(askedAs("I'm the GP and the patient's daughter asked for the letter")).toBe('gp');
    // The description ends where another noun phrase begins.
    expect(askedAs("I'm the daughter, the hospital wants the GP to prescribe")).toBeUndefined();
  });

  it('hears a family speaking as "we" and "our" of their own care', () => {
    expect(askedAs('we were discharged from the hospital without a letter')).toBe('patient');
    expect(askedAs('I have been referred twice')).toBe('patient');
    expect(askedAs('patients have been discharged without letters')).toBeUndefined();
    expect(askedAs('our GP says the hospital must prescribe')).toBe('patient');
    expect(askedAs('our hospital appointment was cancelled')).toBeUndefined();
    // A team's things of that kind: "our appointment letters", "our prescription requests".
    expect(askedAs('our appointment was cancelled')).toBe('patient');
    expect(askedAs("our appointment letters say 'ask your GP', is that allowed")).toBeUndefined();
    expect(askedAs('our prescription requests keep getting lost')).toBeUndefined();
    // A practice's referral, however sent; a hospital's referrals are the many it receives.
    expect(askedAs('our eRS referral came straight back')).toBe('gp');
    expect(askedAs('our urgent referral was rejected')).toBe('gp');
    expect(askedAs('our referrals have doubled this year')).toBeUndefined();
    expect(askedAs('our 2WW referral got bounced')).toBe('gp');
    // "Our referral" alone may be a family's.
    expect(askedAs('our referral is taking ages')).toBeUndefined();
    expect(askedAs('our referral for my son has gone missing')).toBe('patient');
    // A family's GP, whatever follows it.
    expect(askedAs('our GP service is rubbish, can the hospital prescribe')).toBe('patient');
  });

  it('hears a patient told something by their practice', () => {
    expect(askedAs('saw the specialist but my surgery says they have no letter')).toBe('patient');
    expect(askedAs('my practice told me to ring the hospital')).toBe('patient');
    expect(askedAs('the clinic told me to ring my surgery to find out when my follow-up is')).toBe(
      'patient',
    );
    // "Our surgery" when it speaks to the family or they ring it.
    expect(askedAs('our surgery told me the consultant has to sort my tablets')).toBe('patient');
    expect(askedAs('the ward told me to phone our practice about the stitches')).toBe('patient');
    // Its staff: "we", the other side told, or patients told to ring it.
    expect(askedAs('our practice told the hospital we will not do the bloods, what next')).toBe(
      'gp',
    );
    expect(askedAs('tell patients to ring our surgery not the ward')).toBe('gp');
    expect(askedAs('the consultant should contact our surgery directly')).toBe('gp');
    // The practice's own staff.
    expect(
      askedAs('should I email my practice manager about late discharge letters'),
    ).toBeUndefined();
    expect(askedAs('should we call our practice manager about this')).toBe('gp');
    // A practice's staff say "we"; "my surgery" alone may be a patient's operation.
    expect(askedAs('my surgery is next week, who do I call')).toBeUndefined();
    // Staff asking whether it is their job, of a patient gone home.
    expect(askedAs('she went home on Monday, is it my job to chase her scan?')).toBeUndefined();
    // The one who went home asking.
    expect(askedAs('I got sent home with no tablets, is it my job to get them from the GP')).toBe(
      'patient',
    );
  });

  it('hears a patient in a scan or an operation they had', () => {
    expect(
      askedAs(
        "Bit stressed as we're moving house. I had a CT scan at the hospital three weeks ago and nobody has told me the result.",
      ),
    ).toBe('patient');
    expect(askedAs('I had my operation in may and still no letter')).toBe('patient');
    // A clinician's request or report.
    expect(askedAs('I had a scan request rejected by radiology')).toBeUndefined();
    expect(askedAs('I had an MRI report come back abnormal, who acts')).toBeUndefined();
    expect(askedAs('I had an MRI scan report come back abnormal')).toBeUndefined();
    expect(
      askedAs('I had a biopsy come back showing cancer in one of my patients'),
    ).toBeUndefined();
    expect(askedAs('I had an operation list overrun')).toBeUndefined();
    expect(askedAs('I had 3 scans come back')).toBeUndefined();
  });

  it('does not hear a family in a patient spoken of as staff speak of one', () => {
    expect(
      askedAs(
        'An elderly lady went home from the medical ward four days ago and we have had nothing from the hospital',
      ),
    ).toBe('gp');
    expect(
      askedAs('the gentleman went home from the ward, what do I do about his tablets'),
    ).not.toBe('patient');
  });

  it('hears a job taken on: covering it, or made or appointed to it', () => {
    expect(
      askedAs("I'm covering another consultant's secretary this week, can we send that letter"),
    ).toBe('hospital-clinician');
    expect(
      askedAs("just been made the trust's primary care interface lead - what do I ask for"),
    ).toBe('hospital-clinician');
    expect(askedAs("I've been appointed as the practice's interface lead")).toBe('gp');
    // Someone else's, or not a job.
    expect(askedAs("been made the patient's named nurse, who do I call")).toBeUndefined();
    expect(askedAs("I'm covering the phones")).toBeUndefined();
    expect(askedAs('I have been made redundant')).toBeUndefined();
    expect(askedAs('GP here, I have been made aware the hospital will not send letters')).toBe(
      'gp',
    );
    expect(askedAs('I have been made aware the surgery will not prescribe my tablets')).toBe(
      'patient',
    );
    expect(askedAs("I'm covering reception today, the hospital rang")).toBeUndefined();
  });

  it('hears a patient lost in the medical words of their letter', () => {
    expect(
      askedAs(
        "I can read my clinic letter on the hospital's patient portal but it's full of medical terms I don't understand. who can explain it to me?",
      ),
    ).toBe('patient');
    expect(
      askedAs(
        "can't make sense of the consultant's letter, it's all medical words. who do I ask to explain it",
      ),
    ).toBe('patient');
    // Staff speaking of a patient who is lost, and the contract's jargon.
    expect(
      askedAs('the patient says the letter is all medical jargon and I can’t explain it'),
    ).toBeUndefined();
    expect(
      askedAs("I don't understand the jargon in the contract, can someone explain"),
    ).toBeUndefined();
    expect(askedAs("I don't understand the medical terms in my letter")).toBe('patient');
    // Explaining to others.
    expect(askedAs('I need to explain medical terms in our clinic letters')).toBeUndefined();
    expect(
      askedAs('how should I explain medical jargon in results letters to parents'),
    ).toBeUndefined();
  });

  it('hears a patient setting themselves against “the surgery”', () => {
    expect(
      askedAs(
        'thyroid clinic wants another blood test in 3 months - who books it, me or the surgery?',
      ),
    ).toBe('patient');
    expect(askedAs('who arranges the bloods, the surgery or me')).toBe('patient');
    // Not of a patient spoken of, nor against "the GP", a hospital doctor's other side too.
    expect(askedAs('the patient asks who books it, me or the surgery')).toBeUndefined();
    expect(askedAs('who does the repeat bloods, me or the GP')).toBeUndefined();
    expect(askedAs('who tells the family, me or the surgery')).toBeUndefined();
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
    expect(askedAs('how much supply of meds do we give someone going home')).toBeUndefined();
    expect(askedAs('when can the patient see the consultant')).toBeUndefined();
    // Someone else sent home, told of by someone who never says "I": staff, or a family.
    expect(askedAs('the gentleman was sent home with no tablets, who prescribes')).toBeUndefined();
    expect(askedAs('lady sent home from the ward with 2 days of her meds')).toBeUndefined();
    // "I" or "my" makes it the family's, and "when can she go home" is theirs.
    expect(askedAs('he was sent home with no tablets, what do I do')).toBe('patient');
    // A family asking someone else to prescribe is still a family.
    expect(
      askedAs('she was sent home with no pain relief, can I ask them to prescribe some?'),
    ).toBe('patient');
    // Unless the one who says "I" prescribes.
    expect(
      askedAs('frail man sent home with 3 days of his new tablets, do I have to write up the rest'),
    ).not.toBe('patient');
    expect(askedAs('lady sent home with 3 days of tablets, should I prescribe the rest')).not.toBe(
      'patient',
    );
    expect(askedAs('when can she go home')).toBe('patient');
    expect(askedAs('got sent home with no letter')).toBe('patient');
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
    // Set beside the hospital, the patient's own practice.
    expect(
      askedAs(
        'keep getting passed back and forth between the hospital and my surgery, who do I ring',
      ),
    ).toBe('patient');
    expect(askedAs('my surgery and the hospital both told me the other one does it')).toBe(
      'patient',
    );
    // A GP's or a partner's own practice, and a practice's systems.
    expect(askedAs('the hospital and my surgery use different systems')).not.toBe('patient');
    expect(
      askedAs(
        'the hospital and my practice keep arguing about bloods, how do I escalate as a partner',
      ),
    ).not.toBe('patient');
    // A GP's surgery and patients, or a practice's "we".
    expect(
      askedAs('between the hospital and my surgery we lose a day a week to patients’ queries'),
    ).not.toBe('patient');
    expect(
      askedAs('the hospital and my practice argue over who does the patient’s bloods'),
    ).not.toBe('patient');
  });
});

describe('heardNotice', () => {
  it('says whose pages come first, why, and how to change it', () => {
    expect(heardNotice('gp')).toBe(
      'Pages for GP practices are ranked higher because your search sounds like it is from a GP practice. If you are not a GP practice, choose who you are under ‘I am a…’.',
    );
    expect(heardNotice('patient')).toContain('If you are not a patient');
    expect(heardNotice('manager')).toMatch(
      /^Pages for hospital teams and managers, and the toolkits and resources, are ranked higher/,
    );
  });
});

describe('sameTopicNotice', () => {
  it('names whose page was put above a result, for every role', () => {
    expect(sameTopicNotice('patient')).toBe(
      'A page for patients on the same topic is shown above the result it goes with, though it may not use your words.',
    );
    expect(sameTopicNotice('practice-staff')).toContain('A page for GP practices ');
    expect(sameTopicNotice('manager')).toContain('A page for hospital teams and managers ');
  });
});

describe('asksForMeaning', () => {
  it('hears a question about what a word or an abbreviation means', () => {
    for (const question of [
      "what do 'primary care' and 'secondary care' mean when people talk about the interface",
      "when you say 'provider' does that include community and mental health trusts",
      'what does WNB mean',
      "what's dna mean on my letter",
      'what does ICB stand for?',
      'ICB stands for?',
      'meaning of ICB',
      'dna meaning nhs',
      'PRSB headings definition',
      'what are the abbreviations on my clinic letter',
      'what is meant by onward referral',
      "what do they mean by 'onward referral'",
      'Does ICB mean the same as CCG?',
      'define advice and guidance',
      'what is wnb',
      "what's an ICB?",
      'what are TTOs',
      'whats a discharge summary',
      'is Choose and Book the same thing as e-RS?',
      'difference between a CCG and an ICB',
      'The partners keep mentioning the LMC and the ICB. What’s the difference, and which one can hold the hospital to its contract?',
      'PCN or ICB, what’s the difference',
      'they gave my husband a Med10 while he was in hospital, is that the same as a fit note?',
      'what is a d n a',
      'what does primary and secondary care interface mean',
    ])
      expect(asksForMeaning(question), question).toBe(true);
  });

  it('leaves alone what something means for the reader or in practice, and a word only named', () => {
    for (const question of [
      "hospital letter says 'GP to follow up', what does that mean for me",
      'what does shared care mean for my lithium',
      'what does the letter they sent me about it mean',
      'what does the letter from my consultant mean',
      'what does the last line of the letter mean',
      'does that mean I have to refer again',
      'What does it mean if the hospital discharges me back to my GP?',
      'what does this mean on the day of discharge',
      'what does the 2025 contract mean in practice for GPs',
      'what do these requirements mean at a practice level',
      'typing backlog means letters go out after 3 weeks',
      'clinic letter full of jargon, I dont understand it',
      'avoid abbreviations in clinic letters',
      'does the contract define who follows up test results',
      "I've been meaning to ask about fit notes",
      'we will not stand for this any more',
      'why does the hospital stand for this',
      'what is happening with my referral',
      'what difference does the ICB make',
      'got a Med3 today, will the wait be the same as before',
      'the GP and the ICB, what’s the difference in funding',
      'the GP and the hospital - what’s the difference in duty',
      'what is the wait for a clinic letter',
      'what is the time limit for discharge summaries',
      'what is my GP supposed to do',
      'what is the hospital supposed to do when a patient misses an appointment',
      'is it the same hospital',
      // Short, and still not asking what a word means.
      'what now',
      'what to do',
      'what if they refuse',
      'what can they do',
      'what is the wait',
      'what are the rules',
      'what are the timescales',
      'what is the process',
      'what is required',
      'what is my GP',
      'is it the same as before',
      'is the wait the same as last year',
    ])
      expect(asksForMeaning(question), question).toBe(false);
  });
});

describe('asksForTool', () => {
  it('hears a question asking for something to use', () => {
    expect(asksForTool('audit spreadsheet for discharge summaries')).toBe(true);
    expect(asksForTool('template letter to send back to the hospital')).toBe(true);
    expect(asksForTool('handout for pts about referrals')).toBe(true);
    // A letter already written for everyone to send.
    expect(asksForTool('is there a ready made letter for when they send us their work')).toBe(true);
    expect(asksForTool('ready-made letter about a missing discharge summary')).toBe(true);
    expect(asksForTool('standard letter to the trust about unfinished work')).toBe(true);
    expect(asksForTool('a downloadable log rather than building our own in Excel')).toBe(true);
    expect(asksForTool('a one-stop rundown of the contract rules to circulate')).toBe(true);
    // A log of the cases, kept or gone through.
    expect(asksForTool('who checks our log of late letters and how often')).toBe(true);
    expect(asksForTool('best way to keep a running record of dumped work')).toBe(true);
    expect(asksForTool('keep a record of each time the trust bounces a referral')).toBe(true);
    expect(asksForTool('do we need to keep some sort of record every time this happens')).toBe(
      true,
    );
    expect(asksForTool('how should we keep a record of bounced work to show the pattern')).toBe(
      true,
    );
    expect(asksForTool('want to keep a tally of every job the hospital dumps on us')).toBe(true);
    expect(asksForTool('how do we keep count of each rejected referral')).toBe(true);
  });

  it('hears a briefing or a summary of something asked for as a document', () => {
    expect(asksForTool('national briefing on what hospitals must do for GPs')).toBe(true);
    expect(asksForTool('summary of the contract clauses for a board paper')).toBe(true);
  });

  it('does not hear one in a question about the interface itself', () => {
    expect(asksForTool('who sends the clinic letter')).toBe(false);
    expect(asksForTool('discharge summary late')).toBe(false);
    // Logging something, or any record kept.
    expect(asksForTool('how do I log a complaint about the ward')).toBe(false);
    expect(asksForTool('cannot log in to e-RS')).toBe(false);
    expect(asksForTool('we keep a record of DNAs, can we discharge')).toBe(false);
    // The reader's own log, to be taken to someone: whom they ask.
    expect(asksForTool('who at the trust should we send our log to')).toBe(false);
    // What a log in hand shows, and a record already kept.
    expect(asksForTool('our log shows 40 late letters this month, what can we do')).toBe(false);
    expect(asksForTool('we keep a record of all DNAs, can we discharge them')).toBe(false);
    expect(asksForTool('we keep count of every DNA, can we discharge them')).toBe(false);
    expect(asksForTool('does the count of every late letter matter to the ICB')).toBe(false);
    // Of the speaker's own care.
    expect(asksForTool('how do I keep count of all my hospital appointments')).toBe(false);
    expect(asksForTool('should I keep a tally of all my symptoms before clinic')).toBe(false);
    expect(asksForTool('should I keep a record of every one of my blood tests')).toBe(false);
    expect(asksForTool('should we keep a record of consent, what does the evidence say')).toBe(
      false,
    );
    expect(asksForTool('which leaflet has the ward phone numbers')).toBe(true);
    // What a template in hand has.
    expect(asksForTool('the referral template only has a fax number on it, is that ok')).toBe(
      false,
    );
    expect(asksForTool('discharge summary of my mum never arrived')).toBe(false);
    expect(asksForTool('summary of my results please')).toBe(false);
    expect(asksForTool('can I get a summary of my hospital stay')).toBe(false);
    expect(asksForTool('is he ready to go home')).toBe(false);
    expect(asksForTool('is she ready to use her inhaler')).toBe(false);
    expect(asksForTool('is the letter ready yet')).toBe(false);
    // A tool the reader already has is not one asked for.
    expect(asksForTool("I've got a spreadsheet full of requests from one clinic")).toBe(false);
    expect(asksForTool('our audit shows letters are late')).toBe(false);
    expect(asksForTool('we have a template but the trust ignores it')).toBe(false);
    expect(asksForTool('do you have a template for this')).toBe(true);
    expect(asksForTool('do we have a template letter for this')).toBe(true);
    expect(asksForTool('could I have a leaflet for patients')).toBe(true);
    expect(asksForTool("I've got an audit of late letters")).toBe(false);
    expect(asksForTool('our recent audit shows late letters')).toBe(false);
    // What one found or says: it is in hand.
    expect(asksForTool('pharmacy audit shows patients leaving with 2 days of medicines')).toBe(
      false,
    );
    expect(asksForTool('the leaflet says I should ring the GP')).toBe(false);
    expect(asksForTool('is there a leaflet that says what to do')).toBe(true);
    expect(asksForTool('is there a template says what to put in a discharge letter')).toBe(true);
    expect(asksForTool('my clinic letter template ends with please refer')).toBe(false);
    expect(asksForTool('our discharge summary audit shows late letters')).toBe(false);
    expect(asksForTool('our letters need a template')).toBe(true);
    expect(asksForTool('looking for our ICB audit template')).toBe(true);
    expect(asksForTool('need help building my referral tracking spreadsheet')).toBe(true);
    expect(asksForTool('our clinic letter template needs updating')).toBe(false);
    expect(asksForTool('the hospital sends a standard letter saying discharged to GP')).toBe(false);
    expect(asksForTool('where can I get a standard letter for patients who DNA twice')).toBe(true);
    // Whose it is, said up to three words before, or of a standard letter.
    expect(
      asksForTool(
        'are we allowed to reject a referral that is not on our own local referral template',
      ),
    ).toBe(false);
    expect(
      asksForTool(
        "Their standard letter for patients who don't turn up says 'discharged back to GP care'",
      ),
    ).toBe(false);
    expect(asksForTool('do we have a standard letter for this')).toBe(true);
    // The other side's form is not a tool asked for.
    expect(asksForTool('they bounced it because we did not use their proforma')).toBe(false);
  });
});

describe('soundsLikeStaff and mayBePatients', () => {
  it('hears staff in a question about a patient, from a team, or asked to do a clinician’s work', () => {
    expect(
      soundsLikeStaff('breast clinic told the patient to ring the surgery for her result'),
    ).toBe(true);
    expect(soundsLikeStaff('pt wants her bloods')).toBe(true);
    expect(soundsLikeStaff('chasing a missing discharge letter what do we send')).toBe(true);
    expect(soundsLikeStaff('urology want me to refer to oncology')).toBe(true);
    expect(soundsLikeStaff('consultant asks me to chase bloods')).toBe(true);
    for (const shorthand of [
      'TTO missing',
      'EDS not received',
      'DNA policy',
      "DNA'd twice",
      'A&G reply',
      '2ww rejected',
      'd/c summary',
    ])
      expect(soundsLikeStaff(shorthand), shorthand).toBe(true);
    // Patients write these too.
    for (const lay of [
      'A&E letter',
      'MRI result who do i ring',
      'missed appt',
      'sick note after op',
    ])
      expect(soundsLikeStaff(lay), lay).toBe(false);
  });

  it('may be a patient’s when nothing says staff, unless it asks about the contract', () => {
    expect(mayBePatients('sick note after op')).toBe(true);
    expect(mayBePatients('the consultant told me to ring for my results')).toBe(true);
    expect(mayBePatients('which clause covers fit notes')).toBe(false);
    expect(mayBePatients('we never got the discharge summary')).toBe(false);
  });
});
