import type { FamilyModel, FamilyName } from '../models/timeModel.ts';

/**
 * A family model from R `survreg`'s parameters of log time, log T = μ + σ W: the intercept μ
 * and log σ (σ = 1 for the exponential). Weibull: shape 1/σ, median e^μ (ln 2)^σ; log-normal:
 * median e^μ, shape σ; log-logistic: median e^μ, shape 1/σ; exponential: median e^μ ln 2.
 * Reference: R survival, `survreg.distributions`; Kalbfleisch & Prentice (2002), §2.2.
 * @example familyModel('weibull', Math.log(2), 0) // { distribution: 'weibull', median: 2 · ln 2, shape: 1 }
 */
export function familyModel(family: FamilyName, mu: number, logScale: number): FamilyModel {
  const scale = Math.exp(logScale);
  switch (family) {
    case 'exponential':
      return { distribution: 'exponential', median: Math.exp(mu) * Math.LN2 };
    case 'weibull':
      return {
        distribution: 'weibull',
        median: Math.exp(mu) * Math.LN2 ** scale,
        shape: 1 / scale,
      };
    case 'lognormal':
      return { distribution: 'lognormal', median: Math.exp(mu), shape: scale };
    case 'loglogistic':
      return { distribution: 'loglogistic', median: Math.exp(mu), shape: 1 / scale };
  }
}

/**
 * The `survreg` intercept μ and log scale of a family model (the inverse of `familyModel`).
 * @example locationScale({ distribution: 'lognormal', median: 1, shape: 2 }) // [0, ln 2]
 */
export function locationScale(model: FamilyModel): [number, number] {
  switch (model.distribution) {
    case 'exponential':
      return [Math.log(model.median / Math.LN2), 0];
    case 'weibull':
      return [Math.log(model.median) - Math.log(Math.LN2) / model.shape, -Math.log(model.shape)];
    case 'lognormal':
      return [Math.log(model.median), Math.log(model.shape)];
    case 'loglogistic':
      return [Math.log(model.median), -Math.log(model.shape)];
  }
}
