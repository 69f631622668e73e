import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { DorModel, Scenario } from './scenario.ts';

/** The probability a response lasts beyond t weeks under a DOR model. */
function dorSurvival(model: DorModel, t: number): number {
  switch (model.distribution) {
    case 'exponential':
      return Math.exp((-Math.LN2 * t) / model.median);
    case 'weibull':
      return Math.exp(-Math.LN2 * (t / model.median) ** model.shape);
    case 'lognormal':
      return t <= 0 ? 1 : 1 - normalCdf(Math.log(t / model.median) / model.shape, 0, 1);
  }
}

/**
 * The true values a scenario implies, which its simulated studies estimate: the response
 * probability (CR + PR + IMP) and the median of duration of response, which ends at loss or
 * death (so with a death hazard h it solves S_dor(t)·exp(−h t) = 1/2, by bisection).
 * @example scenarioTruth({ ...s, dor: { distribution: 'exponential', median: 2 }, death_hazard: 0 }).dor_median // 2
 */
export function scenarioTruth(scenario: Scenario): { orr: number; dor_median: number } {
  const { cr, pr, imp } = scenario.response;
  const survival = (t: number) =>
    dorSurvival(scenario.dor, t) * Math.exp(-scenario.death_hazard * t);
  let lo = 0;
  let hi = scenario.dor.median;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (survival(mid) > 0.5) lo = mid;
    else hi = mid;
  }
  return { orr: cr + pr + imp, dor_median: (lo + hi) / 2 };
}
