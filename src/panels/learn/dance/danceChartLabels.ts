import { count, pct, weeks } from '../format.ts';
import type { DanceCounts } from './danceCounts.ts';
import { SHOWN } from './stackedIntervalRows.ts';

/**
 * The text alternatives of the dance's two charts: what each shows and how it went so far.
 * Assumes `counts` are over all `drawn` studies, of which the charts show the newest `SHOWN`,
 * and `methodName` names the ORR interval as the lesson's menu does.
 * Example: `danceChartLabels(100, counts, { orr: 0.83, dor_median: 3.4 }, 'Wilson').orr // 'Stacked intervals: the 95% Wilson interval for ORR of the last 30 of 100 simulated studies against the true ORR 83.0%; 2 of 100 missed it.'`.
 */
export function danceChartLabels(
  drawn: number,
  counts: DanceCounts,
  truth: { orr: number; dor_median: number },
  methodName: string,
): { orr: string; dor: string } {
  const shown = Math.min(SHOWN, drawn);
  return {
    orr:
      `Stacked intervals: the 95% ${methodName} interval for ORR of the last ` +
      `${shown} of ${count(drawn, 'simulated study', 'simulated studies')} against the true ORR ` +
      `${pct(truth.orr)}; ${counts.orrMissed} of ${drawn} missed it.`,
    dor:
      `Stacked intervals: the Kaplan–Meier median duration of response and its 95% interval of the ` +
      `last ${count(shown, 'simulated study', 'simulated studies')} against the true median ${weeks(truth.dor_median)}; ` +
      `${count(counts.medianNotReached, 'median')} not reached.`,
  };
}
