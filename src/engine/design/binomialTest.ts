import type { Alternative } from '../alternative.ts';
import { binomialArgs } from '../binomialArgs.ts';
import { clopperPearson } from '../clopperPearson.ts';
import { binomialPValue } from './binomialPValue.ts';

/** The exact one-sample binomial test of x responders of n against a rate p0. */
export interface BinomialTest {
  x: number;
  n: number;
  p0: number;
  alternative: Alternative;
  level: number;
  /** x / n. */
  estimate: number;
  pValue: number;
  midPValue: number;
  /** Clopper–Pearson interval at `level`, one-sided for a one-sided test (as `binom.test`). */
  ci: [number, number];
}

/**
 * The exact binomial test of H0: p = p0 from x responders of n, with its mid-p value and the
 * Clopper–Pearson confidence interval consistent with it: two-sided for the two-sided test,
 * [lower, 1] for `greater`, [0, upper] for `less`. Defaults as R: two-sided, p0 = 0.5, level 0.95.
 * Assumes n >= 1 and 0 <= x <= n integers, 0 <= p0 <= 1, 0 < level < 1 (a RangeError names a bad value).
 * Reference: R's `binom.test(x, n, p0, alternative, conf.level)`; Clopper & Pearson (1934).
 * @example binomialTest(15, 18, { p0: 0.6, alternative: 'greater' }).pValue // 0.03278...
 */
export function binomialTest(
  x: number,
  n: number,
  options: { p0?: number; alternative?: Alternative; level?: number } = {},
): BinomialTest {
  const { p0 = 0.5, alternative = 'two-sided', level = 0.95 } = options;
  binomialArgs(x, n, level);
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`p0 must be in [0, 1], got ${p0}`);
  if (alternative !== 'greater' && alternative !== 'less' && alternative !== 'two-sided') {
    throw new RangeError(`alternative must be greater, less or two-sided, got ${alternative}`);
  }
  const { pValue, midPValue } = binomialPValue(x, n, { p0, alternative });
  return {
    x,
    n,
    p0,
    alternative,
    level,
    estimate: x / n,
    pValue,
    midPValue,
    ci: clopperPearson(x, n, { level, alternative }),
  };
}
