import type { CohortSummary } from '../../engine/reconstruct/cohortSummary.ts';
import type { Conflict } from '../../engine/reconstruct/planReconstruction.ts';
import { reconstructEnsemble } from '../../engine/reconstruct/reconstructEnsemble.ts';
import { validateSummary } from '../../engine/reconstruct/validateSummary.ts';
import { fieldOfPath } from './fieldOfPath.ts';

/** One problem of a summary, by its field: the JSON path, the form field's key if shown, the text. */
export interface SummaryProblem {
  path: string;
  field: string | null;
  message: string;
}

/** What `checkSummary` finds: the summary when it can be drawn from, and every problem otherwise. */
export interface SummaryCheck {
  summary: CohortSummary | null;
  /** Malformed fields (wrong type, out of range, unknown name). */
  issues: SummaryProblem[];
  /** Figures that contradict each other; no cohort can be drawn while any remain. */
  conflicts: SummaryProblem[];
  /** Every constraint the summary states, and those that can be met. */
  constraints: string[];
  satisfiable: string[];
}

const problem = (path: string, message: string): SummaryProblem => ({
  path,
  field: fieldOfPath(path)?.key ?? null,
  message,
});

/**
 * Checks a summary (parsed JSON) as the reconstruction will: its shape with `validateSummary`,
 * then contradictions between figures with the engine's planning step (no cohort is drawn, so it
 * is quick enough to run on every keystroke). Each problem names its field.
 * Example: `checkSummary({ ...hlh, n: 20 }).conflicts[0].path === 'best_response'`.
 */
export function checkSummary(json: unknown): SummaryCheck {
  const valid = validateSummary(json);
  if (!valid.ok) {
    return {
      summary: null,
      issues: valid.issues.map((issue) => {
        const i = issue.indexOf(': ');
        return i < 0 ? problem('summary', issue) : problem(issue.slice(0, i), issue.slice(i + 2));
      }),
      conflicts: [],
      constraints: [],
      satisfiable: [],
    };
  }
  const plan = reconstructEnsemble(valid.summary, { cohorts: 0, rng: () => 0 });
  return {
    summary: plan.conflicts.length === 0 ? valid.summary : null,
    issues: [],
    conflicts: plan.conflicts.map((c: Conflict) => problem(c.constraint, c.message)),
    constraints: plan.constraints,
    satisfiable: plan.satisfiable,
  };
}
