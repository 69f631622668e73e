import { describe, expect, it } from 'vitest';
import { danceChartLabels } from '../../../../src/panels/learn/dance/danceChartLabels.ts';

const truth = { orr: 0.83, dor_median: 3.4 };
const counts = { orrMissed: 2, dorMissed: 4, medianNotReached: 1, upperNotReached: 11 };

describe('danceChartLabels', () => {
  it('describes the newest 30 of the studies drawn and how many missed', () => {
    expect(danceChartLabels(100, counts, truth, 'Wilson')).toEqual({
      orr: 'Stacked intervals: the 95% Wilson interval for ORR of the last 30 of 100 simulated studies against the true ORR 83.0%; 2 of 100 missed it.',
      dor: 'Stacked intervals: the Kaplan–Meier median duration of response and its 95% interval of the last 30 simulated studies against the true median 3.4 wk; 1 median not reached.',
    });
  });

  it('uses the singular for one study and the plural for none', () => {
    const one = danceChartLabels(
      1,
      { ...counts, orrMissed: 0, medianNotReached: 0 },
      truth,
      'Wald',
    );
    expect(one.orr).toContain('of the last 1 of 1 simulated study against');
    expect(one.dor).toContain('of the last 1 simulated study against');
    expect(one.dor).toContain('0 medians not reached');
    expect(danceChartLabels(0, counts, truth, 'Wald').orr).toContain(
      'last 0 of 0 simulated studies',
    );
  });
});
