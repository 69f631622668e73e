import type { BootstrapPlan } from './bootstrapPlan.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { ReplicateEvaluator } from './ReplicateEvaluator.ts';

/** Most leave-out groups: above this many patients the jackknife leaves out groups (i mod G). */
export const MAX_JACKKNIFE_GROUPS = 2000;

/**
 * The statistic codes of the whole cohort (`full`) and of each jackknife sample
 * (`leaveOneOut[g]` without patient g), in `BOOTSTRAP_STATISTICS` order. Above
 * MAX_JACKKNIFE_GROUPS patients it is the grouped (delete-d) jackknife leaving out the patients
 * i with i mod G = g. Each sample is counted over the plan's groups (`resampleGroups`), so
 * the cost is n + G·K for K groups rather than G·n.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, §11.2 and §14.3.
 * @example jackknifeCodes(plan).full[0] // responders in the cohort
 */
export function jackknifeCodes(plan: BootstrapPlan): {
  full: Float64Array;
  leaveOneOut: Float64Array[];
} {
  const evaluator = new ReplicateEvaluator(plan);
  const { sizes, groupOf } = plan.groups;
  const left = new Int32Array(sizes.length);
  const groups = Math.min(plan.n, MAX_JACKKNIFE_GROUPS);
  const run = (skip: number) => {
    for (let i = skip; i >= 0 && i < plan.n; i += groups) left[groupOf[i]]++;
    sizes.forEach((size, g) => size > left[g] && evaluator.add(g, size - left[g]));
    const codes = new Float64Array(BOOTSTRAP_STATISTICS.length);
    evaluator.evaluate(codes);
    left.fill(0);
    return codes;
  };
  return { full: run(-1), leaveOneOut: Array.from({ length: groups }, (_, g) => run(g)) };
}
