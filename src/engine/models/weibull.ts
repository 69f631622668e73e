import type { TimeModelFunctions, WeibullModel } from './timeModel.ts';

/**
 * The Weibull model by median m and shape k: S(t) = exp(−ln 2 · (t / m)^k), hazard
 * ln 2 · k / m · (t / m)^(k − 1); sampled by inversion (scale = m / ln(2)^(1/k)).
 * Reference: Lawless (2003), Statistical Models and Methods for Lifetime Data, §1.3.
 * @example weibull.quantile({ distribution: 'weibull', median: 3, shape: 0.7 }, 0.5) // 3
 */
export const weibull: TimeModelFunctions<WeibullModel> = {
  density: (m, t) => (t < 0 ? 0 : weibull.hazard(m, t) * weibull.survival(m, t)),
  survival: (m, t) => (t <= 0 ? 1 : Math.exp(-Math.LN2 * (t / m.median) ** m.shape)),
  logDensity: (m, t) =>
    t < 0 ? -Infinity : Math.log(weibull.hazard(m, t)) + weibull.logSurvival(m, t),
  logSurvival: (m, t) => (t <= 0 ? 0 : -Math.LN2 * (t / m.median) ** m.shape),
  hazard: (m, t) =>
    t < 0 ? 0 : ((Math.LN2 * m.shape) / m.median) * (t / m.median) ** (m.shape - 1),
  quantile: (m, p) => m.median * (-Math.log1p(-p) / Math.LN2) ** (1 / m.shape),
  sample: (m, rng) => m.median * (-Math.log(1 - rng()) / Math.LN2) ** (1 / m.shape),
};
