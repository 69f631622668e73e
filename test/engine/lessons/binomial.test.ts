import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialDistribution,
  binomialRange,
  orrGrid,
  probabilityAtLeast,
} from '../../../src/engine/lessons/index.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

describe('binomialDistribution', () => {
  it.each(fixture.distributions)('matches dbinom for n = $n, p = $p', ({ n, p, pmf }) => {
    const actual = binomialDistribution(n, p);
    expect(actual.length).toBe(n + 1);
    actual.forEach((value, x) => expectNear(value, pmf[x], { x, n, p }));
  });

  it('agrees with the exact term for every x, at any n and p (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p) => {
          const row = binomialDistribution(n, p);
          row.forEach((value, x) => {
            const exact = binomialPmf(x, n, p);
            const scale = Math.max(exact, 1e-300);
            expect(Math.abs(value - exact) / scale, JSON.stringify({ n, p, x })).toBeLessThan(
              1e-10,
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sums to 1', () => {
    const total = binomialDistribution(18, 0.37).reduce((a, b) => a + b, 0);
    expectNear(total, 1, { n: 18, p: 0.37 });
  });

  it('rejects a bad n or p', () => {
    expect(() => binomialDistribution(2.5, 0.5)).toThrow(/n must be an integer/);
    expect(() => binomialDistribution(18, 1.2)).toThrow(/p must be in \[0, 1\]/);
  });
});

describe('probabilityAtLeast', () => {
  it.each(fixture.tails)('matches pbinom upper tail for x = $x, n = $n, p = $p', (c) => {
    expectNear(probabilityAtLeast(c.x, c.n, c.p), c.value, c);
  });

  it('gives the chance of 15/18 or better when the truth is 60%: about 3.3%', () => {
    expect(probabilityAtLeast(15, 18, 0.6)).toBeCloseTo(0.0328, 4);
  });

  it('keeps relative precision in a tiny tail', () => {
    // P(X >= 18 | 18, 0.1) = 1e-18 exactly; 1 - cdf would lose it.
    expect(probabilityAtLeast(18, 18, 0.1) / 1e-18).toBeCloseTo(1, 10);
  });
});

describe('binomialRange', () => {
  it.each(fixture.ranges)(
    'matches qbinom for the middle $level of studies at n = $n, p = $p',
    ({ n, p, level, low, high }) => {
      // R writes a quantile of 0 as -0; adding 0 makes it +0.
      const expected = [low + 0, high + 0];
      expect(binomialRange(n, p, { level }), JSON.stringify({ n, p, level })).toEqual(expected);
    },
  );

  it('says that 95% of studies of 18 report 7 to 15 responders when the truth is 60%', () => {
    expect(binomialRange(18, 0.6)).toEqual([7, 15]);
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => binomialRange(18, 0.6, { level: 1 })).toThrow('level must be in (0, 1), got 1');
  });
});

describe('orrGrid', () => {
  it('steps by 1/18 at n = 18, from 0 to 1', () => {
    const grid = orrGrid(18);
    expect(grid).toHaveLength(19);
    expect(grid[0]).toBe(0);
    expect(grid[18]).toBe(1);
    expect(grid[15]).toBeCloseTo(0.8333333333, 9);
    expect(grid[1] - grid[0]).toBeCloseTo(1 / 18, 12);
  });
});
