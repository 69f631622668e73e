import type { Scenario } from '../../src/engine/montecarlo/scenario.ts';

/** A small study: 18 patients accrued over 30 weeks, most responding for about 6 weeks. */
export const smallStudy: Scenario = {
  n: 18,
  response: { cr: 0.1, pr: 0.7, imp: 0 },
  ttr: { distribution: 'exponential', median: 1 },
  dor: { distribution: 'exponential', median: 6 },
  accrual_wk: 30,
  cutoff_wk: 36,
  dropout_hazard: 0,
  death_hazard: 0.01,
  visit_wk: null,
};
