import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmLandmarks } from '../../../src/engine/kmLandmarks.ts';
import { KM_TRANSFORMS } from '../../../src/engine/report.ts';
import { riskTable } from '../../../src/engine/riskTable.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints, type LandmarkCase } from './endpointsFixture.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

const curveOf = (c: LandmarkCase) =>
  kaplanMeier(c.time.map((time, i) => ({ time, event: c.status[i] === 1 })));
const describeCase = (c: LandmarkCase) =>
  `${c.name} at level ${c.level}: time=${JSON.stringify(c.time)} status=${JSON.stringify(c.status)} weeks=${JSON.stringify(c.weeks)}`;

describe("kmLandmarks agrees with R's summary(fit, times =) for every transform (R_TOLERANCE)", () => {
  for (const c of endpoints.landmarks) {
    it(c.name, () => {
      const rates = kmLandmarks(curveOf(c), c.weeks, { level: c.level });
      const bad = [
        ...mismatches(
          'week',
          rates.map((r) => r.week),
          c.weeks,
          0,
        ),
        ...mismatches(
          'estimate',
          rates.map((r) => r.estimate),
          c.rates.log.estimate,
          TOLERANCE,
        ),
        ...mismatches(
          'se',
          rates.map((r) => r.se),
          c.rates.log.se,
          TOLERANCE,
        ),
        ...KM_TRANSFORMS.flatMap((t) => [
          ...mismatches(
            `${t} lower`,
            rates.map((r) => r.ci[t][0]),
            c.rates[t].lower,
            TOLERANCE,
          ),
          ...mismatches(
            `${t} upper`,
            rates.map((r) => r.ci[t][1]),
            c.rates[t].upper,
            TOLERANCE,
          ),
        ]),
      ];
      expect(bad, describeCase(c)).toEqual([]);
    });

    it(`${c.name}: the event scale is 1 − S with the interval flipped`, () => {
      const rates = kmLandmarks(curveOf(c), c.weeks, { level: c.level, scale: 'event' });
      const flip = (v: number | null) => (v === null ? null : 1 - v);
      const bad = [
        ...mismatches(
          'estimate',
          rates.map((r) => r.estimate),
          c.rates.log.estimate.map(flip),
          TOLERANCE,
        ),
        ...KM_TRANSFORMS.flatMap((t) => [
          ...mismatches(
            `${t} lower`,
            rates.map((r) => r.ci[t][0]),
            c.rates[t].upper.map(flip),
            TOLERANCE,
          ),
          ...mismatches(
            `${t} upper`,
            rates.map((r) => r.ci[t][1]),
            c.rates[t].lower.map(flip),
            TOLERANCE,
          ),
        ]),
      ];
      expect(bad, describeCase(c)).toEqual([]);
    });

    it(`${c.name}: KMunicate counts at ${c.breaks.join(', ')}`, () => {
      const table = riskTable(curveOf(c), c.breaks);
      const bad = [
        ...mismatches(
          'at risk',
          table.map((r) => r.atRisk),
          c.n_risk,
          0,
        ),
        ...mismatches(
          'events',
          table.map((r) => r.events),
          c.events,
          0,
        ),
        ...mismatches(
          'censored',
          table.map((r) => r.censored),
          c.censored,
          0,
        ),
      ];
      expect(bad, describeCase(c)).toEqual([]);
      for (const r of table)
        expect(r.atRisk + r.events + r.censored).toBeGreaterThanOrEqual(c.time.length);
    });
  }

  it('is null after the last time, never the last value carried forward', () => {
    const curve = kaplanMeier([
      { time: 2, event: true },
      { time: 5, event: false },
    ]);
    const [at5, after] = kmLandmarks(curve, [5, 5.5]);
    expect(at5.estimate).toBe(0.5);
    expect(after).toEqual({
      week: 5.5,
      estimate: null,
      se: null,
      ci: { log: [null, null], 'log-log': [null, null], plain: [null, null] },
    });
    expect(kmLandmarks(kaplanMeier([]), [4])[0].estimate).toBeNull();
  });
});
