import type { Cohort } from '../cohort.ts';
import { drawLatentStudy } from './drawLatentStudy.ts';
import { observeLatentStudy } from './observeLatentStudy.ts';
import type { Scenario } from './scenario.ts';

/**
 * One synthetic study drawn from a scenario, as patient-level data seen at its cut-off: each
 * patient starts at a uniform time in the accrual period and is followed to the earliest of
 * cut-off, drop-out and death; a response (and its loss) counts only if seen before follow-up
 * ends, at the next visit when `visit_wk` is set. See `drawLatentStudy` and `observeLatentStudy`.
 * @example simulateCohort(scenario, { rng: chunkRng('s', 0) }).patients.length // scenario.n
 */
export function simulateCohort(scenario: Scenario, { rng }: { rng: () => number }): Cohort {
  return observeLatentStudy(drawLatentStudy(scenario, { rng }), {
    cutoffWk: scenario.cutoff_wk,
    visitWk: scenario.visit_wk,
  });
}
