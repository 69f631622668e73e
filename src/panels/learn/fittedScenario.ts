import type { Cohort } from '../../engine/cohort.ts';
import { fitScenario } from '../../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import { MAX_STUDY_SIZE } from '../../engine/limits.ts';

/**
 * The simulation scenario fitted to the loaded cohort, as the lessons imitate it (see
 * `fitScenario`), with studies of at most `MAX_STUDY_SIZE` patients; `null` when the cohort has no
 * patients or cannot be fitted, so that a lesson shows a message instead of failing. The fit is
 * remembered for each cohort object, so moving between lessons does not repeat it.
 * Example: `fittedScenario(cohort)?.n === 18`.
 */
export function fittedScenario(cohort: Cohort): Scenario | null {
  if (!fits.has(cohort)) fits.set(cohort, fit(cohort));
  return fits.get(cohort) ?? null;
}

const fits = new WeakMap<Cohort, Scenario | null>();

function fit(cohort: Cohort): Scenario | null {
  if (cohort.patients.length === 0) return null;
  try {
    const scenario = fitScenario(cohort);
    return { ...scenario, n: Math.min(scenario.n, MAX_STUDY_SIZE) };
  } catch {
    return null;
  }
}
