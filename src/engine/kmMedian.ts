import type { KmCurve } from './kaplanMeier.ts';
import { kmQuantile } from './kmQuantile.ts';
import type { KmTransform } from './report.ts';

/**
 * Median survival time with its Brookmeyer–Crowley interval (transform default "log", level 0.95);
 * `null` for a median or bound the curve never reaches.
 * Follows R's `quantile(survfit(...), 0.5)`, including the midpoint of a flat stretch at exactly 0.5
 * (R's `print` differs only when the curve ends at 0.5: it then reports the stretch's start).
 * Reference: Brookmeyer & Crowley (1982), Biometrics 38:29; R survival 3.5 `quantile.survfit`.
 * @example kmMedian(kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })))).median // 2.5
 */
export function kmMedian(
  curve: KmCurve,
  options: { level?: number; transform?: KmTransform } = {},
): { median: number | null; lower: number | null; upper: number | null } {
  const { quantile, lower, upper } = kmQuantile(curve, { ...options, p: 0.5 });
  return { median: quantile, lower, upper };
}
