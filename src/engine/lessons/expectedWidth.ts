import { binomialDistribution } from './binomialDistribution.ts';

/** Results less likely than this are skipped: they change a width by less than (n + 1) · 1e-17. */
const NEGLIGIBLE = 1e-17;

/**
 * The expected width of a proportion interval for n patients at a true rate p, by exact
 * enumeration of the results x = 0..n: the sum of P(X = x) times the width of the interval for x,
 * read from the method's table for n (`intervalTable`). Results with probability below 1e-17 are
 * skipped. A page re-weights tables computed once (on a worker) as p moves.
 * Assumes a table as `intervalTable` gives it (n >= 1) and 0 <= p <= 1.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example expectedWidth(intervalTable(2, { method: 'wald' }), 0.5) // 0.6929...
 */
export function expectedWidth(table: Float64Array, p: number): number {
  const n = table.length / 2 - 1;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(
      `the table must hold the intervals for x = 0..n, n >= 1; got ${table.length} numbers`,
    );
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const pmf = binomialDistribution(n, p);
  let total = 0;
  for (let x = 0; x <= n; x++) {
    const weight = pmf[x];
    if (weight < NEGLIGIBLE) continue;
    total += weight * (table[2 * x + 1] - table[2 * x]);
  }
  return total;
}
