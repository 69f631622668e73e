import { binomialDistribution } from './binomialDistribution.ts';

/** Results less likely than this are skipped: they change a width by less than (n + 1) · 1e-17. */
const NEGLIGIBLE = 1e-17;

/**
 * The expected width of an interval procedure for n patients at a true rate p, by exact
 * enumeration of the results x = 0..n: the sum of P(X = x) times the width of `interval(x)`.
 * Results with probability below 1e-17 are skipped, so their intervals are never asked for.
 * Assumes n >= 1 integer and 0 <= p <= 1.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example expectedWidth(2, 0.5, (x) => proportionInterval(x, 2, { method: 'wald' })) // 0.6929...
 */
export function expectedWidth(
  n: number,
  p: number,
  interval: (x: number) => readonly [number, number],
): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const pmf = binomialDistribution(n, p);
  let total = 0;
  for (let x = 0; x <= n; x++) {
    const weight = pmf[x];
    if (weight < NEGLIGIBLE) continue;
    const [lower, upper] = interval(x);
    total += weight * (upper - lower);
  }
  return total;
}
