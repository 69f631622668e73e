import type { Scenario } from '../montecarlo/scenario.ts';
import { scenarioTruth } from '../montecarlo/scenarioTruth.ts';

/** The DOR model median that gives a true median DOR (which deaths shorten) of `target`. */
function modelMedianFor(scenario: Scenario, target: number): number {
  const truthAt = (median: number) =>
    scenarioTruth({ ...scenario, dor: { ...scenario.dor, median } }).dor_median;
  if (scenario.death_hazard <= 0) return target;
  let lo = target;
  let hi = target;
  for (let k = 0; k < 60 && truthAt(hi) < target; k++) hi *= 2;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (truthAt(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * A scenario with some of its truths changed: `n` patients, a true ORR `orr` (the CR, PR and IMP
 * probabilities rescaled in proportion, or all PR when the scenario had none) and a true median
 * duration of response `dorMedianWk`, as `scenarioTruth` defines it (a response ends at loss or
 * death), reached by rescaling the DOR model with its shape kept; when deaths alone end half the
 * responses sooner, the longest reachable median is used. Everything else stays.
 * Assumes 0 <= orr <= 1, dorMedianWk > 0 and n a whole number >= 1.
 * Reference: the lessons' "what if the truth were…" controls; bisection on scenarioTruth.
 * @example adjustScenario(fitScenario(hlh), { orr: 0.6 }).response // { cr: 0.08, pr: 0.52, imp: 0 }
 */
export function adjustScenario(
  scenario: Scenario,
  { n, orr, dorMedianWk }: { n?: number; orr?: number; dorMedianWk?: number },
): Scenario {
  let response = scenario.response;
  if (orr !== undefined) {
    const { cr, pr, imp } = response;
    const total = cr + pr + imp;
    const share = (v: number) => (v * orr) / total;
    response =
      total > 0 ? { cr: share(cr), pr: share(pr), imp: share(imp) } : { cr: 0, pr: orr, imp: 0 };
  }
  return {
    ...scenario,
    n: n ?? scenario.n,
    response,
    dor:
      dorMedianWk === undefined
        ? scenario.dor
        : { ...scenario.dor, median: modelMedianFor(scenario, dorMedianWk) },
  };
}
