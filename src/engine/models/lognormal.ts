import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { LognormalModel, TimeModelFunctions } from './timeModel.ts';

const z = (m: LognormalModel, t: number) => Math.log(t / m.median) / m.shape;

/**
 * The log-normal model by median m and shape s (the standard deviation of log time):
 * S(t) = 1 − Φ(log(t / m) / s); the upper tail beyond 5 standard deviations is read as Φ(−z) to
 * keep its precision. Sampled by Box–Muller (two uniforms per draw).
 * Reference: Lawless (2003), Statistical Models and Methods for Lifetime Data, §1.3.
 * @example lognormal.survival({ distribution: 'lognormal', median: 2, shape: 1 }, 2) // 0.5
 */
export const lognormal: TimeModelFunctions<LognormalModel> = {
  density: (m, t) =>
    t <= 0 ? 0 : Math.exp(-0.5 * z(m, t) ** 2) / (Math.sqrt(2 * Math.PI) * m.shape * t),
  survival: (m, t) => {
    if (t <= 0) return 1;
    const v = z(m, t);
    return v > 5 ? normalCdf(-v, 0, 1) : 1 - normalCdf(v, 0, 1);
  },
  hazard: (m, t) => lognormal.density(m, t) / lognormal.survival(m, t),
  quantile: (m, p) => m.median * Math.exp(m.shape * normalQuantile(p, 0, 1)),
  sample: (m, rng) => {
    const u = 1 - rng();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
    return m.median * Math.exp(m.shape * normal);
  },
};
