import type { SurvivalObservation } from '../kaplanMeier.ts';

/** Times below this (weeks) are raised to it so that a zero duration keeps the likelihood finite. */
export const MIN_FIT_TIME = 1e-3;

/**
 * Maximum-likelihood Weibull fit to right-censored times, as median and shape: for a shape k the
 * scale is profiled out (λ^k = Σ t^k / events) and k maximizes the profile likelihood by golden-
 * section search on log k over [0.05, 20]. Assumes at least one event; `null` otherwise.
 * Lawless (2003), Statistical Models and Methods for Lifetime Data, §5.2.
 * @example weibullFit([{ time: 1, event: true }, { time: 3, event: true }, { time: 5, event: false }])
 */
export function weibullFit(
  observations: readonly SurvivalObservation[],
): { median: number; shape: number } | null {
  const times = observations.map((o) => Math.max(o.time, MIN_FIT_TIME));
  const events = observations.filter((o) => o.event).length;
  if (events === 0) return null;
  const sumLogEvents = observations.reduce(
    (sum, o, i) => sum + (o.event ? Math.log(times[i]) : 0),
    0,
  );
  const scalePower = (k: number) => times.reduce((sum, t) => sum + t ** k, 0) / events;
  const profile = (logK: number) => {
    const k = Math.exp(logK);
    return events * Math.log(k) + (k - 1) * sumLogEvents - events * Math.log(scalePower(k));
  };
  let a = Math.log(0.05);
  let b = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let iter = 0; iter < 200 && b - a > 1e-10; iter++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (profile(c) > profile(d)) b = d;
    else a = c;
  }
  const shape = Math.exp((a + b) / 2);
  const scale = scalePower(shape) ** (1 / shape);
  return { median: scale * Math.LN2 ** (1 / shape), shape };
}
