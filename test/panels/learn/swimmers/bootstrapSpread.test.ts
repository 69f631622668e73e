import { describe, expect, it } from 'vitest';
import type {
  BootstrapReport,
  StatisticSummary,
} from '../../../../src/engine/montecarlo/bootstrapReport.ts';
import { BOOTSTRAP_STATISTICS } from '../../../../src/engine/montecarlo/bootstrapStatistics.ts';
import type { Interval } from '../../../../src/engine/report.ts';
import { bootstrapSpread } from '../../../../src/panels/learn/swimmers/bootstrapSpread.ts';

/** A statistic's summary whose only distinct numbers are its percentile interval and undefined share. */
function summary(percentile: Interval, undefinedFraction = 0): StatisticSummary {
  return {
    estimate: null,
    se: null,
    undefined_fraction: undefinedFraction,
    ci: { percentile, basic: [0, 0], bca: [0, 0] },
    histogram: { values: [], counts: [] },
  };
}

function report(orr: StatisticSummary, dor: StatisticSummary): BootstrapReport {
  const statistics = Object.fromEntries(
    BOOTSTRAP_STATISTICS.map((s) => [s, summary([null, null])]),
  ) as BootstrapReport['statistics'];
  return { reps: 100, seed: 's', level: 0.95, statistics: { ...statistics, orr, dor_median: dor } };
}

describe('bootstrapSpread', () => {
  it('reads the percentile intervals of the ORR and the median duration of response', () => {
    expect(bootstrapSpread(report(summary([0.6, 1]), summary([1, 5], 0.02)))).toEqual({
      orr: [0.6, 1],
      dor: [1, 5],
      dorUndefined: 0.02,
    });
  });

  it('keeps an open end where the median was not reached too often', () => {
    expect(bootstrapSpread(report(summary([0.6, 1]), summary([2, null], 0.4))).dor).toEqual([
      2,
      null,
    ]);
  });
});
