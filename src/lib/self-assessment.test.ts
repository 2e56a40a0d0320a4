import { describe, expect, it } from 'vitest';
import { answersCsv, parseStoredAnswers, reportOrder, type Answers } from './self-assessment.ts';

const items = [
  { id: 'discharge-summaries', title: 'Discharge summaries within 24 hours', expectation: 'Sent within 24 hours.' },
  { id: 'clinic-letters', title: 'Clinic letters', expectation: 'Sent on time, with headings.' },
  { id: 'fit-notes', title: 'Fit notes from hospital clinicians', expectation: 'Issued by the hospital.' },
  { id: 'shared-care', title: 'Shared care prescribing', expectation: 'Only with agreement.' },
];

describe('parseStoredAnswers', () => {
  it('reads back statuses and notes for requirements in the checklist', () => {
    const json = JSON.stringify({ 'fit-notes': { status: 'partly-met', notes: 'Wards only' } });
    expect(parseStoredAnswers(json, items.map((i) => i.id))).toEqual({ 'fit-notes': { status: 'partly-met', notes: 'Wards only' } });
  });

  it('drops unreadable storage, unknown statuses and requirements no longer listed', () => {
    const ids = items.map((i) => i.id);
    expect(parseStoredAnswers('{not json', ids)).toEqual({});
    expect(parseStoredAnswers(null, ids)).toEqual({});
    expect(parseStoredAnswers('"text"', ids)).toEqual({});
    const json = JSON.stringify({ 'fit-notes': { status: 'done', notes: 'kept' }, 'old-requirement': { status: 'met', notes: '' } });
    expect(parseStoredAnswers(json, ids)).toEqual({ 'fit-notes': { notes: 'kept' } });
  });
});

describe('reportOrder', () => {
  it('puts not met first, then partly met, then unanswered, then met, keeping checklist order within each', () => {
    const answers: Answers = {
      'discharge-summaries': { status: 'met', notes: '' },
      'clinic-letters': { status: 'partly-met', notes: '' },
      'shared-care': { status: 'not-met', notes: '' },
    };
    expect(reportOrder(items, answers).map(({ item }) => item.id)).toEqual(['shared-care', 'clinic-letters', 'fit-notes', 'discharge-summaries']);
  });
});

describe('answersCsv', () => {
  it('has one row per requirement with its status label and notes, in checklist order', () => {
    const csv = answersCsv(items.slice(0, 2), { 'clinic-letters': { status: 'not-met', notes: 'Audit due, "Q3"' } });
    expect(csv).toBe(
      '\uFEFFRequirement id,Requirement,What good looks like,Status,Notes\r\n' +
        'discharge-summaries,Discharge summaries within 24 hours,Sent within 24 hours.,Not answered,\r\n' +
        'clinic-letters,Clinic letters,"Sent on time, with headings.",Not met,"Audit due, ""Q3"""\r\n',
    );
  });

  it('writes notes that look like a formula as text, so a spreadsheet does not run them', () => {
    const notes = "=cmd|' /C calc'!A0";
    const csv = answersCsv(items.slice(0, 1), { 'discharge-summaries': { status: 'met', notes } });
    expect(csv.split('\r\n')[1]).toBe(
      "discharge-summaries,Discharge summaries within 24 hours,Sent within 24 hours.,Met,'=cmd|' /C calc'!A0",
    );
  });
});
