import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/engine/median.ts';
import { ages } from '../../../src/engine/reconstruct/ages.ts';

describe('ages', () => {
  it.each([
    [18, 37.6],
    [17, 37.6],
    [2, 40.05],
    [1, 52],
  ])('n = %i: the median is exactly %f and every age lies in range', (n, target) => {
    const sampler = ages({ n, median: target, min: 18, max: 75 });
    expect(sampler.ok).toBe(true);
    if (!sampler.ok) return;
    const rng = seedrandom(String(n));
    for (let i = 0; i < 100; i++) {
      const drawn = sampler.sample(rng);
      const info = JSON.stringify(drawn);
      expect(drawn, info).toHaveLength(n);
      expect(Math.abs((median(drawn) ?? NaN) - target), info).toBeLessThan(1e-9);
      for (const a of drawn) {
        expect(a, info).toBeGreaterThanOrEqual(18);
        expect(a, info).toBeLessThanOrEqual(75);
      }
    }
  });

  it('refuses a median outside the range and one no two one-decimal ages can average', () => {
    const outside = ages({ n: 18, median: 90, min: 18, max: 75 });
    expect(outside.ok ? '' : outside.reason).toMatch(/^age\.median: 90 lies outside/);
    const odd = ages({ n: 18, median: 37.63, min: 18, max: 75 });
    expect(odd.ok ? '' : odd.reason).toMatch(/^age\.median: 37\.63 is not the mean/);
  });
});
