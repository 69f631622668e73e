import type { PiecewiseModel } from '../models/timeModel.ts';
import type { CensoringKind } from './censoredObservation.ts';
import { unfittable } from './fitProblem.ts';
import { fitSummary } from './fitSummary.ts';
import { logLikelihood } from './logLikelihood.ts';
import { maximize } from './maximize.ts';
import type { ModelFit } from './modelFit.ts';
import { pieceBreaks } from './pieceBreaks.ts';
import type { TalliedObservations } from './tallyObservations.ts';

/**
 * Whether some rate runs to infinity: the likelihood with that rate at 1e8 per week (so every
 * time of its piece ends at its start) is as high as the fit's, within 1e-6.
 */
function runsToInfinity(
  loglik: (theta: number[]) => number,
  best: { x: number[]; value: number },
): boolean {
  return best.x.some((_, j) => {
    const theta = best.x.slice();
    theta[j] = 1e4;
    return loglik(theta) >= best.value - 1e-6;
  });
}

/** Events over time at risk in each piece, reading an interval as its midpoint. */
function roughRates(data: TalliedObservations, breaks: readonly number[]): number[] {
  const events = new Array<number>(breaks.length + 1).fill(0);
  const exposure = new Array<number>(breaks.length + 1).fill(0);
  for (let i = 0; i < data.count.length; i++) {
    const end = data.upper[i] === Infinity ? data.lower[i] : (data.lower[i] + data.upper[i]) / 2;
    let start = 0;
    for (let j = 0; j <= breaks.length; j++) {
      const stop = j < breaks.length ? breaks[j] : Infinity;
      if (end > start) exposure[j] += data.count[i] * (Math.min(end, stop) - start);
      if (data.upper[i] !== Infinity && end > start && end <= stop) events[j] += data.count[i];
      start = stop;
    }
  }
  return events.map((e, j) => (exposure[j] > 0 ? Math.max(e, 0.5) / exposure[j] : 0.1));
}

/**
 * Fits a piecewise exponential model by maximum likelihood: the hazard is constant between
 * `breaks` (by default at the tertiles of the event times, see `pieceBreaks`), each rate
 * λ = θ² optimized over θ (so a rate of 0, a plateau, is reachable) from three starts.
 * Not fittable without an event, without a break (by default: fewer than two distinct event
 * times, or no tertile strictly inside the times), or when a rate runs to infinity (an infinite
 * rate, ending every time of its piece at its start, is as likely as the fit).
 * Reference: Friedman (1982), Ann Stat 10:101; interval-censored likelihood as `logLikelihood`.
 * @example fitPiecewise(tallyObservations(times), 'interval').params // { breaks: [1], rates: [0.76, 0.03] }
 */
export function fitPiecewise(
  data: TalliedObservations,
  censoring: CensoringKind,
  { breaks: given }: { breaks?: readonly number[] } = {},
): ModelFit {
  const summary = fitSummary(data);
  const guessDf = (given?.length ?? 2) + 1;
  if (summary.observations === 0) return unfittable('piecewise', censoring, guessDf, 'no-data');
  if (summary.events === 0) return unfittable('piecewise', censoring, guessDf, 'no-event');
  let lastTime = 0;
  const eventTimes: number[] = [];
  for (let i = 0; i < data.count.length; i++) {
    const end = data.upper[i] === Infinity ? data.lower[i] : data.upper[i];
    lastTime = Math.max(lastTime, end);
    if (data.upper[i] !== Infinity) for (let k = 0; k < data.count[i]; k++) eventTimes.push(end);
  }
  const breaks = given
    ? [...given]
    : summary.distinctEventTimes.length < 2
      ? []
      : pieceBreaks(eventTimes, lastTime);
  const df = breaks.length + 1;
  if (breaks.length === 0) return unfittable('piecewise', censoring, df, 'no-break');
  const model = (theta: number[]): PiecewiseModel => ({
    distribution: 'piecewise',
    breaks,
    rates: theta.map((v) => v * v),
  });
  const loglik = (theta: number[]) => logLikelihood(model(theta), data);
  const rough = roughRates(data, breaks).map(Math.sqrt);
  const best = maximize(loglik, [rough, rough.map((v) => v * 0.5), rough.map((v) => v * 2)]);
  const fitted = model(best.x);
  if (!Number.isFinite(best.value) || runsToInfinity(loglik, best))
    return unfittable('piecewise', censoring, df, 'degenerate');
  return {
    model: 'piecewise',
    censoring,
    fittable: true,
    loglik: best.value,
    df,
    aic: -2 * best.value + 2 * df,
    params: { breaks, rates: fitted.rates },
    fitted,
  };
}
