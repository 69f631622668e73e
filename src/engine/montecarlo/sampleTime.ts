import type { DorModel, TtrModel } from './scenario.ts';

/**
 * One random time from a time-to-response or duration-of-response model, by inversion
 * (log-normal by Box–Muller). Weibull: scale = median / ln(2)^(1/shape).
 * @example sampleTime({ distribution: 'exponential', median: 2 }, rng) // e.g. 1.37
 */
export function sampleTime(model: TtrModel | DorModel, rng: () => number): number {
  const u = 1 - rng();
  switch (model.distribution) {
    case 'exponential':
      return (-model.median / Math.LN2) * Math.log(u);
    case 'weibull':
      return model.median * (-Math.log(u) / Math.LN2) ** (1 / model.shape);
    case 'lognormal': {
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
      return model.median * Math.exp(model.shape * z);
    }
    case 'empirical':
      return model.times[Math.floor((1 - u) * model.times.length)];
  }
}
