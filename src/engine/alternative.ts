/** The alternative hypotheses of a one-sample test, as R names them (`binom.test`). */
export const ALTERNATIVES = ['greater', 'less', 'two-sided'] as const;

/**
 * The alternative hypothesis of a test of H0: p = p0: p > p0 (`greater`), p < p0 (`less`) or
 * p ≠ p0 (`two-sided`). A confidence interval that goes with a one-sided test is one-sided.
 */
export type Alternative = (typeof ALTERNATIVES)[number];
