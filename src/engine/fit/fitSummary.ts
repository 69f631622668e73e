import type { TalliedObservations } from './tallyObservations.ts';

/** What decides whether a model can be fitted, and where an optimiser starts. */
export interface FitSummary {
  observations: number;
  events: number;
  /** Distinct event times (an exact time, or the upper end of an interval). */
  distinctEventTimes: number[];
  censored: number;
  /** log(total time / events): the exponential's log scale, with interval midpoints as times. */
  logMeanTime: number;
  /** The mean log time of the events (interval midpoints). */
  meanLogEventTime: number;
}

/**
 * Counts of a set of censored times, and two rough scales to start an optimiser from.
 * @example fitSummary(tallyObservations([{ lower: 1, upper: 1 }, { lower: 3, upper: Infinity }])).events // 1
 */
export function fitSummary(data: TalliedObservations): FitSummary {
  let observations = 0;
  let events = 0;
  let total = 0;
  let logSum = 0;
  const eventTimes = new Set<number>();
  for (let i = 0; i < data.count.length; i++) {
    const lower = data.lower[i];
    const upper = data.upper[i];
    const count = data.count[i];
    observations += count;
    if (upper === Infinity) {
      total += count * lower;
      continue;
    }
    const mid = (lower + upper) / 2;
    events += count;
    total += count * mid;
    logSum += count * Math.log(mid);
    eventTimes.add(upper);
  }
  return {
    observations,
    events,
    distinctEventTimes: [...eventTimes].sort((a, b) => a - b),
    censored: observations - events,
    logMeanTime: events > 0 && total > 0 ? Math.log(total / events) : 0,
    meanLogEventTime: events > 0 ? logSum / events : 0,
  };
}
