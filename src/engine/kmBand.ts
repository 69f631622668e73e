import { confidenceBand } from './confidenceBand.ts';
import type { KmCurve } from './kaplanMeier.ts';
import type { KmTransform } from './report.ts';

/**
 * Pointwise confidence bounds of a Kaplan–Meier curve at a two-sided level (default 0.95), for the
 * transforms of R survival's `conf.type`: "log" (default in R), "log-log" and "plain".
 * As in R, "log" and "plain" cap the upper bound at 1 and "plain" floors the lower at 0; a bound
 * is `null` where R gives NA/NaN: at survival 0 (all three) and at survival 1 ("log-log").
 * Reference: R survival 3.5 `survfit_confint`; Kalbfleisch & Prentice (2002), section 1.4.
 * @example kmBand(kaplanMeier(obs), { transform: 'log' }).lower
 */
export function kmBand(
  curve: KmCurve,
  options: { transform: KmTransform; level?: number },
): { lower: (number | null)[]; upper: (number | null)[] } {
  return confidenceBand(curve.survival, curve.stdErr, options);
}
