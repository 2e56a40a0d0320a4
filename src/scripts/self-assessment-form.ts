/**
 * The browser side of /self-assessment/: keeps answers in localStorage as they are entered, restores
 * them on load with who made the assessment and when, shows how many are answered, and exports
 * them as CSV or a printed report with the gaps first. It makes no network request: everything
 * stays in the browser.
 */
import {
  DETAILS_STORAGE_KEY,
  STATUS_LABELS,
  STORAGE_KEY,
  answersCsv,
  assessmentDate,
  parseStoredAnswers,
  parseStoredDetails,
  progressText,
  reportOrder,
  statusLabel,
  type AssessedItem,
  type AssessmentDetails,
  type AssessmentStatus,
  type Answers,
} from '../lib/self-assessment/answers.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function readItems(form: HTMLFormElement): AssessedItem[] {
  return [...form.querySelectorAll<HTMLElement>('[data-requirement]')].map((section) => ({
    id: section.dataset.requirement!,
    title: section.dataset.title!,
    expectation: section.dataset.expectation!,
  }));
}

function readForm(form: HTMLFormElement, items: AssessedItem[]): Answers {
  const data = new FormData(form);
  const answers: Answers = {};
  for (const { id } of items) {
    const status = data.get(`${id}-status`) as AssessmentStatus | null;
    const notes = String(data.get(`${id}-notes`) ?? '');
    if (status || notes) answers[id] = status ? { status, notes } : { notes };
  }
  return answers;
}

/** The form fields that hold each detail, by the detail's name. */
const DETAIL_FIELDS: Record<keyof AssessmentDetails, string> = {
  organisation: 'assessment-organisation',
  assessor: 'assessment-assessor',
  day: 'assessment-date-day',
  month: 'assessment-date-month',
  year: 'assessment-date-year',
};
const DETAIL_KEYS = Object.keys(DETAIL_FIELDS) as (keyof AssessmentDetails)[];

function readDetails(): AssessmentDetails {
  const entries = DETAIL_KEYS.map((key) => [key, byId<HTMLInputElement>(DETAIL_FIELDS[key]).value]);
  return Object.fromEntries(entries) as AssessmentDetails;
}

function fillDetails(details: AssessmentDetails): void {
  for (const key of DETAIL_KEYS) byId<HTMLInputElement>(DETAIL_FIELDS[key]).value = details[key];
}

/** Updates the "4 of 14 answered" line; only on a change, so screen readers hear each step once. */
function showProgress(items: AssessedItem[], answers: Answers): void {
  const progress = byId('self-assessment-progress');
  const text = progressText(items, answers);
  if (progress.textContent !== text) progress.textContent = text;
  progress.hidden = false;
}

function fillForm(form: HTMLFormElement, answers: Answers): void {
  for (const [id, answer] of Object.entries(answers)) {
    if (answer.status) {
      const radio = form.querySelector<HTMLInputElement>(
        `input[name="${id}-status"][value="${answer.status}"]`,
      );
      if (radio) radio.checked = true;
    }
    const notes = form.querySelector<HTMLTextAreaElement>(`textarea[name="${id}-notes"]`);
    if (notes) notes.value = answer.notes;
  }
}

function renderReport(items: AssessedItem[], answers: Answers, details: AssessmentDetails): void {
  const shown = {
    organisation: details.organisation.trim(),
    assessor: details.assessor.trim(),
    date: assessmentDate(details),
  };
  for (const [key, value] of Object.entries(shown)) {
    byId(`report-${key}`).textContent = value || 'Not given';
  }
  const counts = { 'not-met': 0, 'partly-met': 0, met: 0, unanswered: 0 };
  const rows = reportOrder(items, answers).map(({ item, answer }) => {
    counts[answer.status ?? 'unanswered']++;
    const row = document.createElement('tr');
    row.className = 'nhsuk-table__row';
    const cells = [item.title, statusLabel(answer), answer.notes];
    cells.forEach((text, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      cell.className = index === 0 ? 'nhsuk-table__header' : 'nhsuk-table__cell';
      if (index === 0) cell.setAttribute('scope', 'row');
      cell.textContent = text;
      row.append(cell);
    });
    return row;
  });
  byId('report-rows').replaceChildren(...rows);
  byId('report-summary').textContent =
    `${STATUS_LABELS['not-met']}: ${counts['not-met']}. ${STATUS_LABELS['partly-met']}: ${counts['partly-met']}. ` +
    `Not answered: ${counts.unanswered}. ${STATUS_LABELS.met}: ${counts.met}.`;
  byId('report').hidden = false;
}

function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `interface-self-assessment-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Wires up the self-assessment form on the page. */
export function startSelfAssessment(): void {
  const form = byId<HTMLFormElement>('self-assessment');
  const status = byId('self-assessment-status');
  const items = readItems(form);
  let storageWorks = true;
  try {
    fillForm(
      form,
      parseStoredAnswers(
        localStorage.getItem(STORAGE_KEY),
        items.map((i) => i.id),
      ),
    );
    fillDetails(parseStoredDetails(localStorage.getItem(DETAILS_STORAGE_KEY)));
  } catch {
    // Storage can be switched off altogether (some private modes, strict settings); the form still works.
    storageWorks = false;
    status.textContent =
      'This browser is not keeping answers. Download them before you leave the page.';
  }
  const refresh = (answers: Answers) => {
    renderReport(items, answers, readDetails());
    showProgress(items, answers);
  };
  refresh(readForm(form, items));
  byId('self-assessment-actions').hidden = false;

  const save = () => {
    const answers = readForm(form, items);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
      localStorage.setItem(DETAILS_STORAGE_KEY, JSON.stringify(readDetails()));
      status.textContent = 'Your answers are saved in this browser.';
    } catch {
      if (storageWorks)
        status.textContent =
          'Your answers could not be saved in this browser. Download them before you leave the page.';
      storageWorks = false;
    }
    refresh(answers);
  };
  form.addEventListener('change', save);
  form.addEventListener('input', save);
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('export-csv').addEventListener('click', () =>
    downloadCsv(answersCsv(items, readForm(form, items), readDetails())),
  );
  byId('print-report').addEventListener('click', () => {
    refresh(readForm(form, items));
    window.print();
  });
  byId('clear-answers').addEventListener('click', () => {
    if (!window.confirm('Clear every answer and note saved in this browser?')) return;
    try {
      localStorage.removeItem(STORAGE_KEY);
      localStorage.removeItem(DETAILS_STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
    form.reset();
    refresh({});
    status.textContent = 'All answers have been cleared.';
  });
}
