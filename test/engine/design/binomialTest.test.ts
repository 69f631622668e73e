import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALTERNATIVES } from '../../../src/engine/alternative.ts';
import { binomialPValue, binomialTest } from '../../../src/engine/design/index.ts';
import { expectClose, fixture } from './designFixture.ts';

describe('binomialTest', () => {
  it.each(fixture.tests)(
    'matches binom.test for $x/$n against $p0 ($alternative, level $level)',
    (c) => {
      const t = binomialTest(c.x, c.n, { p0: c.p0, alternative: c.alternative, level: c.level });
      expectClose(t.pValue, c.p_value, c);
      expectClose(t.midPValue, c.mid_p_value, c);
      expectClose(t.ci[0], c.ci[0], c);
      expectClose(t.ci[1], c.ci[1], c);
    },
  );

  it('says the HLH cohort (15 of 18) beats a historical 50% but not convincingly 75%', () => {
    const vs = (p0: number) => binomialTest(15, 18, { p0, alternative: 'greater' });
    expect(vs(0.5).pValue.toFixed(6)).toBe('0.003769');
    expect(vs(0.6).pValue.toPrecision(4)).toBe('0.03278');
    expect(vs(0.75).pValue).toBeGreaterThan(0.3);
    // The one-sided 95% bound is above 0.5 and below 0.75, as the tests say.
    expect(vs(0.5).ci[0]).toBeGreaterThan(0.5);
    expect(vs(0.75).ci[0]).toBeLessThan(0.75);
    expect(vs(0.5).ci[1]).toBe(1);
  });

  it('defaults to R: two-sided, p0 = 0.5, level 0.95', () => {
    const t = binomialTest(15, 18);
    expect(t).toMatchObject({ p0: 0.5, alternative: 'two-sided', level: 0.95 });
    expect(t.pValue).toBeCloseTo(2 * 0.003768920898437501, 15);
  });

  it('refuses impossible input with a message naming the value', () => {
    expect(() => binomialTest(19, 18)).toThrow('x must be an integer from 0 to n = 18, got 19');
    expect(() => binomialTest(5, 0)).toThrow('n must be an integer >= 1, got 0');
    expect(() => binomialTest(5, 18, { p0: 1.5 })).toThrow('p0 must be in [0, 1], got 1.5');
    expect(() => binomialTest(5, 18, { level: 1 })).toThrow('level must be in (0, 1), got 1');
    expect(() => binomialTest(5, 18, { alternative: 'more' as never })).toThrow(
      'alternative must be greater, less or two-sided, got more',
    );
  });
});

const cases = fc.integer({ min: 1, max: 120 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    x: fc.integer({ min: 0, max: n }),
    p0: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
    alternative: fc.constantFrom(...ALTERNATIVES),
    level: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
  }),
);

describe('binomialTest properties', () => {
  it('gives p-values in [0, 1] with the mid-p value at most the p-value', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const t = binomialTest(c.x, c.n, c);
        expect(t.pValue, JSON.stringify(c)).toBeGreaterThanOrEqual(0);
        expect(t.pValue, JSON.stringify(c)).toBeLessThanOrEqual(1);
        expect(t.midPValue, JSON.stringify(c)).toBeGreaterThanOrEqual(0);
        expect(t.midPValue, JSON.stringify(c)).toBeLessThanOrEqual(t.pValue);
        expect(t.ci[0], JSON.stringify(c)).toBeLessThanOrEqual(t.estimate);
        expect(t.ci[1], JSON.stringify(c)).toBeGreaterThanOrEqual(t.estimate);
      }),
    );
  });

  it('makes one-sided p-values monotone in p0 and the two-sided one cover the nearer tail', () => {
    fc.assert(
      fc.property(cases, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (c, other) => {
        const [lo, hi] = [Math.min(c.p0, other), Math.max(c.p0, other)];
        const p = (p0: number, alternative: 'greater' | 'less' | 'two-sided') =>
          binomialPValue(c.x, c.n, { p0, alternative }).pValue;
        const inputs = JSON.stringify({ ...c, lo, hi });
        expect(p(lo, 'greater'), inputs).toBeLessThanOrEqual(p(hi, 'greater') + 1e-12);
        expect(p(lo, 'less'), inputs).toBeGreaterThanOrEqual(p(hi, 'less') - 1e-12);
        const nearer = Math.min(p(c.p0, 'greater'), p(c.p0, 'less'));
        expect(p(c.p0, 'two-sided'), inputs).toBeGreaterThanOrEqual(nearer - 1e-12);
      }),
    );
  });

  it('agrees with its interval: a one-sided test rejects at 1 - level exactly when p0 is outside', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const t = binomialTest(c.x, c.n, c);
        const outside = c.p0 < t.ci[0] || c.p0 > t.ci[1];
        // Away from the boundary, where the last bits of a quantile decide.
        const edge = Math.min(Math.abs(c.p0 - t.ci[0]), Math.abs(c.p0 - t.ci[1]));
        if (c.alternative === 'two-sided' || edge < 1e-9) return;
        expect(t.pValue <= 1 - c.level, JSON.stringify(c)).toBe(outside);
      }),
    );
  });
});
