import type { BootstrapPlan } from './bootstrapPlan.ts';
import { bootstrapTallies, type BootstrapCounts } from './bootstrapCounts.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { ReplicateEvaluator } from './ReplicateEvaluator.ts';

/**
 * Runs `count` bootstrap replicates (n patients drawn with replacement) and streams every
 * statistic into exact tallies; memory does not grow with `count`.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6.
 * @example bootstrapChunk(plan, { count: 16384, rng: chunkRng('s', 0) }).reps // 16384
 */
export function bootstrapChunk(
  plan: BootstrapPlan,
  { count, rng }: { count: number; rng: () => number },
): BootstrapCounts {
  const evaluator = new ReplicateEvaluator(plan);
  const tallies = bootstrapTallies(plan);
  const stats = BOOTSTRAP_STATISTICS.length;
  const undefinedCounts = new Float64Array(stats);
  const codes = new Int32Array(stats);
  for (let r = 0; r < count; r++) {
    evaluator.resample(rng);
    evaluator.evaluate(codes);
    for (let s = 0; s < stats; s++) {
      const code = codes[s];
      if (code < 0) undefinedCounts[s]++;
      else tallies[s].add(code);
    }
  }
  return { reps: count, undefinedCounts, tallies: tallies.map((t) => t.toData()) };
}
