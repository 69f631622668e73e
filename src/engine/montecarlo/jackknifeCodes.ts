import type { BootstrapPlan } from './bootstrapPlan.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { ReplicateEvaluator } from './ReplicateEvaluator.ts';

/**
 * The statistic codes of the whole cohort (`full`) and of each leave-one-out sample
 * (`leaveOneOut[i]` without patient i), in `BOOTSTRAP_STATISTICS` order.
 * @example jackknifeCodes(plan).full[0] // responders in the cohort
 */
export function jackknifeCodes(plan: BootstrapPlan): {
  full: Int32Array;
  leaveOneOut: Int32Array[];
} {
  const evaluator = new ReplicateEvaluator(plan);
  const run = (skip: number) => {
    for (let i = 0; i < plan.n; i++) if (i !== skip) evaluator.add(i, 1);
    const codes = new Int32Array(BOOTSTRAP_STATISTICS.length);
    evaluator.evaluate(codes);
    return codes;
  };
  return { full: run(-1), leaveOneOut: Array.from({ length: plan.n }, (_, i) => run(i)) };
}
