import type { ExponentialModel, TimeModelFunctions } from './timeModel.ts';

/**
 * The exponential model by its median m: hazard ln 2 / m, S(t) = exp(−ln 2 · t / m); sampled by
 * inversion. Reference: Lawless (2003), Statistical Models and Methods for Lifetime Data, §1.3.
 * @example exponential.survival({ distribution: 'exponential', median: 2 }, 2) // 0.5
 */
export const exponential: TimeModelFunctions<ExponentialModel> = {
  density: (m, t) => (t < 0 ? 0 : (Math.LN2 / m.median) * Math.exp((-Math.LN2 * t) / m.median)),
  survival: (m, t) => (t <= 0 ? 1 : Math.exp((-Math.LN2 * t) / m.median)),
  logDensity: (m, t) =>
    t < 0 ? -Infinity : Math.log(Math.LN2 / m.median) - (Math.LN2 * t) / m.median,
  logSurvival: (m, t) => (t <= 0 ? 0 : (-Math.LN2 * t) / m.median),
  hazard: (m, t) => (t < 0 ? 0 : Math.LN2 / m.median),
  quantile: (m, p) => (-m.median / Math.LN2) * Math.log1p(-p),
  sample: (m, rng) => (-m.median / Math.LN2) * Math.log(1 - rng()),
};
