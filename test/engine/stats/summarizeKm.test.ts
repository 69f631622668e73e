import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';
import { KM_TRANSFORMS } from '../../../src/engine/report.ts';
import { summarizeKm } from '../../../src/engine/summarizeKm.ts';
import { describeCase, mismatches, observationsOf, readFixture, type KmCase } from './fixtures.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const { cases } = readFixture<{ cases: KmCase[] }>('km.json');
const events = (times: number[], status?: number[]) =>
  times.map((time, i) => ({ time, event: status ? status[i] === 1 : true }));

describe('summarizeKm agrees with R survfit and quantile (1e-9)', () => {
  it('reports n, events, the median with its interval per transform, and the log-band table', () => {
    for (const c of cases) {
      const result = summarizeKm(observationsOf(c), { level: c.level });
      const median = (t: (typeof KM_TRANSFORMS)[number]) =>
        c.quantiles[t].find((q) => q.p === 0.5)!;
      const bad = [
        ...mismatches('n', result.n, c.n, 0),
        ...mismatches('events', result.events, c.events, 0),
        ...mismatches('median', result.median, median('log').quantile, R_TOLERANCE),
        ...KM_TRANSFORMS.flatMap((t) =>
          mismatches(`ci ${t}`, result.ci[t], [median(t).lower, median(t).upper], R_TOLERANCE),
        ),
        ...mismatches(
          'time',
          result.table.map((r) => r.time),
          c.curve.time,
          1e-12,
        ),
        ...mismatches(
          'n_risk',
          result.table.map((r) => r.n_risk),
          c.curve.n_risk,
          0,
        ),
        ...mismatches(
          'n_event',
          result.table.map((r) => r.n_event),
          c.curve.n_event,
          0,
        ),
        ...mismatches(
          'n_censor',
          result.table.map((r) => r.n_censor),
          c.curve.n_censor,
          0,
        ),
        ...mismatches(
          'survival',
          result.table.map((r) => r.survival),
          c.curve.survival,
          R_TOLERANCE,
        ),
        ...mismatches(
          'lower',
          result.table.map((r) => r.lower),
          c.bands.log.lower,
          R_TOLERANCE,
        ),
        ...mismatches(
          'upper',
          result.table.map((r) => r.upper),
          c.bands.log.upper,
          R_TOLERANCE,
        ),
      ];
      expect(bad, describeCase(c)).toEqual([]);
    }
  });

  it('writes null, never NaN, for undefined bounds so the table survives JSON', () => {
    const result = summarizeKm(events([1, 2, 3]));
    expect(result.table[2]).toMatchObject({ survival: 0, lower: null, upper: null });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives an empty table and null median and bounds for no observations', () => {
    expect(summarizeKm([])).toEqual({
      n: 0,
      events: 0,
      median: null,
      ci: { log: [null, null], 'log-log': [null, null], plain: [null, null] },
      table: [],
    });
  });
});

describe('kmMedian follows R conventions', () => {
  it('takes the midpoint of a flat stretch at exactly 0.5: times 1, 2, 3, 4 all events give 2.5', () => {
    expect(kmMedian(kaplanMeier(events([1, 2, 3, 4]))).median).toBe(2.5);
  });

  it('takes the midpoint up to the last time when the curve ends at 0.5', () => {
    expect(kmMedian(kaplanMeier(events([1, 2], [1, 0]))).median).toBe(1.5);
  });

  it('treats a curve within rounding of 0.5 as exactly 0.5', () => {
    const times = Array.from({ length: 24 }, (_, i) => i + 1);
    const status = times.map((t) => (t <= 12 ? 1 : 0));
    expect(kaplanMeier(events(times, status)).survival[23]).not.toBe(0.5);
    expect(kmMedian(kaplanMeier(events(times, status))).median).toBe(18);
  });

  it('is null when the curve never reaches 0.5, and so are bounds never reached', () => {
    const result = kmMedian(kaplanMeier(events([1, 2, 3, 4, 5, 6], [1, 0, 0, 0, 0, 0])));
    expect(result).toEqual({ median: null, lower: null, upper: null });
    expect(kmMedian(kaplanMeier(events([1, 2, 3]))).upper).toBeNull();
  });

  it('defaults to the log transform at the 95% level', () => {
    const curve = kaplanMeier(events([1, 2, 2, 3, 4, 4, 5, 7, 9], [1, 1, 0, 1, 0, 1, 1, 0, 1]));
    expect(kmMedian(curve)).toEqual(kmMedian(curve, { transform: 'log', level: 0.95 }));
    expect(kmMedian(curve, { transform: 'log-log' })).not.toEqual(kmMedian(curve));
  });
});
