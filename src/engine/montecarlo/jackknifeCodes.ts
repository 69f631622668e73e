import type { BootstrapPlan } from './bootstrapPlan.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { ReplicateEvaluator } from './ReplicateEvaluator.ts';

/** Most leave-out groups: above this many patients the jackknife leaves out groups (i mod G). */
export const MAX_JACKKNIFE_GROUPS = 2000;

/**
 * The statistic codes of the whole cohort (`full`) and of each jackknife sample
 * (`leaveOneOut[g]` without patient g), in `BOOTSTRAP_STATISTICS` order. Above
 * MAX_JACKKNIFE_GROUPS patients it is the grouped (delete-d) jackknife leaving out the patients
 * i with i mod G = g, which keeps the cost at G·n.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, §11.2 and §14.3.
 * @example jackknifeCodes(plan).full[0] // responders in the cohort
 */
export function jackknifeCodes(plan: BootstrapPlan): {
  full: Int32Array;
  leaveOneOut: Int32Array[];
} {
  const evaluator = new ReplicateEvaluator(plan);
  const groups = Math.min(plan.n, MAX_JACKKNIFE_GROUPS);
  const run = (skip: number) => {
    for (let i = 0; i < plan.n; i++) if (i % groups !== skip) evaluator.add(i, 1);
    const codes = new Int32Array(BOOTSTRAP_STATISTICS.length);
    evaluator.evaluate(codes);
    return codes;
  };
  return { full: run(-1), leaveOneOut: Array.from({ length: groups }, (_, g) => run(g)) };
}
