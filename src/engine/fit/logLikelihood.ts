import { modelFunctions } from '../models/modelFunctions.ts';
import type { TimeModel } from '../models/timeModel.ts';
import type { TalliedObservations } from './tallyObservations.ts';

/**
 * The log-likelihood of a time model for censored observations, on the time scale of weeks (as
 * R's `survreg` reports `loglik`, the Jacobian of log time included): log f(t) for an exact time,
 * log S(t) for a censored one, log(S(lower) − S(upper)) for one in (lower, upper].
 * `-Infinity` when an observation is impossible under the model.
 * Reference: Klein & Moeschberger (2003), Survival Analysis, §3.5.
 * @example logLikelihood({ distribution: 'exponential', median: Math.LN2 }, tallyObservations([{ lower: 1, upper: 1 }])) // -1
 */
export function logLikelihood(model: TimeModel, data: TalliedObservations): number {
  const f = modelFunctions(model);
  let sum = 0;
  for (let i = 0; i < data.count.length; i++) {
    const lower = data.lower[i];
    const upper = data.upper[i];
    const p =
      lower === upper
        ? f.density(model, lower)
        : upper === Infinity
          ? f.survival(model, lower)
          : f.survival(model, lower) - f.survival(model, upper);
    sum += data.count[i] * Math.log(p);
  }
  return Number.isNaN(sum) ? -Infinity : sum;
}
