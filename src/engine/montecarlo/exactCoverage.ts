import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import { intervalTable } from '../intervalTable.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../report.ts';

/** Exact coverage and expected width of every proportion interval over a grid of true p. */
export interface CoverageReport {
  n: number;
  level: number;
  p: number[];
  coverage: Record<ProportionMethod, number[]>;
  expected_width: Record<ProportionMethod, number[]>;
}

/**
 * The exact coverage probability of each of the five proportion intervals at sample size n:
 * for every p, the sum over x = 0..n of P(X = x | n, p) for the intervals that contain p
 * (closed), and the expected width likewise, with the intervals read from `intervalTable`. Each
 * binomial term is computed on its own (as R's `dbinom`), for the command line's reference output;
 * the lessons' `coverageAt` and `expectedWidth` walk the binomial row instead, which is faster and
 * agrees within a few units in the last place.
 * Assumes n ≥ 1 and 0 ≤ p ≤ 1.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101.
 * @example exactCoverage({ n: 18, p: [0.5] }).coverage.wald[0] // 0.9037...
 */
export function exactCoverage({
  n,
  level = 0.95,
  p,
}: {
  n: number;
  level?: number;
  p: readonly number[];
}): CoverageReport {
  const tables = PROPORTION_METHODS.map((method) => intervalTable(n, { method, level }));
  const coverage = PROPORTION_METHODS.map(() => new Array<number>(p.length).fill(0));
  const width = PROPORTION_METHODS.map(() => new Array<number>(p.length).fill(0));
  p.forEach((prob, j) => {
    for (let x = 0; x <= n; x++) {
      const mass = binomialPmf(x, n, prob);
      tables.forEach((table, m) => {
        const lo = table[2 * x];
        const hi = table[2 * x + 1];
        if (lo <= prob && prob <= hi) coverage[m][j] += mass;
        width[m][j] += mass * (hi - lo);
      });
    }
  });
  const byMethod = (rows: number[][]) =>
    Object.fromEntries(PROPORTION_METHODS.map((m, i) => [m, rows[i]])) as Record<
      ProportionMethod,
      number[]
    >;
  return { n, level, p: [...p], coverage: byMethod(coverage), expected_width: byMethod(width) };
}
