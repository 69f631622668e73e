import { binomialArgs } from './binomialArgs.ts';

/**
 * Agresti–Coull interval in its general form, clipped to [0, 1]: a Wald interval around
 * p̃ = (x + z²/2) / ñ with ñ = n + z², where z is the normal quantile of the level.
 * Assumes n >= 1 and 0 <= x <= n integers. At the 95% level this is close to "add two successes
 * and two failures"; the z form is the standard one of Brown, Cai & DasGupta (2001), R's
 * `binom::binom.agresti.coull` and `DescTools::BinomCI(method = "agresti-coull")` (which clips).
 * Reference: Agresti & Coull (1998), The American Statistician 52:119.
 * @example agrestiCoull(0, 18) // [0, 0.2067...]
 */
export function agrestiCoull(
  x: number,
  n: number,
  options: { level?: number } = {},
): [number, number] {
  const { z } = binomialArgs(x, n, options.level);
  const nTilde = n + z * z;
  const pTilde = (x + (z * z) / 2) / nTilde;
  const half = z * Math.sqrt((pTilde * (1 - pTilde)) / nTilde);
  return [Math.max(0, pTilde - half), Math.min(1, pTilde + half)];
}
