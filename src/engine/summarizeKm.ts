import { kaplanMeier, type SurvivalObservation } from './kaplanMeier.ts';
import type { KmResult } from './report.ts';
import { summarizeCurve } from './summarizeCurve.ts';

/**
 * A Kaplan–Meier report: the table with log-transform bounds, the median, and its
 * Brookmeyer–Crowley interval for each transform, at a two-sided level (default 0.95).
 * Assumes finite times; an empty list gives an empty table and `null` median and bounds.
 * Reference: R survival 3.5 `survfit(conf.type = ...)` and `quantile.survfit`.
 * @example summarizeKm([1, 2, 3, 4].map((time) => ({ time, event: true }))).median // 2.5
 */
export function summarizeKm(
  observations: readonly SurvivalObservation[],
  options: { level?: number } = {},
): KmResult {
  return summarizeCurve(kaplanMeier(observations), options);
}
