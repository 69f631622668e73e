import type { PiecewiseModel, TimeModelFunctions } from './timeModel.ts';

/** The piece holding time t: j with breaks[j − 1] < t <= breaks[j]. */
function piece(m: PiecewiseModel, t: number): number {
  let j = 0;
  while (j < m.breaks.length && t > m.breaks[j]) j++;
  return j;
}

/** The cumulative hazard at t: each rate times the part of its piece before t. */
function cumulativeHazard(m: PiecewiseModel, t: number): number {
  let sum = 0;
  let start = 0;
  for (let j = 0; j < m.rates.length && start < t; j++) {
    const end = j < m.breaks.length ? Math.min(m.breaks[j], t) : t;
    if (m.rates[j] > 0) sum += m.rates[j] * (end - start);
    start = end;
  }
  return sum;
}

/** The time at which the cumulative hazard reaches h, or Infinity when it never does. */
function inverseHazard(m: PiecewiseModel, h: number): number {
  let start = 0;
  let left = h;
  for (let j = 0; j < m.rates.length; j++) {
    const end = j < m.breaks.length ? m.breaks[j] : Infinity;
    const mass = m.rates[j] * (end - start);
    if (left <= mass || j === m.rates.length - 1)
      return m.rates[j] > 0 ? start + left / m.rates[j] : left === 0 ? start : Infinity;
    left -= mass;
    start = end;
  }
  return Infinity;
}

/**
 * The piecewise exponential model: hazard `rates[j]` on (breaks[j − 1], breaks[j]] (the first
 * piece from 0, the last for ever; an event exactly at a break belongs to the piece it ends),
 * S(t) = exp(−H(t)); sampled by inverting the cumulative
 * hazard of one exponential draw. A last rate of 0 is a plateau the curve never leaves.
 * Reference: Friedman (1982), Piecewise exponential models for survival data, Ann Stat 10:101.
 * @example piecewise.survival({ distribution: 'piecewise', breaks: [1], rates: [Math.LN2, 0] }, 5) // 0.5
 */
export const piecewise: TimeModelFunctions<PiecewiseModel> = {
  density: (m, t) => (t < 0 ? 0 : piecewise.hazard(m, t) * piecewise.survival(m, t)),
  survival: (m, t) => (t <= 0 ? 1 : Math.exp(-cumulativeHazard(m, t))),
  logDensity: (m, t) =>
    t < 0 ? -Infinity : Math.log(m.rates[piece(m, t)]) - cumulativeHazard(m, t),
  logSurvival: (m, t) => (t <= 0 ? 0 : -cumulativeHazard(m, t)),
  hazard: (m, t) => (t < 0 ? 0 : m.rates[piece(m, t)]),
  quantile: (m, p) => inverseHazard(m, -Math.log1p(-p)),
  sample: (m, rng) => inverseHazard(m, -Math.log(1 - rng())),
};
