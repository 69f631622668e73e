import type { Scenario } from '../../../src/engine/montecarlo/index.ts';

/** A scenario with every field set: 18 patients, weekly visits, deaths and drop-outs. */
export const baseScenario: Scenario = {
  n: 18,
  response: { cr: 0.1, pr: 0.7, imp: 0.05 },
  ttr: { distribution: 'exponential', median: 1 },
  dor: { distribution: 'weibull', median: 3, shape: 1.2 },
  accrual_wk: 30,
  cutoff_wk: 37,
  dropout_hazard: 0.01,
  death_hazard: 0.005,
  visit_wk: 1,
};
