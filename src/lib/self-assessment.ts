/**
 * The interactive self-assessment's answers: how they are stored in the browser, ordered for the
 * report (gaps first) and exported as CSV. Runs in the browser bundle, so it imports nothing from Node.
 */
import { toCsv } from './csv.ts';

export const ASSESSMENT_STATUSES = ['met', 'partly-met', 'not-met'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const STATUS_LABELS: Record<AssessmentStatus, string> = { met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met' };

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

const isStatus = (value: unknown): value is AssessmentStatus => ASSESSMENT_STATUSES.includes(value as AssessmentStatus);

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
    const value = (stored as Record<string, unknown>)[id] as { status?: unknown; notes?: unknown } | undefined;
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
export function reportOrder<T extends AssessedItem>(items: readonly T[], answers: Answers): { item: T; answer: Answer }[] {
  return items
    .map((item) => ({ item, answer: answers[item.id] ?? { notes: '' } }))
    .sort((a, b) => REPORT_RANK[a.answer.status ?? 'unanswered'] - REPORT_RANK[b.answer.status ?? 'unanswered']);
}

/** How an answer's status reads in the report and the export. */
export function statusLabel(answer: Answer): string {
  return answer.status ? STATUS_LABELS[answer.status] : 'Not answered';
}

/** The answers as CSV, one row per requirement in checklist order, for a team's own records. */
export function answersCsv(items: readonly AssessedItem[], answers: Answers): string {
  return toCsv([
    ['Requirement id', 'Requirement', 'What good looks like', 'Status', 'Notes'],
    ...items.map((item) => {
      const answer = answers[item.id] ?? { notes: '' };
      return [item.id, item.title, item.expectation, statusLabel(answer), answer.notes];
    }),
  ]);
}
