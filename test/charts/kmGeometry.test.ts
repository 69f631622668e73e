import { describe, expect, it } from 'vitest';
import { atRisk } from '../../src/engine/atRisk';
import { kmGeometry } from '../../src/charts/km/geometry';
import type { KmCurve } from '../../src/engine/kaplanMeier';

/** Survival drops at weeks 1 and 3 and reaches 0 at week 5; censorings at 2 and 4. */
const curve: KmCurve = {
  n: 5,
  events: 3,
  time: [1, 2, 3, 4, 5],
  nRisk: [5, 4, 3, 2, 1],
  nEvent: [1, 0, 1, 0, 1],
  nCensor: [0, 1, 0, 1, 0],
  survival: [0.8, 0.8, 8 / 15, 8 / 15, 0],
  stdErr: [0.25, 0.25, 0.4, 0.4, Infinity],
};
const band = {
  lower: [0.5, 0.5, 0.25, 0.25, null],
  upper: [1, 1, 0.9, 0.9, null],
};
const median = { median: 5, lower: 3, upper: null };
const r = (v: number) => Math.round(v * 100) / 100;

describe('kmGeometry', () => {
  const g = kmGeometry(curve, band, median, { width: 640 });
  const X = (t: number) => r(g.frame.x(t));
  const Y = (s: number) => r(g.frame.y(s));

  it('starts the step curve at (0, 100%) and passes through every (time, survival)', () => {
    expect(g.steps.startsWith(`M${X(0)},${Y(1)}`)).toBe(true);
    curve.time.forEach((t, i) => expect(g.steps).toContain(`${X(t)},${Y(curve.survival[i])}`));
  });

  it('steps after each time: horizontal at the previous survival, then down', () => {
    expect(g.steps).toContain(`L${X(1)},${Y(1)}L${X(1)},${Y(0.8)}`);
  });

  it('puts a censoring tick at each censored time, on the curve', () => {
    expect(g.censors).toEqual([
      { x: X(2), y: Y(0.8) },
      { x: X(4), y: Y(8 / 15) },
    ]);
  });

  it('interrupts the band where a bound is null', () => {
    // One area (one M) ending at week 5, where both bounds are undefined.
    expect(g.band.match(/M/g)).toHaveLength(1);
    expect(g.band).toContain(`${X(3)},${Y(0.25)}`);
    expect(g.band).toContain(`${X(5)},${Y(0.25)}`);
    const withGap = kmGeometry(
      curve,
      { lower: [0.5, null, 0.25, 0.25, null], upper: [1, 1, 0.9, 0.9, null] },
      median,
      { width: 640 },
    );
    expect(withGap.band.match(/M/g)).toHaveLength(2);
  });

  it('marks the median at 50% and draws its interval to the edge when the bound is not reached', () => {
    expect(g.median).toEqual({
      x: X(5),
      y: Y(0.5),
      lower: X(3),
      upper: g.frame.x.range()[1],
      upperOpen: true,
    });
    expect(
      kmGeometry(curve, band, { median: null, lower: null, upper: null }, { width: 640 }).median.x,
    ).toBeNull();
  });

  it('tabulates the number at risk under the x ticks', () => {
    expect(g.atRisk.map((a) => [a.time, a.n])).toEqual(
      g.frame.x.ticks(8).map((t) => [t, atRisk(curve, t)]),
    );
    expect([0, 1, 1.5, 2, 5, 6].map((t) => atRisk(curve, t))).toEqual([5, 5, 4, 4, 1, 0]);
  });

  it('draws nothing for an empty curve', () => {
    const empty: KmCurve = {
      n: 0,
      events: 0,
      time: [],
      nRisk: [],
      nEvent: [],
      nCensor: [],
      survival: [],
      stdErr: [],
    };
    const e = kmGeometry(
      empty,
      { lower: [], upper: [] },
      { median: null, lower: null, upper: null },
      { width: 640 },
    );
    expect(e.steps).toBe('');
    expect(e.band).toBe('');
    expect(e.atRisk.every((a) => a.n === 0)).toBe(true);
  });
});
