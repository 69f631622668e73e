import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * The upper tail P(X ≥ x) of a chi-squared distribution with df degrees of freedom, accurate
 * for tiny p-values (the regularised upper incomplete gamma, not 1 − CDF).
 * Assumes df > 0; x ≤ 0 gives 1.
 * Reference: R's `pchisq(x, df, lower.tail = FALSE)`.
 * @example chiSquareTail(3.84146, 1) // 0.05000…
 */
export function chiSquareTail(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  if (Number.isNaN(x)) throw new RangeError('x must be a number, got NaN');
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}
