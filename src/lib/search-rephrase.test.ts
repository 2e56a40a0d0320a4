import { describe, expect, it } from 'vitest';
import { rephrased } from './search-rephrase.ts';
import { readerWords } from './search-query.ts';

const read = (question: string) => rephrased(readerWords(question)).join(' ');

describe('rephrased', () => {
  it('reads asking whom to ring as “who to contact”', () => {
    expect(read('who do I phone about my scan')).toBe('who to contact about my scan');
    expect(read('who do we need to call')).toBe('who to contact');
    expect(read('who am I meant to ring with questions')).toBe('who to contact with questions');
    expect(read('who are we supposed to call')).toBe('who to contact');
    expect(read('who do I speak to about my appointment')).toBe(
      'who to contact about my appointment',
    );
    expect(read('what number do I ring')).toBe('what who to contact');
    expect(read('who to ring after discharge')).toBe('who to contact after discharge');
  });

  it('leaves asking whom to ask, complain to or raise a problem with', () => {
    expect(read('who do I ask to explain my letter')).toBe('who do i ask to explain my letter');
    expect(read('who do we complain to')).toBe('who do we complain to');
    expect(read('who am I to call out the hospital')).toBe('who am i to call out the hospital');
  });

  it('reads a patient not turning up as the pages’ “did not attend”', () => {
    expect(read('pt didnt turn up to clinic')).toBe('patient did not attend to clinic');
    expect(read("discharge anyone who doesn't turn up")).toBe(
      'discharge anyone who did not attend',
    );
    expect(read('she never turned up for her scan')).toBe('she did not attend for her scan');
    expect(read('patients who fail to turn up twice')).toBe('patients who did not attend twice');
    // The person nearest decides: letters were sent, he did not come.
    expect(read('we sent 3 letters and he still didnt turn up')).toBe(
      'we sent 3 letters and he still did not attend',
    );
    expect(read('if they dont turn up do we discharge')).toBe(
      'if they did not attend do we discharge',
    );
    expect(read('patient has never turned up')).toBe('patient has did not attend');
    // Not making it to a visit.
    expect(read("didn't make it to my physio at the community clinic")).toBe(
      'did not attend at the community clinic',
    );
    expect(read('he never made it to the appointment')).toBe('he did not attend');
    expect(read("didn't make it to the meeting")).toBe('did not make it to the meeting');
    expect(read('pt didnt turn up the second time')).toBe('patient did not attend the second time');
    // "They" stands for what was named before it.
    expect(read('we sent the letters but they never turned up')).toBe(
      'we sent the letters but they never turned up',
    );
  });

  it('leaves a letter or a result that never turned up', () => {
    expect(read('the discharge summary never turned up')).toBe(
      'the discharge summary never turned up',
    );
    expect(read('results did not turn up on the system')).toBe(
      'results did not turn up on the system',
    );
    expect(read('it never turned up')).toBe('it never turned up');
    expect(read('the discharge letter from the ward did not turn up')).toBe(
      'the discharge letter from the ward did not turn up',
    );
    expect(read('the interpreter did not turn up')).toBe('the interpreter did not turn up');
    expect(read('the scan didnt turn up anything')).toBe('the scan did not turn up anything');
    expect(read('turn up the volume')).toBe('turn up the volume');
  });

  it('reads a patient who didn’t show, or was a no-show, as “did not attend”', () => {
    expect(read('hospital letter says he didnt show so they closed his case')).toBe(
      'hospital letter says he did not attend so they closed his case',
    );
    expect(read('she never showed for her appointment')).toBe(
      'she did not attend for her appointment',
    );
    expect(read('patient didnt show')).toBe('patient did not attend');
    expect(read('if they dont show up do we discharge')).toBe(
      'if they did not attend do we discharge',
    );
    expect(read('mum never showed up')).toBe('mum did not attend');
    expect(read('he didn’t show the second time')).toBe('he did not attend the second time');
    expect(read('discharged after one no-show')).toBe('discharged after one did not attend');
    expect(read('another no show on the list')).toBe('another did not attend on the list');
    expect(read('patient no-showed in clinic today')).toBe(
      'patient did not attend in clinic today',
    );
    expect(read('he no showed again')).toBe('he did not attend again');
  });

  it('leaves what a test, a letter or a person did not show', () => {
    expect(read("the x-ray didn't show a fracture")).toBe('the x-ray did not show a fracture');
    expect(read("the fracture didn't show up on the xray")).toBe(
      'the fracture did not show up on the xray',
    );
    expect(read('the result never showed up')).toBe('the result never showed up');
    expect(read("it didn't show up")).toBe('it did not show up');
    expect(read("consultant didn't show me the letter")).toBe(
      'consultant did not show me the letter',
    );
    expect(read("patient didn't show any improvement")).toBe(
      'patient did not show any improvement',
    );
    // "Show" alone needs a person named: "they" may be results.
    expect(read('they didnt show')).toBe('they did not show');
    // What a person shows, or what shows on a screen or a scan.
    expect(read('dad did not show improvement')).toBe('dad did not show improvement');
    expect(read('he never showed his letter to the GP')).toBe(
      'he never showed his letter to the gp',
    );
    expect(read('the patient portal doesnt show my results')).toBe(
      'the patient portal does not show my results',
    );
    expect(read("the patient didn't show up on the scan")).toBe(
      'the patient did not show up on the scan',
    );
    expect(read("my appointment didn't show up in the app")).toBe(
      'my appointment did not show up in the app',
    );
    // Where a patient shows up is still attending.
    expect(read("patient didn't show up in clinic")).toBe('patient did not attend in clinic');
  });

  it('reads having seen the specialist as a clinic appointment', () => {
    expect(read('saw the specialist two weeks ago and nothing since')).toBe(
      'saw the specialist clinic appointment two weeks ago and nothing since',
    );
    expect(read('was seen by a consultant on Monday')).toBe(
      'was seen by a consultant clinic appointment on monday',
    );
    // On a ward or in A&E, not yet, or the consultant's letter.
    expect(read('saw the consultant on the ward round')).toBe(
      'saw the consultant on the ward round',
    );
    expect(read("haven't seen the consultant yet")).toBe('have not seen the consultant yet');
    expect(read('saw the consultant letter')).toBe('saw the consultant letter');
    expect(read('saw the consultant in A&E yesterday')).toBe('saw the consultant in a&e yesterday');
    expect(read('saw the specialist nurse last week')).toBe('saw the specialist nurse last week');
    expect(read('I was seen by a consultant while I was an inpatient')).toBe(
      'i was seen by a consultant while i was an inpatient',
    );
  });

  it('reads a patient sent to a specialist as “referred”', () => {
    expect(read("my doctor says he's sent me to the hospital on the computer")).toBe(
      'my doctor says he referred me to the hospital on the computer',
    );
    expect(read('GP sent her to see a consultant')).toBe('gp referred her to see a consultant');
    expect(read('we sent the patient to cardiology')).toBe('we referred the patient to cardiology');
    expect(read('sent my mum to the hospital')).toBe('referred my mum to the hospital');
    expect(read('sent my son to the paediatric clinic')).toBe(
      'referred my son to the paediatric clinic',
    );
  });

  it('leaves a patient sent home, to A&E or a ward, and things sent', () => {
    expect(read('they sent him to A&E')).toBe('they sent him to a&e');
    expect(read('hospital sent him to the ward')).toBe('hospital sent him to the ward');
    expect(read('sent me home')).toBe('sent me home');
    // Sent to hospital in an emergency: an admission.
    expect(read('the GP sent her to hospital with chest pain')).toBe(
      'the gp sent her to hospital with chest pain',
    );
    expect(read('they sent me to the hospital in an ambulance')).toBe(
      'they sent me to the hospital in an ambulance',
    );
    expect(read('111 sent me to the hospital')).toBe('111 sent me to the hospital');
    expect(read('we sent the letter to the hospital')).toBe('we sent the letter to the hospital');
    // (The bloods asked of the GP are the hospital's follow-up tests: askedToTest.)
    expect(read('ask the GP to do bloods and send them to clinic')).toBe(
      'ask the gp to repeat bloods and send them to clinic',
    );
  });

  it('reads coming home from a stay as “leaving hospital”', () => {
    expect(read('I left hospital 3 days ago')).toBe('i leaving hospital 3 days ago');
    expect(read('since dad came out of hospital')).toBe('since dad leaving hospital');
    expect(read('got out of the ward on monday')).toBe('leaving hospital on monday');
    expect(read('I left hospital, what now')).toBe('i leaving hospital what now');
    expect(read('I leave hospital tomorrow')).toBe('i leaving hospital tomorrow');
    expect(read('when I come out of hospital who do I call')).toBe(
      'when i leaving hospital who to contact',
    );
    // Staff leaving at the end of the day.
    expect(read('the consultant left the hospital')).toBe('the consultant left the hospital');
    // Not a thing left, nor the ward leaving something.
    expect(read('he left the hospital letter at home')).toBe('he left the hospital letter at home');
    expect(read('the ward left a message')).toBe('the ward left a message');
    // Said by staff of the patient: the staff pages' "discharged".
    expect(read('no d/c summary 3 days after pt left ward')).toBe(
      'no discharge summary 3 days after patient discharged',
    );
    expect(read('the patient left hospital without a summary')).toBe(
      'the patient discharged without a discharge summary',
    );
    // The speaker discharged from a stay, not from a clinic's care.
    expect(read('some tests were not back when I was discharged')).toBe(
      'some tests were not back when i was leaving hospital',
    );
    expect(read("I've been discharged from the ward with no letter")).toBe(
      "i've been leaving hospital from the ward with no letter",
    );
    expect(read('I was discharged from clinic after one missed appointment')).toBe(
      'i was discharged from clinic after one missed appointment',
    );
    expect(read('I was discharged back to my GP')).toBe('i was discharged back to my gp');
    expect(read('I was discharged by the consultant, can I self refer')).toBe(
      'i was discharged by the consultant can i self refer',
    );
    expect(read('I was discharged last year from the pain clinic')).toBe(
      'i was discharged last year from the pain clinic',
    );
    expect(read('mum was discharged on Friday')).toBe('mum was discharged on friday');
    // Left for a while or against advice, not discharged.
    expect(read('the patient left the ward for a scan')).toBe(
      'the patient left the ward for a scan',
    );
    expect(read('patient left hospital against medical advice')).toBe(
      'patient left hospital against medical advice',
    );
    // Left for good.
    expect(read('the patient left the ward to go home without TTOs')).toBe(
      'the patient discharged to go home without ttos',
    );
    expect(read('mum left hospital for a care home')).toBe('mum leaving hospital for a care home');
    // A family's own, however they say it.
    expect(read('mum left hospital without her tablets')).toBe(
      'mum leaving hospital without her tablets',
    );
  });

  it('reads going home at the end of a stay as “leaving hospital”, or of someone else as “discharged”', () => {
    expect(read('her mum was sent home from A&E on saturday')).toBe(
      'her mum was leaving hospital on saturday',
    );
    expect(read('went home from the ward with no letter')).toBe('leaving hospital with no letter');
    expect(read('letters after patients go home')).toBe('letters after patients discharged');
    expect(read('once he got home the tablets ran out')).toBe(
      'once he discharged the tablets ran out',
    );
    expect(read('after she is sent home who does the bloods')).toBe(
      'after she is discharged who does the bloods',
    );
    // Home from somewhere else, or going home not said as the end of a stay.
    expect(read('sent home from work with stress')).toBe('sent home from work with stress');
    expect(read('when can she go home')).toBe('when can she go home');
    expect(read('biopsied before she went home')).toBe('biopsied before she went home');
    expect(read('the tablets to take home')).toBe('the tablets to take home');
    // Staff going home from work, a kind of home thing, a visit rather than a stay.
    expect(read('results that arrive after we go home')).toBe(
      'results that arrive after we go home',
    );
    expect(read('when I go home will I get my tablets')).toBe(
      'when i leaving hospital will i get my tablets',
    );
    expect(read('after we got home mum had no tablets')).toBe(
      'after we leaving hospital mum had no tablets',
    );
    expect(read('after I go home who checks results')).toBe('after i go home who checks results');
    expect(read('since I came home last week')).toBe('since i leaving hospital last week');
    expect(read('once patients get home oxygen')).toBe('once patients get home oxygen');
    expect(read('when I got home from the hospital appointment')).toBe(
      'when i got home from the hospital appointment',
    );
    // Said by staff of the patient, from the ward: the staff pages' "discharged".
    expect(read('patient went home from the ward last week and we have no letter')).toBe(
      'patient discharged last week and we have no letter',
    );
    // Patients in general: anyone's question.
    expect(read('can patients go home from hospital at the weekend')).toBe(
      'can patients leaving hospital at the weekend',
    );
  });

  it('reads someone home after an operation or a stay as discharged', () => {
    expect(
      read('husband home yesterday after a fall and hip operation, nothing from the hospital'),
    ).toBe('husband discharged yesterday after a fall and hip operation nothing from the hospital');
    expect(read('he went home after his op on friday')).toBe(
      'he discharged after his operation on friday',
    );
    expect(read('dad got home after his surgery last week')).toBe(
      'dad discharged after his surgery last week',
    );
    expect(read('I was home after my stay')).toBe('i leaving hospital after my stay');
    expect(read('mum home after her hip surgery')).toBe('mum discharged after her hip surgery');
    expect(read('I went home after my GP surgery appointment')).toBe(
      'i went home after my gp surgery appointment',
    );
    // Home after something else, or a GP home after morning surgery.
    expect(read('I got home after work')).toBe('i got home after work');
    expect(read('mum home after a fall')).toBe('mum home after a fall');
    expect(read('I went home after surgery')).toBe('i went home after surgery');
    expect(read('we went home after the op list finished')).toBe(
      'we went home after the op list finished',
    );
  });

  it('reads the hospital asking the practice to do its tests as “repeat bloods”', () => {
    expect(read('hospital wants us to take bloods before their next clinic')).toBe(
      'hospital wants us to repeat bloods before their next clinic',
    );
    expect(read("cardiology asked us to take a patient's kidney bloods and send them")).toBe(
      'cardiology asked us to repeat bloods and send them',
    );
    expect(read('clinic wants the practice nurse to check his potassium in 1 week')).toBe(
      'clinic wants the practice nurse to repeat bloods in 1 week',
    );
    expect(read('hospital wants me to take a blood test')).toBe(
      'hospital wants me to repeat bloods',
    );
    expect(read('the hospital want us to book a scan in 6 months')).toBe(
      'the hospital want us to repeat test in 6 months',
    );
    // Results sent on, monitoring with a medicine taken over, or nobody asking.
    expect(read('asked us to send the bloods to clinic')).toBe(
      'asked us to send the bloods to clinic',
    );
    expect(read('derm want me to take over azathioprine and do the blood monitoring')).toBe(
      'derm want me to take over azathioprine and do the blood monitoring',
    );
    expect(read('we need to take bloods before clinic')).toBe(
      'we need to take bloods before clinic',
    );
    expect(read('clinic wants us to do a urine test sample')).toBe(
      'clinic wants us to repeat test',
    );
    // Not blood pressure or sugar; not asked by the hospital of the practice; a drug's levels.
    expect(read('clinic told me to take my blood pressure at home')).toBe(
      'clinic told me to take my blood pressure at home',
    );
    expect(read('the GP asked me to do a urine test')).toBe('the gp asked me to do a urine test');
    expect(read('can I ask the hospital nurse to do the bloods')).toBe(
      'can i ask the hospital nurse to do the bloods',
    );
    expect(read('the hospital wants us to check levels of lithium')).toBe(
      'the hospital wants us to check levels of lithium',
    );
  });

  it('reads a summary spoken of apart from its discharge as “discharge summary”', () => {
    expect(read('seen a patient 3 days after discharge, no summary from the hospital')).toBe(
      'seen a patient 3 days after discharge no discharge summary from the hospital',
    );
    expect(read('discharged on monday and still no summary')).toBe(
      'discharged on monday and still no discharge summary',
    );
    // Already a discharge summary, a summary of something named, or of another kind.
    expect(read('discharge summary late')).toBe('discharge summary late');
    expect(read('summary of the clauses about discharge')).toBe(
      'summary of the clauses about discharge',
    );
    expect(read('clinic summary after discharge')).toBe('clinic summary after discharge');
    expect(read('summary care record of a discharged patient')).toBe(
      'summary care record of a discharged patient',
    );
    expect(read('in summary, the patient was discharged')).toBe(
      'in summary the patient was discharged',
    );
    expect(read('one page summary for the board on discharge')).toBe(
      'one page summary for the board on discharge',
    );
  });

  it('reads a no-attender or non-attendance as “did not attend”', () => {
    expect(read('patient was a no-attender at clinic')).toBe(
      'patient was a did not attend at clinic',
    );
    expect(read('discharged for non-attendance')).toBe('discharged for did not attend');
    expect(read('non attendance policy')).toBe('did not attend policy');
  });

  it('reads turning down a referral or request as the pages’ “rejected”', () => {
    expect(read('can a hospital turn down my referral')).toBe(
      'can a hospital rejected my referral',
    );
    expect(read('they turned my request down again')).toBe('they rejected my request again');
    expect(read('hospital turning down referrals')).toBe('hospital rejected referrals');
    expect(read('turn down the heating')).toBe('turn down the heating');
    expect(read('turned down for a job')).toBe('turned down for a job');
    // A patient declining is not a referral rejected.
    expect(read('patient turned down the referral')).toBe('patient turned down the referral');
  });

  it('reads not being at one’s appointment as “did not attend”', () => {
    expect(read("overslept and wasn't at my outpatients slot this morning")).toBe(
      'overslept and did not attend this morning',
    );
    expect(read('she was not at the 9am clinic')).toBe('she did not attend');
    // Not an appointment, or staff not there.
    expect(read("wasn't at the meeting")).toBe('was not at the meeting');
    expect(read('I was not at work')).toBe('i was not at work');
    expect(read("the consultant wasn't at the clinic")).toBe(
      'the consultant was not at the clinic',
    );
    expect(read('the notes were not at the clinic so the appointment was wasted')).toBe(
      'the notes were not at the clinic so the appointment was wasted',
    );
    expect(read("I wasn't at the appointment because the letter came late")).toBe(
      'i did not attend because the letter came late',
    );
    // Not able to get there.
    expect(read("couldn't make my outpatients because the trains were on strike")).toBe(
      'did not attend because the trains were on strike',
    );
    expect(read('she could not make it to her appointment')).toBe('she did not attend');
    // Not yet missed: rearranging it.
    expect(read("I can't make my appointment next week")).toBe(
      'i can not make my appointment next week',
    );
    expect(read("the consultant couldn't make the clinic")).toBe(
      'the consultant could not make the clinic',
    );
    expect(read("couldn't make the clinic letter out")).toBe(
      'could not make the clinic letter out',
    );
    expect(read("couldn't make sense of my letter")).toBe('could not make sense of my letter');
  });

  it('reads taking ages as “delayed”', () => {
    expect(read('letters from the trust take ages')).toBe('letters from the trust delayed');
    expect(read('results are taking forever')).toBe('results are delayed');
    expect(read('it took an age to get the letter')).toBe('it delayed to get the letter');
    expect(read('take ages of patients into account')).toBe('take ages of patients into account');
    expect(read('does the policy take ages into account')).toBe(
      'does the policy take ages into account',
    );
  });

  it('reads asking where to take a problem as “escalate”', () => {
    expect(read('who do we take it to next')).toBe('escalate');
    expect(read('the clinic ignores our letters, who do we take it to')).toBe(
      'the clinic ignores our letters escalate',
    );
    expect(read('who do we need to take it to now')).toBe('escalate');
    expect(read('where can I take this further')).toBe('escalate');
    expect(read('how can we take this higher')).toBe('escalate');
    expect(read('who should we take it up with')).toBe('escalate');
    // Taking a person or a thing somewhere is not taking a problem further.
    expect(read('who do I take the letter to')).toBe('who do i take the letter to');
    expect(read('where do i take it to get it signed')).toBe('where do i take it to get it signed');
    expect(read('where can we take them to for the scan')).toBe(
      'where can we take them to for the scan',
    );
    expect(read('who do we take it to for signing')).toBe('who do we take it to for signing');
    expect(read('how do I take this up with the trust')).toBe('escalate the trust');
    // Going to the next one up, not to anyone at all.
    expect(read('they never reply, who should we go to now')).toBe('they never reply escalate');
    expect(read('where do we go from here')).toBe('escalate');
    expect(read('who do I go to about my results')).toBe('who do i go to about my results');
    // A patient's next step, or going to someone for a thing.
    expect(read('where do I go from here')).toBe('where do i go from here');
    expect(read('who do we go to now for the bloods')).toBe('who do we go to now for the bloods');
    expect(read('how do i take this higher dose')).toBe('how do i take this higher dose');
    // Going over someone's head.
    expect(read('how long do we wait before going over their heads')).toBe(
      'how long do we wait before escalate',
    );
    expect(read("can we go over the trust's head")).toBe('can we escalate');
    expect(read('it all went over my head')).toBe('it all went over my head');
    expect(read('can I go over the practice manager’s head')).toBe('can i escalate');
    expect(read('we went over the heads of the GPs')).toBe('we escalate of the gps');
    // Not understanding.
    expect(read('the jargon went over her head')).toBe('the jargon went over her head');
    expect(read('it went over his head completely')).toBe('it went over his head completely');
    expect(read('the jargon would go over their heads')).toBe(
      'the jargon would go over their heads',
    );
    expect(read('this might go over their heads, should we simplify it')).toBe(
      'this might go over their heads should we simplify it',
    );
    // Going over them, however it opens.
    expect(read('go over their heads to the ICB')).toBe('escalate to the icb');
    expect(read('should I just go over their heads')).toBe('should i just escalate');
    expect(read('thinking of going over their heads')).toBe('thinking of escalate');
    expect(read('the letter went over the head of the patient')).toBe(
      'the letter went over the head of the patient',
    );
  });

  it('reads a phone nobody answers as “can’t get through”', () => {
    expect(read('clinic never answers the phone')).toBe('clinic can not get through the phone');
    expect(read('nobody ever picks up')).toBe('can not get through');
    expect(read('no one answers at the hospital')).toBe('can not get through at the hospital');
    expect(read('the line just rings out')).toBe('the line just can not get through');
  });

  it('leaves an unanswered request, a result not picked up, and ringing out of hours', () => {
    expect(read('consultant never answered my advice request')).toBe(
      'consultant never answered my advice request',
    );
    expect(read('my A&G request was never answered')).toBe('my a&g request was never answered');
    expect(read('hospital never picked up the raised PSA')).toBe(
      'hospital never picked up the raised psa',
    );
    expect(read('can patients ring out of hours')).toBe('can patients ring out of hours');
  });

  it('reads taking over someone’s medicines as “take over prescribing”, keeping what was taken', () => {
    expect(read('GP would take over my tablets')).toBe('gp would take over prescribing tablets');
    expect(read('take on her son’s ADHD medication')).toContain('take over prescribing');
    expect(read('take on her son’s ADHD medication')).toContain('adhd medication');
    // Medicines by the form they come in.
    expect(read('take over my arthritis injections')).toBe(
      'take over prescribing arthritis injections',
    );
    expect(read('GP to take over her insulin')).toBe('gp to take over prescribing insulin');
    expect(read('take over his infusion')).toBe('take over prescribing infusion');
    // The medicine named before: "take them over".
    expect(
      read('my new hospital tablets, the surgery says they have not agreed to take them over'),
    ).toBe(
      'my new hospital tablets the surgery says they have not agreed to take over prescribing',
    );
  });

  it('leaves “take over prescribing” as it is, medicines over the counter and a number of tablets', () => {
    expect(read('GP to take over prescribing of methotrexate')).toBe(
      'gp to take over prescribing of methotrexate',
    );
    expect(read('patient taking over the counter medicines')).toBe(
      'patient taking over the counter medicines',
    );
    expect(read('taking over 10 tablets a day')).toBe('taking over 10 tablets a day');
    expect(read('can I take them over the counter, the tablets')).toBe(
      'can i take them over the counter the tablets',
    );
    expect(read('he takes them over breakfast with his tablets')).toBe(
      'he takes them over breakfast with his tablets',
    );
    expect(read('my new tablets from the clinic, can I take them on holiday')).toBe(
      'my new tablets from the clinic can i take them on holiday',
    );
  });
  it('reads discharge papers held back as “discharge summary”', () => {
    expect(read("hospital won't send the discharge info until all the bloods are back")).toBe(
      'hospital will not send the discharge summary until all the bloods are back',
    );
    expect(read('ward refusing to send the discharge info to the practice')).toBe(
      'ward refusing to send the discharge summary to the practice',
    );
    // Sent, not held back, or a patient's copy.
    expect(read('we send the discharge information leaflet to every patient')).toBe(
      'we send the discharge information leaflet to every patient',
    );
    expect(read("we don't send discharge paperwork home with patients")).toBe(
      'we do not send discharge paperwork home with patients',
    );
  });

  it('reads the discharge’s papers in everyday words as “discharge summary”', () => {
    expect(read('still no discharge paperwork from the ward')).toBe(
      'still no discharge summary from the ward',
    );
    expect(read('discharge info not sent')).toBe('discharge summary not sent');
    expect(read('discharge planning meeting')).toBe('discharge planning meeting');
    // Information for patients, not papers that have not come.
    expect(read('discharge information leaflet for patients')).toBe(
      'discharge information leaflet for patients',
    );
  });

  it('reads a letter from or after the clinic as “clinic letter”', () => {
    expect(read('still waiting on a letter from the orthopaedic clinic')).toBe(
      'still waiting on a clinic letter from the orthopaedic clinic',
    );
    expect(read('she was seen in outpatients in june and there is still no letter')).toBe(
      'she was seen in outpatients in june and there is still no clinic letter',
    );
    // Another kind of letter, one about an appointment, or the stay's.
    expect(read('a letter about my clinic appointment')).toBe(
      'a letter about my clinic appointment',
    );
    expect(read('referral letter from the clinic')).toBe('referral letter from the clinic');
    // Another sender's, or an appointment's.
    expect(read('do I need a letter from my GP for the clinic')).toBe(
      'do i need a letter from my gp for the clinic',
    );
    expect(read('GP wrote a letter after the clinic refused')).toBe(
      'gp wrote a letter after the clinic refused',
    );
    expect(read('the clinic sent me a letter cancelling my appointment')).toBe(
      'the clinic sent me a letter cancelling my appointment',
    );
    expect(read('discharged from the ward, no letter from the clinic')).toBe(
      'discharged from the ward no letter from the clinic',
    );
  });
  it('reads patients’ calls a team takes as “patient query”', () => {
    expect(read('patients calling re hosp appts')).toBe(
      'patients patient query re hospital appointments',
    );
    expect(read('receptionists keep getting calls asking when the nurse is visiting')).toBe(
      'receptionists keep getting patient query asking when the nurse is visiting',
    );
    expect(read('loads of calls from patients chasing results')).toBe(
      'loads of patient query from patients chasing results',
    );
    expect(read('relative phoned up asking about the discharge plan')).toBe(
      'relative patient query asking about the discharge plan',
    );
    // Calls between the two sides, and calls made.
    expect(read('getting calls from the ward about bloods')).toBe(
      'getting calls from the ward about bloods',
    );
    expect(read('the hospital keeps calling us')).toBe('the hospital keeps calling us');
    expect(read('the patient rang the ward')).toBe('the patient rang the ward');
    // A call the speaker made.
    expect(read('my carer rang about my tablets')).toBe('my carer rang about my tablets');
    // Someone asking at the desk, opening the question.
    expect(read('parent asking when her daughter’s follow up is')).toBe(
      'parent patient query when her daughter follow up is',
    );
    expect(read('a patient asking about her scan result')).toBe(
      'a patient patient query about her scan result',
    );
    // The speaker's own question.
    expect(read('patient asking when will I get my results')).toBe(
      'patient asking when will i get my results',
    );
    // The one who took it asking what to do.
    expect(read('patient asking about their referral, what do I tell them')).toBe(
      'patient patient query about their referral what do i tell them',
    );
    // Not later in the question, nor one asking someone else.
    expect(read('the hospital keeps the patient asking about results')).toBe(
      'the hospital keeps the patient asking about results',
    );
    expect(read('patient asking the ward for a sick note')).toBe(
      'patient asking the ward for a sick note',
    );
  });
  it('leaves out how old someone is', () => {
    expect(read('my 17 year old works part time')).toBe('my works part time');
    expect(read('a 6-year-old was not brought')).toBe('a was not brought');
    expect(read('88yo lady sent home')).toBe('lady sent home');
    expect(read('baby six weeks old with reflux')).toBe('baby with reflux');
    // Not a number of years, nor an old thing.
    expect(read('letters 3 years ago')).toBe('letters 3 years ago');
    expect(read('the discharge summary is 10 days old')).toBe(
      'the discharge summary is 10 days old',
    );
    expect(read('results 3 months old, do we repeat them')).toBe(
      'results 3 months old do we repeat them',
    );
    expect(read('we waited 2yrs for a contract variation')).toBe(
      'we waited 2yrs for a contract variation',
    );
    expect(read('the old contract')).toBe('the old contract');
  });
  it('reads “compliant” typed for “complaint” as one, and leaves being compliant alone', () => {
    expect(read('how do I make a compliant about my GP')).toBe(
      'how do i make a complaint about my gp',
    );
    expect(read('is that compliant with the contract')).toBe('is that compliant with the contract');
    expect(read('a compliant patient')).toBe('a compliant patient');
  });
});
