import { describe, expect, it } from 'vitest';
import { cutoffCurves } from '../../../../src/panels/learn/followup/cutoffCurves.ts';
import { row } from './rows.ts';

/** Checks that a path of straight lines runs through these corners (d3 writes three decimals). */
function expectCorners(d: string | null, corners: [number, number][]): void {
  const numbers = (d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  expect(numbers, d ?? 'no path').toHaveLength(corners.length * 2);
  corners.flat().forEach((v, i) => expect(Math.abs(numbers[i] - v), d ?? '').toBeLessThan(6e-4));
}

const options = { truthWk: 10, longestWk: 20, followupWk: 5 };
const rows = [
  row({ followupWk: 0, naive: 2 }),
  row({ followupWk: 10, middle: 8, low: 5, high: 12, naive: 4 }),
  row({ followupWk: 20, middle: 10, low: 7, high: 40, naive: 6 }),
];

describe('cutoffCurves', () => {
  it('draws the middle median only where a median was reached', () => {
    const {
      frame: { x, y },
      middle,
    } = cutoffCurves(rows, options);
    expectCorners(middle, [
      [x(10), y(8)],
      [x(20), y(10)],
    ]);
    expect(middle).toMatch(/^M[^M]*$/);
  });

  it('draws the 10th–90th percentile band as an area between low and high', () => {
    const {
      frame: { x, y },
      band,
    } = cutoffCurves(rows, options);
    // Along the high ends, then back along the low ends, closed.
    expectCorners(band, [
      [x(10), y(12)],
      [x(20), y(40)],
      [x(20), y(7)],
      [x(10), y(5)],
    ]);
    expect(band).toMatch(/Z$/);
  });

  it('draws the naive median at every follow-up where a response had ended', () => {
    const {
      frame: { x, y },
      naive,
    } = cutoffCurves(rows, options);
    expectCorners(naive, [
      [x(0), y(2)],
      [x(10), y(4)],
      [x(20), y(6)],
    ]);
  });

  it('reaches 5% beyond three true medians, or beyond the band when that is higher', () => {
    expect(cutoffCurves([], options).frame.y.domain()[1]).toBeGreaterThanOrEqual(31.5);
    expect(cutoffCurves(rows, options).frame.y.domain()[1]).toBeGreaterThanOrEqual(42);
  });

  it('places the true median and the chosen cut-off', () => {
    const geometry = cutoffCurves(rows, options);
    expect(geometry.truthY).toBe(geometry.frame.y(10));
    expect(geometry.cutoffX).toBe(geometry.frame.innerWidth / 4);
    expect(geometry.frame.x.domain()).toEqual([0, 20]);
  });

  it('draws nothing before the simulations are in', () => {
    expect(cutoffCurves([], options)).toMatchObject({ band: null, middle: null, naive: null });
  });
});
