import { latentMedian } from '../models/latentMedian.ts';
import { modelFunctions } from '../models/modelFunctions.ts';
import type { Scenario } from './scenario.ts';

/** The true values a scenario implies, each named for what it is. */
export interface ScenarioTruth {
  /** The response probability, CR + PR + IMP. */
  orr: number;
  /**
   * What the Kaplan–Meier median DOR of its studies estimates: a response ends at loss or death,
   * so it solves S_dor(t) · exp(−h t) = 1/2 for the death hazard h. `Infinity` when half the
   * responses never end (no deaths and a durable fraction of one half or more).
   */
  dor_median: number;
  /** The DOR model's own median: the latent duration, without death or censoring (`Infinity` as above). */
  dor_model_median: number;
}

/**
 * The true values a scenario implies, which its simulated studies estimate: the response
 * probability and two medians of duration of response — the model's own (`dor_model_median`)
 * and the Kaplan–Meier estimand (`dor_median`, death counted as an event), found by bisection
 * on S_dor(t) · exp(−h t) = 1/2 below the model's median (the bracket is doubled from 1 week
 * when the model's median is infinite), 200 halvings.
 * @example scenarioTruth({ ...s, dor: { distribution: 'exponential', median: 2 }, death_hazard: 0 }).dor_median // 2
 */
export function scenarioTruth(scenario: Scenario): ScenarioTruth {
  const { cr, pr, imp } = scenario.response;
  const { dor } = scenario;
  const functions = modelFunctions(dor);
  const survival = (t: number) => functions.survival(dor, t) * Math.exp(-scenario.death_hazard * t);
  const modelMedian = latentMedian(dor);
  let lo = 0;
  let hi = modelMedian;
  if (!Number.isFinite(hi)) {
    hi = 1;
    for (let k = 0; k < 60 && survival(hi) > 0.5; k++) hi *= 2;
    if (survival(hi) > 0.5)
      return { orr: cr + pr + imp, dor_median: Infinity, dor_model_median: modelMedian };
  }
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (survival(mid) > 0.5) lo = mid;
    else hi = mid;
  }
  return { orr: cr + pr + imp, dor_median: (lo + hi) / 2, dor_model_median: modelMedian };
}
