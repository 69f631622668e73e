import { binomialDistribution } from './binomialDistribution.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../report.ts';
import { intervalTable } from '../intervalTable.ts';

/**
 * The exact coverage of each of the five proportion intervals for n patients at a true rate p:
 * the sum over x = 0..n of P(X = x) for the x whose interval contains p (closed). The intervals
 * come from `intervalTable`, so sweeping p over a grid computes each table once.
 * Assumes n >= 1 integer, 0 <= p <= 1 and a two-sided level in (0, 1) (default 0.95).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101; as `exactCoverage`.
 * @example coverageAt(18, 0.5).wald // 0.9037...
 */
export function coverageAt(
  n: number,
  p: number,
  { level = 0.95 }: { level?: number } = {},
): Record<ProportionMethod, number> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const coverage = Object.fromEntries(PROPORTION_METHODS.map((m) => [m, 0])) as Record<
    ProportionMethod,
    number
  >;
  const mass = binomialDistribution(n, p);
  for (const method of PROPORTION_METHODS) {
    const bounds = intervalTable(n, { method, level });
    let total = 0;
    for (let x = 0; x <= n; x++) {
      if (bounds[2 * x] <= p && p <= bounds[2 * x + 1]) total += mass[x];
    }
    coverage[method] = total;
  }
  return coverage;
}
