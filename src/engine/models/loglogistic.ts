import type { LoglogisticModel, TimeModelFunctions } from './timeModel.ts';

const power = (m: LoglogisticModel, t: number) => (t / m.median) ** m.shape;

/** log(1 + e^a) without overflow. */
const softplus = (a: number) => (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a)));

/**
 * The log-logistic model by median m and shape k: S(t) = 1 / (1 + (t / m)^k), hazard
 * (k / t) · (t / m)^k / (1 + (t / m)^k); sampled by inversion.
 * Reference: Bennett (1983), Log-logistic regression models for survival data, Appl Stat 32:165.
 * @example loglogistic.survival({ distribution: 'loglogistic', median: 4, shape: 2 }, 4) // 0.5
 */
export const loglogistic: TimeModelFunctions<LoglogisticModel> = {
  density: (m, t) => (t <= 0 ? 0 : loglogistic.hazard(m, t) * loglogistic.survival(m, t)),
  survival: (m, t) => (t <= 0 ? 1 : 1 / (1 + power(m, t))),
  logDensity: (m, t) => {
    if (t <= 0) return -Infinity;
    const a = m.shape * Math.log(t / m.median);
    return Math.log(m.shape / t) + a - 2 * softplus(a);
  },
  logSurvival: (m, t) => (t <= 0 ? 0 : -softplus(m.shape * Math.log(t / m.median))),
  hazard: (m, t) => (t <= 0 ? 0 : ((m.shape / t) * power(m, t)) / (1 + power(m, t))),
  quantile: (m, p) => m.median * (p / (1 - p)) ** (1 / m.shape),
  sample: (m, rng) => {
    const u = 1 - rng();
    return m.median * ((1 - u) / u) ** (1 / m.shape);
  },
};
