import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmBand } from '../../../src/engine/kmBand.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';
import { median } from '../../../src/engine/median.ts';
import { proportionInterval } from '../../../src/engine/proportionInterval.ts';
import { KM_TRANSFORMS, PROPORTION_METHODS } from '../../../src/engine/report.ts';

/** Cohorts of 1 to 40 with tied integer weeks or fractional times, events and censorings mixed. */
const cohort = fc.array(
  fc.record({
    time: fc.oneof(
      fc.integer({ min: 0, max: 30 }),
      fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
    ),
    event: fc.boolean(),
  }),
  { minLength: 1, maxLength: 40 },
);
const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);

describe('properties of the Kaplan–Meier estimate', () => {
  it('survival lies in [0, 1] and never increases', () => {
    fc.assert(
      fc.property(cohort, (obs) => {
        const { survival } = kaplanMeier(obs);
        survival.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          if (i > 0) expect(s).toBeLessThanOrEqual(survival[i - 1]);
        });
      }),
    );
  });

  it('counts every subject once: at risk at the first time is n, events and censorings sum to n', () => {
    fc.assert(
      fc.property(cohort, (obs) => {
        const curve = kaplanMeier(obs);
        expect(curve.nRisk[0]).toBe(obs.length);
        const total =
          curve.nEvent.reduce((a, b) => a + b, 0) + curve.nCensor.reduce((a, b) => a + b, 0);
        expect(total).toBe(obs.length);
        expect(curve.events).toBe(obs.filter((o) => o.event).length);
      }),
    );
  });

  it('every defined pointwise bound lies in [0, 1] around the survival', () => {
    fc.assert(
      fc.property(cohort, level, fc.constantFrom(...KM_TRANSFORMS), (obs, lvl, transform) => {
        const curve = kaplanMeier(obs);
        const band = kmBand(curve, { transform, level: lvl });
        curve.survival.forEach((s, i) => {
          const [lo, hi] = [band.lower[i], band.upper[i]];
          if (lo !== null) expect(lo).toBeGreaterThanOrEqual(0);
          if (lo !== null) expect(lo).toBeLessThanOrEqual(s + 1e-12);
          if (hi !== null) expect(hi).toBeLessThanOrEqual(1);
          if (hi !== null) expect(hi).toBeGreaterThanOrEqual(s - 1e-12);
        });
      }),
    );
  });

  it('lower <= median <= upper whenever all three are defined', () => {
    fc.assert(
      fc.property(cohort, level, fc.constantFrom(...KM_TRANSFORMS), (obs, lvl, transform) => {
        const { median: m, lower, upper } = kmMedian(kaplanMeier(obs), { transform, level: lvl });
        if (m !== null && lower !== null) expect(lower).toBeLessThanOrEqual(m);
        if (m !== null && upper !== null) expect(m).toBeLessThanOrEqual(upper);
      }),
    );
  });
});

describe('properties of the proportion intervals', () => {
  const binomial = fc
    .integer({ min: 1, max: 300 })
    .chain((n) => fc.record({ n: fc.constant(n), x: fc.integer({ min: 0, max: n }) }));

  it('every interval lies in [0, 1] and contains the estimate x/n', () => {
    fc.assert(
      fc.property(
        binomial,
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        fc.constantFrom(...PROPORTION_METHODS),
        ({ x, n }, lvl, method) => {
          const [lower, upper] = proportionInterval(x, n, { method, level: lvl });
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(1);
          expect(lower).toBeLessThanOrEqual(x / n);
          expect(upper).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });

  it('a higher level never gives a narrower interval', () => {
    fc.assert(
      fc.property(binomial, fc.constantFrom(...PROPORTION_METHODS), ({ x, n }, method) => {
        const [l90, u90] = proportionInterval(x, n, { method, level: 0.9 });
        const [l99, u99] = proportionInterval(x, n, { method, level: 0.99 });
        expect(l99).toBeLessThanOrEqual(l90);
        expect(u99).toBeGreaterThanOrEqual(u90);
      }),
    );
  });
});

describe('properties of median', () => {
  it('lies between the smallest and largest value and splits the sorted list in half', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
        const m = median(values)!;
        const below = values.filter((v) => v < m).length;
        const above = values.filter((v) => v > m).length;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(below).toBeLessThanOrEqual(values.length / 2);
        expect(above).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });
});
