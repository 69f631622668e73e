import type { TimeModel } from '../models/timeModel.ts';

/**
 * Time to response of a responder: any time model (see `TimeModel`: the four families by median
 * and shape, piecewise exponential, durable mixture, Kaplan–Meier), or resampled from observed times.
 */
export type TtrModel = TimeModel | { distribution: 'empirical'; times: number[] };

/**
 * Duration of response: any time model — exponential, Weibull (shape k), log-normal (shape = sd
 * of log time) or log-logistic by median in weeks, piecewise exponential, durable mixture, or
 * Kaplan–Meier with an exponential tail.
 */
export type DorModel = TimeModel;

/**
 * A single-arm study design and its true outcome model, as a JSON document (times in weeks):
 * `n` patients accrue uniformly over `accrual_wk`; the data are cut off at `cutoff_wk` after the
 * first start; each patient is a CR, PR or IMP with the given probabilities (else NR); responders
 * respond after a `ttr` time and keep the response for a `dor` time; drop-out and death occur at
 * constant hazards (per week); with `visit_wk`, response and loss are seen at the next visit.
 * @example { "n": 18, "response": { "cr": 0.1, "pr": 0.7, "imp": 0 }, "ttr": { "distribution": "exponential", "median": 1 }, "dor": { "distribution": "weibull", "median": 2, "shape": 0.8 }, "accrual_wk": 30, "cutoff_wk": 37, "dropout_hazard": 0, "death_hazard": 0.005, "visit_wk": 1 }
 */
export interface Scenario {
  n: number;
  response: { cr: number; pr: number; imp: number };
  ttr: TtrModel;
  dor: DorModel;
  accrual_wk: number;
  cutoff_wk: number;
  dropout_hazard: number;
  death_hazard: number;
  visit_wk: number | null;
}
