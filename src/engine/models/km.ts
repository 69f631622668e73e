import type { KmModel, TimeModelFunctions } from './timeModel.ts';

/** S just after the last step (1 before the first). */
const last = (m: KmModel) => m.survival.at(-1) ?? 1;

/** The time beyond the tail's start at which the tail's survival falls to s (≤ last). */
function tailTime(m: KmModel, s: number): number {
  if (s >= last(m)) return m.tail_from_wk;
  return m.tail_rate > 0 ? m.tail_from_wk + Math.log(last(m) / s) / m.tail_rate : Infinity;
}

/**
 * A Kaplan–Meier curve used as a distribution, with an exponential tail: S(t) steps down to
 * `survival[i]` at `times[i]`, holds until `tail_from_wk`, then falls at `tail_rate`. The steps
 * are point masses, so `density` and `hazard` describe the tail only (0 before it). Sampled by
 * inversion: the first time the curve falls below a uniform, else the tail.
 * Reference: Efron (1981), Censored data and the bootstrap, JASA 76:312 (drawing from the KM).
 * @example km.quantile({ distribution: 'km', times: [1, 2], survival: [0.5, 0.25], tail_from_wk: 4, tail_rate: 0.1 }, 0.5) // 1
 */
export const km: TimeModelFunctions<KmModel> = {
  density: (m, t) => (t > m.tail_from_wk ? m.tail_rate * km.survival(m, t) : 0),
  survival: (m, t) => {
    if (t > m.tail_from_wk) return last(m) * Math.exp(-m.tail_rate * (t - m.tail_from_wk));
    let s = 1;
    for (let i = 0; i < m.times.length && m.times[i] <= t; i++) s = m.survival[i];
    return s;
  },
  hazard: (m, t) => (t > m.tail_from_wk ? m.tail_rate : 0),
  logDensity: (m, t) => Math.log(km.density(m, t)),
  logSurvival: (m, t) =>
    t > m.tail_from_wk
      ? Math.log(last(m)) - m.tail_rate * (t - m.tail_from_wk)
      : Math.log(km.survival(m, t)),
  quantile: (m, p) => {
    const s = 1 - p;
    const i = m.survival.findIndex((v) => v <= s);
    return i >= 0 ? m.times[i] : tailTime(m, s);
  },
  sample: (m, rng) => {
    const u = 1 - rng();
    const i = m.survival.findIndex((v) => v < u);
    return i >= 0 ? m.times[i] : tailTime(m, u);
  },
};
