import { confidenceBand } from './confidenceBand.ts';
import type { KmCurve } from './kaplanMeier.ts';
import { KM_TRANSFORMS, type Interval, type KmTransform, type LandmarkRate } from './report.ts';

/**
 * The Kaplan–Meier estimate at chosen weeks with its standard error and pointwise interval under
 * every transform, as R's `summary(survfit(...), times = weeks)`; `scale: 'event'` reports the
 * share who had the event by then instead (1 − S, the interval flipped to [1 − upper, 1 − lower]).
 * A week before the first time gives 1 (0 on the event scale) with standard error 0 and bounds 1
 * under every transform (log-log included, as R's `survfit0` start); a week after
 * the curve's last time is not estimable (estimate, standard error and bounds `null`), never the
 * last value carried forward. Level default 0.95.
 * Reference: R survival 3.5 `summary.survfit` (times, extend = FALSE) and `survfit_confint`.
 * @example kmLandmarks(kaplanMeier(obs), [3])[0] // times 1, 2, 2+, 4, 6: { week: 3, estimate: 0.6, se: 0.2191, ci: { log: [0.2933, 1], … } }
 */
export function kmLandmarks(
  curve: KmCurve,
  weeks: readonly number[],
  options: { level?: number; scale?: 'survival' | 'event' } = {},
): LandmarkRate[] {
  const flip = options.scale === 'event';
  const last = curve.time.at(-1);
  return weeks.map((week) => {
    const ci = {} as Record<KmTransform, Interval>;
    if (last === undefined || week > last || !Number.isFinite(week)) {
      for (const t of KM_TRANSFORMS) ci[t] = [null, null];
      return { week, estimate: null, se: null, ci };
    }
    let i = -1;
    while (i + 1 < curve.time.length && curve.time[i + 1] <= week) i++;
    const s = i < 0 ? 1 : curve.survival[i];
    const logSe = i < 0 ? 0 : curve.stdErr[i];
    for (const transform of KM_TRANSFORMS) {
      // Before the first time R's summary reads the curve's added start, bounds 1 under every transform.
      const band =
        i < 0
          ? { lower: [1], upper: [1] }
          : confidenceBand([s], [logSe], { transform, level: options.level });
      const [lo, hi] = [band.lower[0], band.upper[0]];
      ci[transform] = flip ? [hi === null ? null : 1 - hi, lo === null ? null : 1 - lo] : [lo, hi];
    }
    const se = Number.isFinite(logSe) ? s * logSe : null;
    return { week, estimate: flip ? 1 - s : s, se, ci };
  });
}
