import { family } from './family.ts';
import type { MixtureModel, TimeModelFunctions } from './timeModel.ts';

/**
 * The durable-response mixture: a fraction `durable` never ends, the rest follows a parametric
 * family, so S(t) = π + (1 − π) · S_rest(t) levels off at π. Sampled by inversion of one uniform
 * (u ≤ π gives Infinity); quantiles at or above 1 − π are Infinity.
 * Reference: Boag (1949), Maximum likelihood estimates of the proportion of patients cured by
 * cancer therapy, JRSS B 11:15; Farewell (1982), Biometrics 38:1041.
 * @example mixture.survival({ distribution: 'mixture', durable: 0.4, rest: { distribution: 'exponential', median: 1 } }, 1e9) // 0.4
 */
export const mixture: TimeModelFunctions<MixtureModel> = {
  density: (m, t) => (1 - m.durable) * family(m.rest).density(m.rest, t),
  survival: (m, t) => m.durable + (1 - m.durable) * family(m.rest).survival(m.rest, t),
  logDensity: (m, t) => Math.log1p(-m.durable) + family(m.rest).logDensity(m.rest, t),
  logSurvival: (m, t) => {
    // log(π + (1 − π) S) as the log of a sum of two exponentials
    const a = Math.log(m.durable);
    const b = Math.log1p(-m.durable) + family(m.rest).logSurvival(m.rest, t);
    const top = Math.max(a, b);
    return top === -Infinity ? -Infinity : top + Math.log(Math.exp(a - top) + Math.exp(b - top));
  },
  hazard: (m, t) => mixture.density(m, t) / mixture.survival(m, t),
  quantile: (m, p) =>
    p >= 1 - m.durable ? Infinity : family(m.rest).quantile(m.rest, p / (1 - m.durable)),
  sample: (m, rng) => {
    const u = 1 - rng();
    if (u <= m.durable) return Infinity;
    return family(m.rest).quantile(m.rest, 1 - (u - m.durable) / (1 - m.durable));
  },
};
