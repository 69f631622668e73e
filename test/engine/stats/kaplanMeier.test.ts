import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmBand } from '../../../src/engine/kmBand.ts';
import { kmQuantile } from '../../../src/engine/kmQuantile.ts';
import { KM_TRANSFORMS, type KmTransform } from '../../../src/engine/report.ts';
import {
  curveMismatches,
  describeCase,
  mismatches,
  observationsOf,
  readFixture,
  type KmCase,
} from './fixtures.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const { cases } = readFixture<{ cases: KmCase[] }>('km.json');

describe('kaplanMeier agrees with R survfit', () => {
  it(`covers ${cases.length} cohorts, fixed edge cases and 30 random ones`, () => {
    expect(cases.length).toBe(78);
  });

  it('gives the same table: times, at risk, events, censorings (exact), survival and std.err (1e-9)', () => {
    for (const c of cases) {
      const bad = curveMismatches(kaplanMeier(observationsOf(c)), c, R_TOLERANCE);
      expect(bad, describeCase(c)).toEqual([]);
    }
  });
});

describe('kmBand agrees with R survfit lower/upper for every conf.type (1e-9)', () => {
  for (const transform of KM_TRANSFORMS) {
    it(`conf.type = "${transform}"`, () => {
      for (const c of cases) {
        const band = kmBand(kaplanMeier(observationsOf(c)), { transform, level: c.level });
        const bad = [
          ...mismatches('lower', band.lower, c.bands[transform].lower, R_TOLERANCE),
          ...mismatches('upper', band.upper, c.bands[transform].upper, R_TOLERANCE),
        ];
        expect(bad, describeCase(c)).toEqual([]);
      }
    });
  }
});

describe('kmQuantile agrees with R quantile.survfit, Brookmeyer–Crowley bounds included (1e-9)', () => {
  for (const transform of KM_TRANSFORMS) {
    it(`conf.type = "${transform}" at p = 0.25, 0.5, 0.75`, () => {
      for (const c of cases) {
        const curve = kaplanMeier(observationsOf(c));
        const bad = c.quantiles[transform].flatMap(({ p, quantile, lower, upper }) => {
          const got = kmQuantile(curve, { p, level: c.level, transform });
          return [
            ...mismatches(`p=${p} quantile`, got.quantile, quantile, R_TOLERANCE),
            ...mismatches(`p=${p} lower`, got.lower, lower, R_TOLERANCE),
            ...mismatches(`p=${p} upper`, got.upper, upper, R_TOLERANCE),
          ];
        });
        expect(bad, describeCase(c)).toEqual([]);
      }
    });
  }
});

describe('kaplanMeier conventions', () => {
  const obs = (times: number[], events: number[]) =>
    times.map((time, i) => ({ time, event: events[i] === 1 }));

  it('puts events before censorings at tied times, in one row', () => {
    const curve = kaplanMeier(obs([2, 2, 2, 3], [0, 1, 0, 1]));
    expect(curve.time).toEqual([2, 3]);
    expect(curve.nRisk).toEqual([4, 1]);
    expect(curve.nEvent).toEqual([1, 1]);
    expect(curve.nCensor).toEqual([2, 0]);
    expect(curve.survival).toEqual([0.75, 0]);
  });

  it('gives std.err Infinity once the curve reaches 0, as R', () => {
    expect(kaplanMeier(obs([1, 2], [1, 1])).stdErr[1]).toBe(Infinity);
  });

  it('merges times closer than sqrt(machine epsilon), as R survival does', () => {
    expect(kaplanMeier(obs([1, 1 + 1e-10, 2], [1, 1, 0])).time).toEqual([1, 2]);
    expect(kaplanMeier(obs([0.1 + 0.2, 0.3], [1, 0])).nEvent).toEqual([1]);
  });

  it('gives an empty curve for no observations', () => {
    expect(kaplanMeier([])).toMatchObject({ n: 0, events: 0, time: [], survival: [] });
  });

  it('refuses a non-finite time', () => {
    expect(() => kaplanMeier([{ time: NaN, event: true }])).toThrow(
      /survival time must be finite, got NaN/,
    );
  });

  it('kmBand refuses an unknown transform and a level outside (0, 1)', () => {
    const curve = kaplanMeier(obs([1, 2], [1, 0]));
    expect(() => kmBand(curve, { transform: 'logit' as KmTransform })).toThrow(/unknown transform/);
    expect(() => kmBand(curve, { transform: 'log', level: 95 })).toThrow(/level must be/);
  });

  it('kmQuantile refuses p outside [0, 1]', () => {
    expect(() => kmQuantile(kaplanMeier(obs([1], [1])), { p: 1.5 })).toThrow(/p must be/);
  });
});
