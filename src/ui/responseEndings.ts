import type { AnalysisReport } from '../engine/report.ts';

/** How the responses of a cohort ended: counts, and the incidence of each cause by the last event. */
export interface ResponseEndings {
  responses: number;
  loss: number;
  death: number;
  /** Responses still going at their last assessment or follow-up (censored). */
  ongoing: number;
  /** The week (from first response) of the last loss or death, or `null` when none ended. */
  lastWeek: number | null;
  /** Aalen–Johansen cumulative incidence of each cause by `lastWeek`, with its interval. */
  incidence: Record<
    'loss' | 'death',
    { estimate: number; lower: number | null; upper: number | null }
  >;
  /** The naive 1 − Kaplan–Meier of each cause by `lastWeek` (the other cause censored). */
  naive: Record<'loss' | 'death', number>;
}

/**
 * How the responses ended, read from a report's competing risks: how many by loss of response
 * (relapse, reactivation, progression), how many by death, how many still ongoing, and by the
 * last of these events the Aalen–Johansen incidence of each beside its naive 1 − Kaplan–Meier;
 * `null` when the report has no competing risks (no responders, or response times missing).
 * @example responseEndings(hlhReport) // { responses: 15, loss: 10, death: 1, ongoing: 4, lastWeek: 5, … }
 */
export function responseEndings(report: AnalysisReport): ResponseEndings | null {
  const competing = report.dor_competing;
  if (!competing || !report.dor) return null;
  const count = (cause: 'loss' | 'death') =>
    competing[cause].reduce((sum, row) => sum + row.n_event, 0);
  const loss = count('loss');
  const death = count('death');
  const last = (cause: 'loss' | 'death') => competing[cause].at(-1);
  const at = (cause: 'loss' | 'death') => {
    const row = last(cause);
    return row
      ? { estimate: row.estimate, lower: row.lower, upper: row.upper }
      : { estimate: 0, lower: null, upper: null };
  };
  return {
    responses: report.dor.n,
    loss,
    death,
    ongoing: report.dor.n - loss - death,
    lastWeek: last('loss')?.time ?? null,
    incidence: { loss: at('loss'), death: at('death') },
    naive: { loss: last('loss')?.naive ?? 0, death: last('death')?.naive ?? 0 },
  };
}
