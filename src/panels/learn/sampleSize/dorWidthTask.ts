import { adjustScenario, type LessonTask } from '../../../engine/lessons/index.ts';
import type { Scenario } from '../../../engine/montecarlo/scenario.ts';
import type { KmTransform } from '../../../engine/report.ts';

/** The worker-pool task that simulates the precision of the median DOR, one study size per item. */
export type DorWidthTask = Extract<LessonTask, { kind: 'dor-width' }>;

/**
 * The task that simulates how precisely studies of a few sizes estimate the median duration of
 * response: `reps` studies of the fitted design at each size in `ns`, with its response rate set
 * to the assumed true ORR, from the fixed seed 'dor-width'; `null` when the cohort gives no
 * design to simulate.
 * Assumes the design comes from `lessonScenario`, 0 < orr < 1 and sizes of at least one patient.
 * Example: `dorWidthTask(design, { orr: 0.83, reps: 200, ns: [10, 18], transform: 'log-log' })?.ns // [10, 18]`.
 */
export function dorWidthTask(
  design: Scenario | null,
  options: { orr: number; reps: number; ns: number[]; transform: KmTransform },
): DorWidthTask | null {
  if (!design) return null;
  return {
    kind: 'dor-width',
    scenario: adjustScenario(design, { orr: options.orr }),
    seed: 'dor-width',
    reps: options.reps,
    ns: options.ns,
    transform: options.transform,
  };
}
