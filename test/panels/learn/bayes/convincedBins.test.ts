import { describe, expect, it } from 'vitest';
import { convincedBins } from '../../../../src/panels/learn/bayes/convincedBins.ts';

const edges = (bar: number) => convincedBins([], bar).bins.map((b) => [b.x0, b.x1]);

describe('convincedBins', () => {
  it('puts a bin edge on the bar, so no bin mixes convinced and unconvinced studies', () => {
    const lows = edges(0.93).map(([x0]) => Number(x0.toFixed(6)));
    expect(lows).toContain(0.93);
    expect(edges(0.93).at(-1)).toEqual([0.93, 1]);
    expect(edges(0.93)[0][0]).toBe(0);
  });

  it('uses whole bins of 0.1 when the bar is 90%', () => {
    expect(edges(0.9).map(([x0, x1]) => Number((x1 - x0).toFixed(9)))).toEqual(Array(10).fill(0.1));
  });

  it('marks the bins at or above the bar as convinced and counts the convinced share', () => {
    const { bins, convinced } = convincedBins([0.05, 0.5, 0.91, 0.99, 1], 0.9);
    expect(convinced).toBeCloseTo(0.6, 12);
    const above = bins.filter((b) => b.convinced);
    expect(above).toHaveLength(1);
    expect(above[0].share).toBeCloseTo(0.6, 12);
    expect(bins[0].share).toBeCloseTo(0.2, 12);
    expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('puts a probability exactly on the bar with the convinced studies', () => {
    const { bins } = convincedBins([0.75], 0.75);
    expect(bins.find((b) => b.share > 0)?.convinced).toBe(true);
  });

  it('gives empty bins and no convinced share without studies', () => {
    const { bins, convinced } = convincedBins([], 0.9);
    expect(convinced).toBe(0);
    expect(bins.every((b) => b.share === 0)).toBe(true);
  });
});
