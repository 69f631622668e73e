import type { Cohort } from '../../engine/cohort.ts';
import { fitScenario } from '../../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../../engine/montecarlo/scenario.ts';

/**
 * The simulation scenario fitted to the loaded cohort, as the lessons imitate it (see
 * `fitScenario`), or `null` when the cohort has no patients or cannot be fitted, so that a lesson
 * shows a message instead of failing. Example: `fittedScenario(cohort)?.n === 18`.
 */
export function fittedScenario(cohort: Cohort): Scenario | null {
  if (cohort.patients.length === 0) return null;
  try {
    return fitScenario(cohort);
  } catch {
    return null;
  }
}
