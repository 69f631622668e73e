import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { KmTransform } from './report.ts';

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Pointwise confidence bounds for probabilities p given the standard error of log(p), at a
 * two-sided level (default 0.95), for R survival's transforms "log", "log-log" and "plain".
 * As in R, "log" and "plain" cap the upper bound at 1 and "plain" floors the lower at 0; a bound
 * is `null` where R gives NA/NaN: at p = 0 (all three) and at p = 1 ("log-log"). A curve's
 * Greenwood `std.err` is already on the log scale; a multi-state standard error of p is
 * converted first (se / p, 0 where se is 0), as R's `survfit_confint(logse = FALSE)` does.
 * Reference: R survival 3.5 `survfit_confint`; Kalbfleisch & Prentice (2002), section 1.4.
 * @example confidenceBand([0.8], [0.25], { transform: 'log' }).lower // [0.4901…]
 */
export function confidenceBand(
  p: readonly number[],
  logSe: readonly number[],
  options: { transform: KmTransform; level?: number },
): { lower: (number | null)[]; upper: (number | null)[] } {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  p.forEach((s, i) => {
    const se = logSe[i];
    if (options.transform === 'plain') {
      const se2 = se * s * z;
      lower.push(finiteOrNull(Math.max(s - se2, 0)));
      upper.push(finiteOrNull(Math.min(s + se2, 1)));
    } else if (options.transform === 'log') {
      const se2 = z * se;
      lower.push(s === 0 ? null : finiteOrNull(Math.exp(Math.log(s) - se2)));
      upper.push(s === 0 ? null : finiteOrNull(Math.min(Math.exp(Math.log(s) + se2), 1)));
    } else if (options.transform === 'log-log') {
      const se2 = (z * se) / Math.log(s);
      const undefinedHere = s === 0 || s === 1;
      lower.push(
        undefinedHere ? null : finiteOrNull(Math.exp(-Math.exp(Math.log(-Math.log(s)) - se2))),
      );
      upper.push(
        undefinedHere ? null : finiteOrNull(Math.exp(-Math.exp(Math.log(-Math.log(s)) + se2))),
      );
    } else {
      throw new RangeError(`unknown transform: ${String(options.transform)}`);
    }
  });
  return { lower, upper };
}
