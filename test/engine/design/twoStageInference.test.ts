import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoStageInference } from '../../../src/engine/design/index.ts';
import { expectClose, fixture } from './designFixture.ts';

describe('twoStageInference', () => {
  it.each(fixture.inference)(
    'matches R for x = $x after $r1/$n1, n = $n (p0 = $p0, level $level)',
    ({ x, r1, n1, n, p0, level, p_value, umvue, ci, clinfun_grid }) => {
      const inputs = { x, r1, n1, n, p0, level };
      const result = twoStageInference(x, { r1, n1, n, p0, level });
      expect(result.stage).toBe(x <= r1 ? 1 : 2);
      expectClose(result.pValue, p_value, inputs);
      expectClose(result.umvue, umvue, inputs);
      // The bounds are roots found by bisection to 1e-15; R's uniroot was asked for 1e-14.
      expect(Math.abs(result.ci[0] - ci[0]), JSON.stringify(inputs)).toBeLessThan(1e-10);
      expect(Math.abs(result.ci[1] - ci[1]), JSON.stringify(inputs)).toBeLessThan(1e-10);
      // clinfun (alpha = 0.05, so level 0.9) reads its lower limit off a 0.0001 grid: the first
      // grid point above the exact bound. Its upper limit inverts P(T >= x), the bound of the
      // outcome below x, so it never exceeds this one.
      const [gridLower, gridUpper] = clinfun_grid;
      if (gridLower !== null) {
        expect(gridLower - result.ci[0], JSON.stringify(inputs)).toBeGreaterThanOrEqual(-1e-12);
        expect(gridLower - result.ci[0], JSON.stringify(inputs)).toBeLessThanOrEqual(1e-4 + 1e-12);
      }
      if (gridUpper !== null) {
        expect(result.ci[1], JSON.stringify(inputs)).toBeGreaterThanOrEqual(gridUpper);
      }
    },
  );

  it('gives the design its own type I error as the p-value at the rejection boundary', () => {
    // Simon's optimal design for 0.2 vs 0.4: reject with more than 12 of 43.
    const at13 = twoStageInference(13, { r1: 3, n1: 13, n: 43, p0: 0.2 });
    const at12 = twoStageInference(12, { r1: 3, n1: 13, n: 43, p0: 0.2 });
    expect(at13.pValue).toBeLessThanOrEqual(0.05);
    expect(at12.pValue).toBeGreaterThan(0.05);
    expect(at13.pValue).toBeCloseTo(0.0495814497, 9);
  });

  it('orders outcomes: the p-value falls and both bounds rise with x (property)', () => {
    const designs = fc.record({
      r1: fc.integer({ min: 0, max: 6 }),
      extra1: fc.integer({ min: 1, max: 15 }),
      n2: fc.integer({ min: 1, max: 30 }),
      p0: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
      level: fc.constantFrom(0.8, 0.9, 0.95),
    });
    fc.assert(
      fc.property(designs, ({ r1, extra1, n2, p0, level }) => {
        const n1 = r1 + extra1;
        const n = n1 + n2;
        const all = Array.from({ length: n + 1 }, (_, x) =>
          twoStageInference(x, { r1, n1, n, p0, level }),
        );
        const inputs = JSON.stringify({ r1, n1, n, p0, level });
        all.forEach((r, x) => {
          expect(r.pValue, inputs).toBeGreaterThanOrEqual(0);
          expect(r.pValue, inputs).toBeLessThanOrEqual(1);
          expect(r.umvue, inputs).toBeGreaterThanOrEqual(0);
          expect(r.umvue, inputs).toBeLessThanOrEqual(1);
          expect(r.ci[0], inputs).toBeLessThanOrEqual(r.ci[1]);
          if (x === 0) return;
          const prev = all[x - 1];
          expect(r.pValue, inputs).toBeLessThanOrEqual(prev.pValue + 1e-12);
          expect(r.ci[0], inputs).toBeGreaterThanOrEqual(prev.ci[0] - 1e-12);
          expect(r.ci[1], inputs).toBeGreaterThanOrEqual(prev.ci[1] - 1e-12);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses impossible designs and outcomes', () => {
    expect(() => twoStageInference(5, { r1: 3, n1: 3, n: 43, p0: 0.2 })).toThrow(
      'need whole numbers 0 <= r1 < n1 < n, got r1 3, n1 3, n 43',
    );
    expect(() => twoStageInference(44, { r1: 3, n1: 13, n: 43, p0: 0.2 })).toThrow(
      'x must be a whole number from 0 to n = 43, got 44',
    );
    expect(() => twoStageInference(4, { r1: 3, n1: 13, n: 43, p0: -0.1 })).toThrow(
      'p0 must be in [0, 1], got -0.1',
    );
  });
});
