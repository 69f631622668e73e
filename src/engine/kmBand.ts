import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { KmCurve } from './kaplanMeier.ts';
import type { KmTransform } from './report.ts';

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

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
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  curve.survival.forEach((p, i) => {
    const se = curve.stdErr[i];
    if (options.transform === 'plain') {
      const se2 = se * p * z;
      lower.push(finiteOrNull(Math.max(p - se2, 0)));
      upper.push(finiteOrNull(Math.min(p + se2, 1)));
    } else if (options.transform === 'log') {
      const se2 = z * se;
      lower.push(p === 0 ? null : finiteOrNull(Math.exp(Math.log(p) - se2)));
      upper.push(p === 0 ? null : finiteOrNull(Math.min(Math.exp(Math.log(p) + se2), 1)));
    } else if (options.transform === 'log-log') {
      const se2 = (z * se) / Math.log(p);
      const undefinedHere = p === 0 || p === 1;
      lower.push(
        undefinedHere ? null : finiteOrNull(Math.exp(-Math.exp(Math.log(-Math.log(p)) - se2))),
      );
      upper.push(
        undefinedHere ? null : finiteOrNull(Math.exp(-Math.exp(Math.log(-Math.log(p)) + se2))),
      );
    } else {
      throw new RangeError(`unknown transform: ${String(options.transform)}`);
    }
  });
  return { lower, upper };
}
