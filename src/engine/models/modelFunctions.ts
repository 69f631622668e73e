import { exponential } from './exponential.ts';
import { km } from './km.ts';
import { loglogistic } from './loglogistic.ts';
import { lognormal } from './lognormal.ts';
import { mixture } from './mixture.ts';
import { piecewise } from './piecewise.ts';
import type { TimeModel, TimeModelFunctions } from './timeModel.ts';
import { weibull } from './weibull.ts';

const FUNCTIONS = { exponential, weibull, lognormal, loglogistic, piecewise, mixture, km };

/**
 * The density, survival, hazard, quantile and sampler of any time model, by its `distribution`.
 * @example const f = modelFunctions(model); f.survival(model, 4) // P(T > 4 weeks)
 */
export function modelFunctions<M extends TimeModel>(model: M): TimeModelFunctions<M> {
  return FUNCTIONS[model.distribution] as unknown as TimeModelFunctions<M>;
}
