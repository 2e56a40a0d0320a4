import { describe, expect, it } from 'vitest';
import { asksWhoRefersOn } from './search-onward.ts';
import { readerWords } from './search-query.ts';

const asks = (question: string) => asksWhoRefersOn(readerWords(question));

describe('asksWhoRefersOn', () => {
  it('hears a hospital doctor asking whether to refer on themselves', () => {
    expect(asks('found a murmur in diabetes clinic, do I refer to cardiology myself')).toBe(true);
    expect(asks('can I send him straight to neurology, or should the GP?')).toBe(true);
    expect(
      asks(
        'can i refer my patient straight on to cardiology from my clinic or does the GP have to',
      ),
    ).toBe(true);
    expect(asks('do I write to the GP asking them to refer her to the kidney team')).toBe(true);
    expect(asks('new AF in pre-op clinic, do I write and ask the GP to send them to cardio')).toBe(
      true,
    );
  });

  it('hears a GP asked to make a referral the hospital could make', () => {
    expect(asks('ortho letter says GP pls refer to pain clinic')).toBe(true);
    expect(asks('clinic letter says pls refer cardio')).toBe(true);
    expect(asks("gastro want me to refer to the colorectal surgeons, isn't that their job")).toBe(
      true,
    );
    expect(asks('ortho told pt to get GP to refer to another specialty')).toBe(true);
    expect(asks('ENT keep telling our patients to ask the GP for audiology referrals')).toBe(true);
    expect(asks('clinic told me to ask my GP for a referral to physio')).toBe(true);
    // Which patients, said at length between the verb and the service.
    expect(
      asks(
        'orthopaedics asking GPs to refer post knee replacement patients with ongoing pain to the pain clinic',
      ),
    ).toBe(true);
  });

  it('does not hear an ordinary referral, or one the GP was asked to make after advice', () => {
    expect(asks('how do I refer to cardiology on e-RS')).toBe(false);
    expect(asks('my GP referred me to dermatology months ago')).toBe(false);
    expect(asks('the hospital sent my referral to the wrong clinic')).toBe(false);
    expect(
      asks('sent an advice and guidance request to urology, they say please refer to their clinic'),
    ).toBe(false);
  });

  it('does not hear a self-referral, direct access or a patient asking for a referral', () => {
    expect(asks('asked the GP for a cardiology referral last month, any news')).toBe(false);
    // Told to ask the GP for it by someone outside the hospital, or for no service.
    expect(asks('optician told me to ask my GP for a referral to ophthalmology')).toBe(false);
    expect(asks('consultant told me to chase my neurology referral')).toBe(false);
    expect(asks('receptionist told me to ring back about my dermatology referral')).toBe(false);
    expect(asks('can I refer myself to physio')).toBe(false);
    expect(asks('2ww can I refer straight to the colorectal team')).toBe(false);
    expect(asks('patient asked me to refer her to dermatology privately')).toBe(false);
    expect(asks('can I ask my GP to refer me to a different hospital')).toBe(false);
  });

  it('does not hear a service named in the next clause', () => {
    expect(
      asks('hospital wants the GP to refer again if no better in 6 weeks and go to cardiology'),
    ).toBe(false);
    // Nouns joined are one description.
    expect(
      asks('can I refer patients with chest pain and breathlessness to cardiology myself'),
    ).toBe(true);
  });

  it('does not hear results or letters sent to a clinic', () => {
    expect(asks('consultant letter asks me to repeat bloods and send the results to clinic')).toBe(
      false,
    );
    expect(asks('can I ask the GP to do bloods and send them to the renal clinic')).toBe(false);
  });
});
