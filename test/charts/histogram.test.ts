import { describe, expect, it } from 'vitest';
import Histogram from '../../src/charts/histogram/Histogram.svelte';
import { histogramGeometry } from '../../src/charts/histogram/geometry';
import { renderSvg } from './render';

/** Binomial(n, p) probabilities of 0..n, by the recurrence P(k+1) = P(k) (n-k)/(k+1) p/(1-p). */
function binomial(n: number, p: number): number[] {
  const probs = [(1 - p) ** n];
  for (let k = 0; k < n; k++) probs.push((probs[k] * (n - k) * p) / ((k + 1) * (1 - p)));
  return probs;
}

const n = 18;
const support = Array.from({ length: n + 1 }, (_, k) => k / n);
const exact = { values: support, probabilities: binomial(n, 15 / 18) };
// A bootstrap of 1,000 replicates of the observed 15/18, unsorted on purpose.
const values = [15, 13, 14, 16, 17, 12, 18, 11].map((k) => k / n);
const counts = [236, 134, 213, 227, 110, 58, 16, 6];

describe('histogramGeometry', () => {
  const g = histogramGeometry(
    { values, counts, interval: [11 / 18, 17 / 18], observed: 15 / 18, exact },
    { width: 640 },
  );

  it('draws relative frequencies that sum to 1, in value order', () => {
    expect(g.bars.reduce((s, b) => s + b.p, 0)).toBeCloseTo(1, 12);
    expect(g.bars.map((b) => b.value)).toEqual([...values].sort((a, b) => a - b));
    expect(g.bars.find((b) => b.value === 15 / 18)!.p).toBeCloseTo(0.236, 12);
  });

  it('makes each bar as high as its share on the y scale, centred on its value', () => {
    for (const b of g.bars) {
      expect(b.height).toBeCloseTo(g.frame.y(0) - g.frame.y(b.p), 1);
      expect(b.x + b.width / 2).toBeCloseTo(g.frame.x(b.value), 1);
    }
  });

  it('keeps bars narrower than the gap between neighbouring support points', () => {
    const gap = g.frame.x(2 / 18) - g.frame.x(1 / 18);
    expect(g.bars[0].width).toBeLessThan(gap);
    expect(g.bars[0].width).toBeGreaterThan(gap / 2);
  });

  it('shades the interval, marks the observed value and overlays every exact point', () => {
    // Bounds on support values take in the whole bar at that value.
    const half = g.bars[0].width / 2;
    expect(g.interval!.x0).toBeCloseTo(g.frame.x(11 / 18) - half, 1);
    expect(g.interval!.x1).toBeCloseTo(g.frame.x(17 / 18) + half, 1);
    const between = histogramGeometry({ values, counts, interval: [0.6, 0.9] }, { width: 640 });
    expect(between.interval!.x0).toBeCloseTo(between.frame.x(0.6), 1);
    expect(g.observed).toBeCloseTo(g.frame.x(15 / 18), 1);
    expect(g.exact!.points).toHaveLength(n + 1);
    expect(g.exact!.points[15].y).toBeCloseTo(g.frame.y(exact.probabilities[15]), 1);
    // The x domain covers the whole exact support, not only the bootstrap values.
    expect(g.frame.x(0)).toBeGreaterThanOrEqual(0);
  });

  it('runs an interval with an open bound to the edge of the plot', () => {
    const open = histogramGeometry({ values, counts, interval: [null, 0.9] }, { width: 640 });
    expect(open.interval!.x0).toBe(open.frame.x.range()[0]);
    expect(open.exact).toBeNull();
    expect(open.observed).toBeNull();
  });

  it('wraps legend labels into rows and makes room for them above the plot', () => {
    const labels = [
      'Relative frequency (n = 1000)',
      'Interval 61.1% to 94.4%',
      'Exact distribution',
    ];
    const wide = histogramGeometry({ values, counts, exact }, { width: 800, legend: labels });
    const narrow = histogramGeometry({ values, counts, exact }, { width: 360, legend: labels });
    expect(new Set(wide.legend.map((e) => e.y)).size).toBe(1);
    expect(new Set(narrow.legend.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(narrow.frame.margin.top).toBeGreaterThan(wide.frame.margin.top);
    expect(narrow.ticks).toBeLessThan(wide.ticks);
  });

  it('copes with a single value and with no counts at all', () => {
    const one = histogramGeometry({ values: [2], counts: [5] }, { width: 640 });
    expect(one.bars[0].p).toBe(1);
    const none = histogramGeometry({ values: [], counts: [] }, { width: 640 });
    expect(none.bars).toEqual([]);
  });
});

describe('Histogram (server-rendered SVG)', () => {
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

  it('draws a bootstrap ORR with its interval, the observed ORR and the exact binomial', async () => {
    const svg = renderSvg(Histogram, {
      values,
      counts,
      interval: [11 / 18, 17 / 18],
      observed: 15 / 18,
      exact,
      xLabel: 'Overall response rate',
      title: 'Bootstrap distribution of the ORR',
      format: pct,
    });
    expect(svg).toContain('Observed 83.3%');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/histogram-orr.svg');
  });

  it('draws a re-simulated median with an interval open below', async () => {
    const svg = renderSvg(Histogram, {
      values: [0.5, 1, 1.5, 2, 3, 4],
      counts: [12, 40, 25, 14, 6, 3],
      interval: [null, 3],
      observed: 1,
      xLabel: 'Median duration of response (weeks)',
      title: 'Re-simulated median DOR',
    });
    expect(svg).not.toContain('Exact distribution');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/histogram-median-open.svg');
  });
});
