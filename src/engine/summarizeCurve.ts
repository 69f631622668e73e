import type { KmCurve } from './kaplanMeier.ts';
import { kmBand } from './kmBand.ts';
import { kmMedian } from './kmMedian.ts';
import { KM_TRANSFORMS, type Interval, type KmResult, type KmTransform } from './report.ts';

/**
 * The Kaplan–Meier report of a fitted curve: the table with log-transform bounds, the median, and
 * its Brookmeyer–Crowley interval for each transform, at a two-sided level (default 0.95). For a
 * caller that reads the same curve again (landmarks, charts) without fitting it twice.
 * Reference: R survival 3.5 `survfit(conf.type = ...)` and `quantile.survfit`.
 * @example summarizeCurve(kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })))).median // 2.5
 */
export function summarizeCurve(curve: KmCurve, options: { level?: number } = {}): KmResult {
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
