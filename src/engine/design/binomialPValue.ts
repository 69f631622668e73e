import type { Alternative } from '../alternative.ts';
import { binomialDistribution } from '../lessons/binomialDistribution.ts';

/** The p-value of an exact binomial test and its mid-p counterpart. */
export interface BinomialPValue {
  /** P(an outcome at least as extreme as x | p0), as R's `binom.test` gives it. */
  pValue: number;
  /** The same with the outcomes exactly as extreme as x counted half. */
  midPValue: number;
}

/** R's relative tolerance for "as likely as x" in the two-sided test. */
const REL_ERR = 1 + 1e-7;

/**
 * The p-value and mid-p value of the exact test of H0: p = p0 from x responders of n. One-sided:
 * the binomial tail beyond x (including x). Two-sided, exactly as R's `binom.test`: the total
 * probability of the outcomes no more likely than x, where "no more likely" allows a relative
 * 1e-7 (R's `relErr`), so a symmetric outcome counts; p0 = 0 or 1 gives 1 when x is the only
 * possible outcome and 0 otherwise. The mid-p value counts the outcomes as likely as x (within
 * the same tolerance; x itself in a one-sided test) half.
 * Assumes 0 <= x <= n integers and 0 <= p0 <= 1; `pmf` is the null distribution
 * `binomialDistribution(n, p0)` when the caller already has it.
 * Reference: R's `binom.test` (stats, R >= 3.x); Lancaster (1961), JASA 56:223 (mid-p);
 * Agresti, Categorical Data Analysis (2013), 1.4.4.
 * @example binomialPValue(15, 18, { p0: 0.5, alternative: 'greater' }).pValue // 0.003768...
 */
export function binomialPValue(
  x: number,
  n: number,
  options: { p0: number; alternative: Alternative; pmf?: readonly number[] },
): BinomialPValue {
  const { p0, alternative } = options;
  const pmf = options.pmf ?? binomialDistribution(n, p0);
  // Sums run from the outer end of a tail inward, smallest terms first.
  const below = (to: number) => {
    let total = 0;
    for (let k = 0; k <= to; k++) total += pmf[k];
    return total;
  };
  const above = (from: number) => {
    let total = 0;
    for (let k = n; k >= Math.max(0, from); k--) total += pmf[k];
    return total;
  };
  // Rounding can carry a sum a hair above 1, or a mid-p value above its p-value.
  const oneSided = (pValue: number, beyond: number) => {
    const p = Math.min(1, pValue);
    return { pValue: p, midPValue: Math.min(p, beyond + pmf[x] / 2) };
  };
  if (alternative === 'less') return oneSided(below(x), below(x - 1));
  if (alternative === 'greater') return oneSided(above(x), above(x + 1));
  const d = pmf[x];
  let pValue: number;
  if (p0 === 0) pValue = x === 0 ? 1 : 0;
  else if (p0 === 1) pValue = x === n ? 1 : 0;
  else {
    const m = n * p0;
    if (x === m) pValue = 1;
    else if (x < m) {
      let y = 0;
      for (let i = Math.ceil(m); i <= n; i++) if (pmf[i] <= d * REL_ERR) y++;
      pValue = below(x) + above(n - y + 1);
    } else {
      let y = 0;
      for (let i = 0; i <= Math.floor(m); i++) if (pmf[i] <= d * REL_ERR) y++;
      pValue = below(y - 1) + above(x);
    }
  }
  let tied = 0;
  for (let k = 0; k <= n; k++) if (pmf[k] <= d * REL_ERR && pmf[k] * REL_ERR >= d) tied += pmf[k];
  pValue = Math.min(1, pValue);
  return { pValue, midPValue: Math.max(0, pValue - tied / 2) };
}
