import { MIN_FIT_TIME } from '../fit/minFitTime.ts';
import type { SurvivalObservation } from '../kaplanMeier.ts';

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
  // Equal times are summed once, weighted by how often they occur (a large cohort repeats them).
  const tally = new Map<number, number>();
  for (const t of times) tally.set(t, (tally.get(t) ?? 0) + 1);
  const distinct = [...tally.keys()].sort((x, y) => x - y);
  const weights = distinct.map((t) => tally.get(t)!);
  const scalePower = (k: number) =>
    distinct.reduce((sum, t, i) => sum + weights[i] * t ** k, 0) / events;
  const profile = (logK: number) => {
    const k = Math.exp(logK);
    return events * Math.log(k) + (k - 1) * sumLogEvents - events * Math.log(scalePower(k));
  };
  // Golden-section search, keeping one of the two inner points from one step to the next.
  let a = Math.log(0.05);
  let b = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = profile(c);
  let fd = profile(d);
  for (let iter = 0; iter < 200 && b - a > 1e-10; iter++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = profile(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = profile(d);
    }
  }
  const shape = Math.exp((a + b) / 2);
  const scale = scalePower(shape) ** (1 / shape);
  return { median: scale * Math.LN2 ** (1 / shape), shape };
}
