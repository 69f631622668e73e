import { describe, expect, it } from 'vitest';
import { fitCurves } from '../../src/charts/km/fitCurves';
import { kmGeometry } from '../../src/charts/km/geometry';
import type { KmCurve } from '../../src/engine/kaplanMeier';
import { riskTable } from '../../src/engine/riskTable';

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

  it('tabulates the number at risk under the x ticks, one unlabelled line', () => {
    expect(g.breaks).toEqual(g.frame.x.ticks(8));
    expect(g.table.lines).toHaveLength(1);
    expect(g.table.lines[0].label).toBe('');
    expect(g.table.title).toBe('Number at risk');
    expect(g.table.lines[0].cells.map((c) => [c.x, c.text])).toEqual(
      g.breaks.map((t) => [X(t), String(riskTable(curve, [t])[0].atRisk)]),
    );
    const atRisk = (t: number) => riskTable(curve, [t])[0].atRisk;
    expect([0, 1, 1.5, 2, 5, 6].map(atRisk)).toEqual([5, 5, 4, 4, 1, 0]);
  });

  it('draws the rising share with the event, the median still at 50%', () => {
    const up = kmGeometry(curve, band, median, { width: 640, scale: 'event' });
    const Yup = (s: number) => r(up.frame.y(1 - s));
    expect(up.steps.startsWith(`M${X(0)},${r(up.frame.y(0))}`)).toBe(true);
    curve.time.forEach((t, i) => expect(up.steps).toContain(`${X(t)},${Yup(curve.survival[i])}`));
    expect(up.median.y).toBe(Y(0.5));
    expect(up.censors[0]).toEqual({ x: X(2), y: Yup(0.8) });
  });

  it('draws fitted curves rising with the curve on the event scale', () => {
    const up = kmGeometry(curve, band, median, { width: 640, scale: 'event' });
    const model = { distribution: 'exponential' as const, median: 3 };
    const [rising] = fitCurves(up.frame, [{ label: 'Exponential', model }], { scale: 'event' });
    const [falling] = fitCurves(up.frame, [{ label: 'Exponential', model }]);
    expect(rising.path.startsWith(`M${X(0)},${r(up.frame.y(0))}`)).toBe(true);
    expect(falling.path.startsWith(`M${X(0)},${r(up.frame.y(1))}`)).toBe(true);
  });

  it('puts the KMunicate rows at the breaks the user sets, labelled, with room on the left', () => {
    const k = kmGeometry(curve, band, median, {
      width: 640,
      table: 'kmunicate',
      breaks: [0, 2, 4, 8],
    });
    expect(k.breaks).toEqual([0, 2, 4, 8]);
    expect(k.frame.x.domain()[1]).toBeGreaterThanOrEqual(8);
    expect(k.table.lines.map((l) => [l.label, l.cells.map((c) => c.text)])).toEqual([
      ['At risk', ['5', '4', '2', '0']],
      ['Events', ['0', '1', '2', '3']],
      ['Censored', ['0', '1', '2', '2']],
    ]);
    expect(k.frame.margin.left).toBeGreaterThan(g.frame.margin.left);
    expect(k.frame.margin.bottom).toBeGreaterThan(g.frame.margin.bottom);
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
    expect(e.table.lines[0].cells.every((c) => c.text === '0')).toBe(true);
  });
});
