/**
 * The interactive self-assessment's answers: how they are stored in the browser, ordered for the
 * report (gaps first) and exported as CSV. Runs in the browser bundle, so it imports nothing from Node.
 */
import { toCsv } from '../csv.ts';

export const ASSESSMENT_STATUSES = ['met', 'partly-met', 'not-met'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
};

/** localStorage key; the version lets a later change of shape start afresh instead of misreading old answers. */
export const STORAGE_KEY = 'care-interface-hub:self-assessment:v1';

/** What a team recorded for one requirement. */
export interface Answer {
  status?: AssessmentStatus;
  notes: string;
}
export type Answers = Record<string, Answer>;

/** The parts of a checklist item the report and export need. */
export interface AssessedItem {
  id: string;
  title: string;
  expectation: string;
}

const isStatus = (value: unknown): value is AssessmentStatus =>
  ASSESSMENT_STATUSES.includes(value as AssessmentStatus);

/**
 * Answers read back from storage. Anything unreadable, or for a requirement no longer in the
 * checklist, is dropped rather than breaking the page.
 */
export function parseStoredAnswers(json: string | null, ids: readonly string[]): Answers {
  let stored: unknown;
  try {
    stored = JSON.parse(json ?? '{}');
  } catch {
    return {};
  }
  if (!stored || typeof stored !== 'object') return {};
  const answers: Answers = {};
  for (const id of ids) {
    const value = (stored as Record<string, unknown>)[id] as
      { status?: unknown; notes?: unknown } | undefined;
    if (!value || typeof value !== 'object') continue;
    const answer: Answer = { notes: typeof value.notes === 'string' ? value.notes : '' };
    if (isStatus(value.status)) answer.status = value.status;
    if (answer.status || answer.notes) answers[id] = answer;
  }
  return answers;
}

/** Where an item goes in the report: not met, partly met, not yet answered, then met. */
const REPORT_RANK = { 'not-met': 0, 'partly-met': 1, unanswered: 2, met: 3 } as const;

/** The items in report order, gaps first; items of equal standing keep the checklist's order. */
export function reportOrder<T extends AssessedItem>(
  items: readonly T[],
  answers: Answers,
): { item: T; answer: Answer }[] {
  return items
    .map((item) => ({ item, answer: answers[item.id] ?? { notes: '' } }))
    .sort(
      (a, b) =>
        REPORT_RANK[a.answer.status ?? 'unanswered'] - REPORT_RANK[b.answer.status ?? 'unanswered'],
    );
}

/** How an answer's status reads in the report and the export. */
export function statusLabel(answer: Answer): string {
  return answer.status ? STATUS_LABELS[answer.status] : 'Not answered';
}

/** Who made the assessment and when, as typed into the form; kept in the browser with the answers. */
export interface AssessmentDetails {
  organisation: string;
  assessor: string;
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DETAILS: AssessmentDetails = {
  organisation: '',
  assessor: '',
  day: '',
  month: '',
  year: '',
};

/** localStorage key for the details, apart from the answers so either can change shape alone. */
export const DETAILS_STORAGE_KEY = 'care-interface-hub:self-assessment-details:v1';

/** Details read back from storage; anything unreadable becomes empty, never breaking the page. */
export function parseStoredDetails(json: string | null): AssessmentDetails {
  let stored: unknown;
  try {
    stored = JSON.parse(json ?? '{}');
  } catch {
    return { ...EMPTY_DETAILS };
  }
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const text = (key: keyof AssessmentDetails) => {
    const value = record[key];
    return typeof value === 'string' ? value : '';
  };
  return {
    organisation: text('organisation'),
    assessor: text('assessor'),
    day: text('day'),
    month: text('month'),
    year: text('year'),
  };
}

/**
 * The date of the assessment as the report and CSV show it: ISO (2026-11-28) when the three
 * fields make a real date, otherwise what was typed, so nothing the assessor wrote is lost.
 */
export function assessmentDate({ day, month, year }: AssessmentDetails): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1) {
      return date.toISOString().slice(0, 10);
    }
  }
  return [d, m, y].join('/');
}

/** How many requirements have a status: the progress shown at the top, e.g. "4 of 14 answered". */
export function progressText(items: readonly AssessedItem[], answers: Answers): string {
  const answered = items.filter((item) => answers[item.id]?.status).length;
  return `${answered} of ${items.length} answered`;
}

/**
 * The answers as CSV, one row per requirement in checklist order, for a team's own records. Each
 * row carries the organisation, assessor and date, so a commissioner can combine several files.
 */
export function answersCsv(
  items: readonly AssessedItem[],
  answers: Answers,
  details: AssessmentDetails = EMPTY_DETAILS,
): string {
  const who = [details.organisation.trim(), details.assessor.trim(), assessmentDate(details)];
  return toCsv([
    [
      'Organisation',
      'Assessor',
      'Date of assessment',
      'Requirement id',
      'Requirement',
      'What good looks like',
      'Status',
      'Notes',
    ],
    ...items.map((item) => {
      const answer = answers[item.id] ?? { notes: '' };
      return [...who, item.id, item.title, item.expectation, statusLabel(answer), answer.notes];
    }),
  ]);
}
