import { modelFunctions } from '../models/modelFunctions.ts';
import type { TimeModel } from '../models/timeModel.ts';
import type { TalliedObservations } from './tallyObservations.ts';

/**
 * The log-likelihood of a time model for censored observations, on the time scale of weeks (as
 * R's `survreg` reports `loglik`, the Jacobian of log time included): log f(t) for an exact time,
 * log S(t) for a censored one, log(S(lower) − S(upper)) for one in (lower, upper].
 * Computed from the log density and log survival, so far tails stay finite; `-Infinity` when an
 * observation is impossible under the model.
 * Reference: Klein & Moeschberger (2003), Survival Analysis, §3.5.
 * @example logLikelihood({ distribution: 'exponential', median: Math.LN2 }, tallyObservations([{ lower: 1, upper: 1 }])) // -1
 */
export function logLikelihood(model: TimeModel, data: TalliedObservations): number {
  const f = modelFunctions(model);
  let sum = 0;
  for (let i = 0; i < data.count.length; i++) {
    const lower = data.lower[i];
    const upper = data.upper[i];
    let term: number;
    if (lower === upper) term = f.logDensity(model, lower);
    else if (upper === Infinity) term = f.logSurvival(model, lower);
    else {
      // log(S(lower) − S(upper)) = log S(lower) + log(1 − S(upper) / S(lower))
      const below = f.logSurvival(model, lower);
      term = below + Math.log1p(-Math.exp(f.logSurvival(model, upper) - below));
    }
    sum += data.count[i] * term;
  }
  return Number.isNaN(sum) ? -Infinity : sum;
}
