import { describe, expect, it } from 'vitest';
import { dotStrip } from '../../../../src/panels/learn/swimmers/dotStrip.ts';

/** The plotting area is 596 px wide and 114 px high. */
const WIDE = 596;
const HIGH = 114;

describe('dotStrip', () => {
  it('places a dot per value along the axis from 0 to xMax and marks the last as the latest', () => {
    const strip = dotStrip([0.25, 1], { xMax: 1, tallest: 1 });
    expect(strip.dots.map((d) => d.cx)).toEqual([WIDE / 4, WIDE]);
    expect(strip.dots.map((d) => d.latest)).toEqual([false, true]);
  });

  it('stacks coinciding values upwards, 10.5 px apart while a stack of 8 fits', () => {
    const strip = dotStrip([0.5, 0.5, 0.5], { xMax: 1, tallest: 3 });
    expect(strip.dots.map((d) => d.cy)).toEqual([HIGH - 5.25, HIGH - 15.75, HIGH - 26.25]);
    expect(strip.dots[0].r).toBeCloseTo(10.5 / 2.1, 12);
  });

  it('shrinks the dots so that the tallest stack still fits inside the chart', () => {
    const strip = dotStrip([0.5], { xMax: 1, tallest: 57 });
    expect(strip.dots[0].r).toBeCloseTo(2 / 2.1, 12);
    expect(strip.dots[0].cy).toBe(HIGH - 1);
  });

  it('draws no dot for a median that was not reached but keeps the others in place', () => {
    const strip = dotStrip([2, null, 3], { xMax: 4, tallest: 1 });
    expect(strip.dots.map((d) => [d.index, d.cx, d.latest])).toEqual([
      [0, WIDE / 2, false],
      [2, (WIDE * 3) / 4, true],
    ]);
  });

  it('shades a closed interval and leaves out one with an open end', () => {
    expect(dotStrip([], { xMax: 1, tallest: 0, interval: [0.5, 0.75] }).band).toEqual({
      x: WIDE / 2,
      width: WIDE / 4,
    });
    expect(dotStrip([], { xMax: 1, tallest: 0, interval: [0.5, null] }).band).toBeNull();
  });

  it("places the cohort's own value, and nothing when it is unknown", () => {
    expect(dotStrip([], { xMax: 1, tallest: 0, observed: 0.75 }).observed).toBe((WIDE * 3) / 4);
    expect(dotStrip([], { xMax: 1, tallest: 0 }).observed).toBeNull();
  });

  it('rounds the axis outwards when asked', () => {
    expect(dotStrip([], { xMax: 4.4, nice: true, tallest: 0 }).frame.x.domain()).toEqual([0, 4.5]);
    expect(dotStrip([], { xMax: 4.4, tallest: 0 }).frame.x.domain()).toEqual([0, 4.4]);
  });
});
