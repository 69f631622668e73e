import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { LognormalModel, TimeModelFunctions } from './timeModel.ts';

const z = (m: LognormalModel, t: number) => Math.log(t / m.median) / m.shape;

/** log(1 − Φ(v)): directly, by Φ(−v) in the upper tail, and by its asymptotic series beyond 30. */
function logUpperTail(v: number): number {
  if (v <= 5) return Math.log(1 - normalCdf(v, 0, 1));
  if (v <= 30) return Math.log(normalCdf(-v, 0, 1));
  const w = 1 / (v * v);
  return (
    -0.5 * v * v -
    Math.log(v * Math.sqrt(2 * Math.PI)) +
    Math.log1p(-w + 3 * w * w - 15 * w * w * w)
  );
}

/**
 * The log-normal model by median m and shape s (the standard deviation of log time):
 * S(t) = 1 − Φ(log(t / m) / s); the upper tail beyond 5 standard deviations is read as Φ(−z) to
 * keep its precision (and its log beyond 30 by the asymptotic series of Mills' ratio,
 * Abramowitz & Stegun 26.2.12). Sampled by Box–Muller (two uniforms per draw).
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
  logDensity: (m, t) =>
    t <= 0 ? -Infinity : -0.5 * z(m, t) ** 2 - Math.log(Math.sqrt(2 * Math.PI) * m.shape * t),
  logSurvival: (m, t) => (t <= 0 ? 0 : logUpperTail(z(m, t))),
  hazard: (m, t) => Math.exp(lognormal.logDensity(m, t) - lognormal.logSurvival(m, t)),
  quantile: (m, p) => m.median * Math.exp(m.shape * normalQuantile(p, 0, 1)),
  sample: (m, rng) => {
    const u = 1 - rng();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
    return m.median * Math.exp(m.shape * normal);
  },
};
