import { kaplanMeier, type SurvivalObservation } from './kaplanMeier.ts';
import { kmBand } from './kmBand.ts';
import { kmMedian } from './kmMedian.ts';
import { KM_TRANSFORMS, type Interval, type KmResult, type KmTransform } from './report.ts';

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
  const curve = kaplanMeier(observations);
  const band = kmBand(curve, { transform: 'log', level: options.level });
  const ci = {} as Record<KmTransform, Interval>;
  let median: number | null = null;
  for (const transform of KM_TRANSFORMS) {
    const result = kmMedian(curve, { transform, level: options.level });
    ci[transform] = [result.lower, result.upper];
    median = result.median;
  }
  return {
    n: curve.n,
    events: curve.events,
    median,
    ci,
    table: curve.time.map((time, i) => ({
      time,
      n_risk: curve.nRisk[i],
      n_event: curve.nEvent[i],
      n_censor: curve.nCensor[i],
      survival: curve.survival[i],
      lower: band.lower[i],
      upper: band.upper[i],
    })),
  };
}
