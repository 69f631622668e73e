import { modelFunctions } from '../models/modelFunctions.ts';
import type { DorModel, TtrModel } from './scenario.ts';

/**
 * One random time from a time-to-response or duration-of-response model, by the model's sampler
 * (inversion; log-normal by Box–Muller); `empirical` picks one of its times uniformly. A time
 * that never ends (durable mixture, a plateau) is `Infinity`.
 * @example sampleTime({ distribution: 'exponential', median: 2 }, rng) // e.g. 1.37
 */
export function sampleTime(model: TtrModel | DorModel, rng: () => number): number {
  if (model.distribution === 'empirical') {
    const u = 1 - rng();
    return model.times[Math.floor((1 - u) * model.times.length)];
  }
  return modelFunctions(model).sample(model, rng);
}
