import { checkContent, type CheckOptions } from '../../src/lib/content-check/index.ts';
import { problemText, summaryText } from '../../src/lib/content-check/problem.ts';

/** The content check as authors read it: one block per problem, then a summary line. */
export interface ContentReport {
  ok: boolean;
  /** Every problem block and the summary, ready to print. */
  text: string;
  /** One line per published document past its review date (a warning, never a failure). */
  overdue: string[];
}

/** Runs the content check and words its result; a fault in the checker becomes a failed report, not a stack trace. */
export async function contentReport(options: CheckOptions): Promise<ContentReport> {
  try {
    const result = await checkContent(options);
    const blocks = result.problems.map(problemText);
    return {
      ok: result.problems.length === 0,
      text: [...blocks, summaryText(result.problems, result.filesChecked)].join('\n\n'),
      overdue: result.overdue.map(
        (d) => `⚠ overdue for review since ${d.reviewDue}: ${d.file} ("${d.title}")`,
      ),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, text: `✗ The content check could not run: ${reason}`, overdue: [] };
  }
}
