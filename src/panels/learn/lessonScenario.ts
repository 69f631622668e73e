import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import { MAX_STUDY_SIZE } from '../../engine/limits.ts';

/**
 * The scenario fitted to the loaded cohort (the app's one fit, `Analysis.fittedScenario`) as the
 * lessons imitate it: studies of at most `MAX_STUDY_SIZE` patients, so a large cohort never
 * stalls a lesson; `null` when no scenario could be fitted, so that a lesson shows a message
 * instead of failing. Example: `lessonScenario(fitScenario(cohort).scenario)?.n === 18`.
 */
export function lessonScenario(fitted: Scenario | null): Scenario | null {
  return fitted && { ...fitted, n: Math.min(fitted.n, MAX_STUDY_SIZE) };
}
