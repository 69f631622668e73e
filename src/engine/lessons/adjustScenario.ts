import type { DorModel, Scenario } from '../montecarlo/scenario.ts';
import { scenarioTruth } from '../montecarlo/scenarioTruth.ts';
import { latentMedian } from '../models/latentMedian.ts';
import { scaleTimeModel } from '../models/scaleTimeModel.ts';

/**
 * The DOR model with its time scale set by `median`: a family's median, or for the other
 * models the model stretched so that its own median (or, when that is infinite, its true
 * median, else 1 week) becomes `median`.
 */
function dorWithMedian(scenario: Scenario): (median: number) => DorModel {
  const { dor } = scenario;
  if ('median' in dor) return (median) => ({ ...dor, median });
  const own = latentMedian(dor);
  const truth = scenarioTruth(scenario).dor_median;
  const reference = Number.isFinite(own) ? own : Number.isFinite(truth) ? truth : 1;
  return (median) => scaleTimeModel(dor, median / reference);
}

/** The DOR model median that gives a true median DOR (which deaths shorten) of `target`. */
function modelMedianFor(scenario: Scenario, target: number): number {
  const withMedian = dorWithMedian(scenario);
  const truthAt = (median: number) =>
    scenarioTruth({ ...scenario, dor: withMedian(median) }).dor_median;
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
 * death), reached by rescaling the DOR model's time axis with its shape kept (see
 * `scaleTimeModel`; a family's median is set directly); when deaths alone end half the
 * responses sooner, the longest reachable median is used. Everything else stays.
 * Assumes 0 <= orr <= 1, dorMedianWk > 0 and n a whole number >= 1.
 * Reference: the lessons' "what if the truth were…" controls; bisection on scenarioTruth.
 * @example adjustScenario(fitScenario(hlh).scenario, { orr: 0.6 }).response // { cr: 0.08, pr: 0.52, imp: 0 }
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
        : dorWithMedian(scenario)(modelMedianFor(scenario, dorMedianWk)),
  };
}
