import type { LessonTask } from '../../../engine/lessons/index.ts';
import type { ProportionMethod } from '../../../engine/report.ts';

/** The worker-pool task that computes a method's 95% intervals, one study size per item. */
export type IntervalBoundsTask = Extract<LessonTask, { kind: 'interval-bounds' }>;

/**
 * The task that computes every 95% interval a method gives for 1 to nMax patients (the
 * `intervalTable` of each n). The intervals do not depend on the true ORR, so the lesson asks
 * once per method and re-weights the tables with `expectedWidth` as the ORR moves.
 * Assumes nMax >= 1 integer.
 * Example: `intervalBoundsTask('wilson', 3) // { kind: 'interval-bounds', ns: [1, 2, 3], method: 'wilson', level: 0.95 }`.
 */
export function intervalBoundsTask(method: ProportionMethod, nMax: number): IntervalBoundsTask {
  return {
    kind: 'interval-bounds',
    ns: Array.from({ length: nMax }, (_, i) => i + 1),
    method,
    level: 0.95,
  };
}
