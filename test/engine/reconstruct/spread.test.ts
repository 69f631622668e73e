import { describe, expect, it } from 'vitest';
import { spread } from '../../../src/engine/reconstruct/spread.ts';

describe('spread', () => {
  it('quantiles follow R quantile(type = 7): quantile(c(1, 2, 3, 4), c(0, .05, .25, .5, .75, .95, 1))', () => {
    // R: 1.00 1.15 1.75 2.50 3.25 3.85 4.00
    const q = spread([4, 2, 1, 3]).quantiles;
    const got = [q.min, q.p05, q.p25, q.median, q.p75, q.p95, q.max];
    const want = [1, 1.15, 1.75, 2.5, 3.25, 3.85, 4];
    got.forEach((v, i) => expect(v, `${got} vs ${want}`).toBeCloseTo(want[i], 12));
  });

  it('not-reached values sort above every number and make the upper quantiles null', () => {
    const s = spread([1, null, 2, null, 1]);
    expect(s.not_reached).toBe(2);
    expect(s.n).toBe(5);
    expect(s.quantiles.median).toBe(2);
    expect(s.quantiles.p75).toBeNull();
    expect(s.quantiles.max).toBeNull();
    expect(s.histogram).toEqual([
      { value: 1, count: 2 },
      { value: 2, count: 1 },
      { value: null, count: 2 },
    ]);
  });

  it('an empty list has null quantiles and an empty histogram', () => {
    const s = spread([]);
    expect(s.quantiles.median).toBeNull();
    expect(s.histogram).toEqual([]);
  });
});
