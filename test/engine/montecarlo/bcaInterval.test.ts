import { describe, expect, it } from 'vitest';
import {
  bcaInterval,
  histogramMoments,
  histogramQuantile,
  jackknifeAcceleration,
} from '../../../src/engine/montecarlo/index.ts';

describe('histogram summaries', () => {
  const h = { values: [1, 2, 3, 4], counts: [10, 20, 30, 40] };

  it('quantiles invert the cumulative distribution (type 1)', () => {
    expect(histogramQuantile(h, 0.1)).toBe(1);
    expect(histogramQuantile(h, 0.1000001)).toBe(2);
    expect(histogramQuantile(h, 0.6)).toBe(3);
    expect(histogramQuantile(h, 1)).toBe(4);
  });

  it('moments match the expanded sample', () => {
    const values = h.values.flatMap((v, k) => new Array<number>(h.counts[k]).fill(v));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const m = histogramMoments(h);
    expect(m.mean).toBeCloseTo(mean, 12);
    expect(m.sd).toBeCloseTo(sd, 12);
  });
});

describe('BCa', () => {
  it('has acceleration 0 for symmetric jackknife values and the textbook sign otherwise', () => {
    expect(jackknifeAcceleration([1, 2, 3, 4, 5])).toBe(0);
    // one low outlier: the mean minus it is large and positive, so a > 0
    expect(jackknifeAcceleration([0, 10, 10, 10])).toBeGreaterThan(0);
    expect(jackknifeAcceleration([1, null, 1])).toBe(0);
  });

  it('equals the percentile interval when z0 = 0 and a = 0', () => {
    // half the replicates below the estimate 0.5 (values are symmetric around it)
    const values = Array.from({ length: 101 }, (_, k) => k / 100);
    const h = { values: values.filter((v) => v !== 0.5), counts: new Array(100).fill(1) };
    const bca = bcaInterval(h, { estimate: 0.5, acceleration: 0, level: 0.9 });
    expect(bca).toEqual([histogramQuantile(h, 0.05), histogramQuantile(h, 0.95)]);
  });

  it('is undefined when no replicate lies below the estimate', () => {
    const h = { values: [1, 2], counts: [5, 5] };
    expect(bcaInterval(h, { estimate: 1, acceleration: 0, level: 0.95 })).toEqual([null, null]);
  });
});
