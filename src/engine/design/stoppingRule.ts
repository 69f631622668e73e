/** One interim or final look of a single-arm study, by the number of responders x so far. */
export interface Look {
  /** Patients evaluated at this look. */
  n: number;
  /** Stop for futility when x <= futility; null: never. */
  futility: number | null;
  /** Stop for efficacy (H0 rejected) when x >= efficacy; null: never. */
  efficacy: number | null;
}

/**
 * A single-arm stopping rule: looks at increasing numbers of patients, the last being the final
 * analysis, where every study stops and succeeds exactly when x >= its `efficacy`.
 */
export interface StoppingRule {
  looks: Look[];
}

/**
 * Checks a stopping rule and returns its maximum sample size; a RangeError names the look at fault.
 * Assumes nothing.
 * @example checkStoppingRule({ looks: [{ n: 13, futility: 3, efficacy: null }, { n: 43, futility: 12, efficacy: 13 }] }) // 43
 */
export function checkStoppingRule(rule: StoppingRule): number {
  const { looks } = rule;
  if (!Array.isArray(looks) || looks.length === 0) throw new RangeError('a rule needs a look');
  looks.forEach((look, i) => {
    const where = `look ${i + 1} (n = ${look.n})`;
    if (!Number.isInteger(look.n) || look.n < 1 || (i > 0 && look.n <= looks[i - 1].n)) {
      throw new RangeError(`${where}: n must be a whole number above the previous look's`);
    }
    for (const bound of [look.futility, look.efficacy]) {
      if (bound !== null && !Number.isInteger(bound)) {
        throw new RangeError(`${where}: boundaries must be whole numbers or null`);
      }
    }
    if (look.futility !== null && look.efficacy !== null && look.futility >= look.efficacy) {
      throw new RangeError(
        `${where}: futility ${look.futility} must be below efficacy ${look.efficacy}`,
      );
    }
  });
  return looks[looks.length - 1].n;
}
