/**
 * The digitiser of a Kaplan–Meier figure as a specification: its curves and edits, what it puts in
 * the link and reads back from one, and the reconstruction it derives for the curve shown.
 */
import { describe, expect, it } from 'vitest';
import { reconstructKmCurve } from '../../../src/engine/kmfigure/reconstructKmCurve.ts';
import { MAX_FIGURE_CURVES } from '../../../src/engine/limits.ts';
import { surprisingRise } from '../../../src/state/figure/curveResult.ts';
import {
  FigureDigitiser,
  paramsKey,
  roundPoint,
} from '../../../src/state/figure/FigureDigitiser.svelte.ts';
import { MAX_LINK_POINTS } from '../../../src/state/figure/figureParams.ts';
import { pointsAsProportions } from '../../../src/state/figure/pointsAsProportions.ts';
import { kmFigures } from '../../engine/kmfigure/kmFigures.ts';

const aml = kmFigures.figures[0];
const maintained = aml.curves[0];
const corners = maintained.corners.time.map((time, i) => ({
  time,
  survival: maintained.corners.survival[i],
}));
const amlRisk = {
  times: maintained.at_risk.time.join(' '),
  counts: maintained.at_risk.n.join(' '),
  n: '',
  events: '',
};

/** A digitiser holding the maintained arm of R's aml with its at-risk row. */
function amlDigitiser(): FigureDigitiser {
  const d = new FigureDigitiser();
  d.addCurve({ label: 'Maintained', points: corners, atRisk: amlRisk, origin: 'From a test' });
  return d;
}

describe('curves', () => {
  it('are added in turn with their own colour, shown when added, points rounded as a link carries them', () => {
    const d = new FigureDigitiser();
    expect(d.addCurve({ points: [{ time: 12.345678, survival: 0.876543 }] })).toBe(0);
    expect(d.curve!.points).toEqual([{ time: 12.346, survival: 0.8765 }]);
    expect(d.curve!.label).toBe('Curve 1');
    d.setAtRisk(0, { times: '0 10 20' });
    expect(d.addCurve()).toBe(1);
    expect(d.selected).toBe(1);
    expect(d.curves.map((c) => c.colour)).toEqual(['#0072b2', '#d55e00']);
    // A new arm of the same figure starts from the same at-risk times.
    expect(d.curve!.atRisk).toEqual({ times: '0 10 20', counts: '', n: '', events: '' });
    for (let i = 2; i < MAX_FIGURE_CURVES; i++) d.addCurve();
    expect(d.addCurve()).toBeNull();
    expect(d.curves).toHaveLength(MAX_FIGURE_CURVES);
  });

  it('are edited point by point, kept in time order when a point is added', () => {
    const d = amlDigitiser();
    const at = d.addPoint(0, { time: 10, survival: 0.5 });
    expect(d.curve!.points[at]).toEqual({ time: 10, survival: 0.5 });
    expect(d.curve!.points[at - 1].time).toBeLessThanOrEqual(10);
    expect(d.curve!.points[at + 1].time).toBeGreaterThan(10);
    d.movePoint(0, at, { time: 10.123456, survival: 0.55 });
    expect(d.curve!.points[at]).toEqual({ time: 10.123, survival: 0.55 });
    d.deletePoint(0, at);
    expect(d.curve!.points).toEqual(corners.map(roundPoint));
  });

  it('leave the one before shown when removed', () => {
    const d = amlDigitiser();
    d.addCurve({ label: 'B' });
    d.addCurve({ label: 'C' });
    d.removeCurve(2);
    expect(d.curve!.label).toBe('B');
    d.select(0);
    d.removeCurve(0);
    expect(d.curves.map((c) => c.label)).toEqual(['B']);
    expect(d.selected).toBe(0);
  });
});

describe('the calibration', () => {
  it('follows the points clicked and typed, and a new figure starts it again but keeps the values', () => {
    const d = new FigureDigitiser();
    const values = ['0', '150', '0', '1'] as const;
    (['x1', 'x2', 'y1', 'y2'] as const).forEach((name, i) => {
      const { pixel } = aml.calibration[name[0] as 'x' | 'y'][Number(name[1]) - 1];
      d.setAxisPoint(name, { pixel: String(pixel), value: values[i] });
    });
    expect(d.calibrated?.x.scale).toBeCloseTo(150 / (521.130710835059 - 90.4888888888889), 12);
    const pixels = { width: 2, height: 2, data: new Uint8ClampedArray(16) };
    d.setImage({ name: 'next.png', pixels });
    expect(d.image?.name).toBe('next.png');
    expect(d.calibrated).toBeNull();
    expect(d.axes.x2).toEqual({ pixel: '', value: '150' });
  });
});

describe('the reconstruction of the curve shown', () => {
  it('is the engine’s, from the points and the at-risk row typed', () => {
    const d = amlDigitiser();
    const result = d.result;
    expect(result.kind).toBe('done');
    if (result.kind !== 'done') return;
    const atRisk = maintained.at_risk.time.map((time, i) => ({
      time,
      n: maintained.at_risk.n[i],
    }));
    expect(result.read).toEqual(
      reconstructKmCurve(corners.map(roundPoint), { atRisk, percent: false }),
    );
    expect(result.read.diagnostics.median.reconstructed).toBe(31);
    expect(result.read.diagnostics.events.reconstructed).toBe(7);
  });

  it('says why there is none: no points, entries that are not numbers, a table the engine refuses', () => {
    const d = new FigureDigitiser();
    expect(d.result).toEqual({ kind: 'empty' });
    d.addCurve({ points: corners, atRisk: { ...amlRisk, counts: '11 7 x' } });
    expect(d.result.kind).toBe('incomplete');
    d.setAtRisk(0, { counts: '11 7 9 1 1 1 1 1 1' });
    expect(d.result).toEqual({
      kind: 'refused',
      message: 'Numbers at risk cannot increase: 7 at 20 then 9 at 40.',
    });
    d.setAtRisk(0, { times: '20', counts: '12', n: '11' });
    expect(d.result).toEqual({
      kind: 'refused',
      message: '12 at risk at time 20 is more than n (11).',
    });
  });
});

describe('the link', () => {
  it('carries the options and each valid curve, and reads back the same curves and patients', () => {
    const d = amlDigitiser();
    d.addCurve({ label: 'Typed', points: [{ time: 0, survival: 1 }], colour: '#123456' });
    d.setAtRisk(1, { times: '0 5', counts: '9', n: '10', events: '3' });
    d.setOptions({ unit: 'months', onset: 2 });
    const params = d.params;
    expect(params).toMatchObject({
      end: 'dor',
      unit: 'months',
      onset: '2',
      cur: '2',
      l1: 'Maintained',
      c1: '#0072b2',
      r1: '0:11,20:7,40:3,60:1,80:1,100:1,120:1,140:1,160:1',
      l2: 'Typed',
      c2: '#123456',
      p2: '0:1',
      n2: '10',
      e2: '3',
    });
    // Two times but one number: the row is not written until it holds together.
    expect(params.r2).toBeUndefined();
    expect(params.p1.split(',')).toHaveLength(corners.length);

    const read = new FigureDigitiser();
    expect(read.load(params)).toEqual([]);
    expect(read.params).toEqual(params);
    expect(read.curves.map((c) => [c.label, c.colour, c.points, c.origin])).toEqual(
      d.curves.map((c) => [c.label, c.colour, c.points, 'From the link']),
    );
    expect(read.curves[0].atRisk).toEqual(amlRisk);
    expect(read.selected).toBe(1);
    read.select(0);
    d.select(0);
    expect(read.result).toEqual(d.result);
  });

  it('leaves out the points of a curve too long for a link', () => {
    const d = new FigureDigitiser();
    const many = Array.from({ length: MAX_LINK_POINTS + 1 }, (_, i) => ({
      time: i,
      survival: 1 - i / (2 * MAX_LINK_POINTS),
    }));
    d.addCurve({ points: many, atRisk: { ...amlRisk, times: '0', counts: '50' } });
    expect(d.params.p1).toBeUndefined();
    expect(d.params.r1).toBe('0:50');
  });

  it('names the values it cannot use, and the keys that are not the figure’s', () => {
    const d = new FigureDigitiser();
    const messages = d.load({ l1: 'A', p1: '0:1,5', unit: 'years', zz: '1' });
    expect(messages).toEqual([
      '"k.unit" must be one of weeks, months, days; got "years"; using weeks.',
      '"k.p1" must be a list of at most 500 pairs of numbers A:B separated by commas, such as 0:1,9:1,9:0.909; got "0:1,5"; using none.',
      '"k.zz" is not a setting of the Kaplan–Meier figure; ignored.',
    ]);
    expect(d.curves).toHaveLength(1);
    expect(d.curves[0].points).toEqual([]);
  });

  it('reads survival given in percent in a link as a proportion', () => {
    const d = new FigureDigitiser();
    d.load({ p1: '0:100,5:100,5:80' });
    expect(d.curve!.points).toEqual([
      { time: 0, survival: 1 },
      { time: 5, survival: 1 },
      { time: 5, survival: 0.8 },
    ]);
    expect(d.curve!.notes).toEqual(['Survival was read as a percentage and divided by 100.']);
  });

  it('is kept in step: a link from outside is read in, a change here is written out', () => {
    const d = new FigureDigitiser();
    expect(d.reconcile({})).toEqual({ write: null, messages: [] });
    const link = amlDigitiser().params;
    // A link opened: read in, nothing to write back.
    expect(d.reconcile(link)).toEqual({ write: null, messages: [] });
    expect(d.curve!.label).toBe('Maintained');
    // A change made here: written to the link.
    d.updateCurve(0, { label: 'Arm A' });
    const { write } = d.reconcile(link);
    expect(write?.l1).toBe('Arm A');
    expect(d.reconcile(write!)).toEqual({ write: null, messages: [] });
    // A link written by hand, in another order and with a refused value: read, then tidied.
    const typed = { unit: 'weeks', l1: 'Hand', p1: '0:1,3:0.5', end: 'xyz' };
    const adopted = d.reconcile(typed);
    expect(adopted.messages).toEqual([
      '"k.end" must be one of dor, ttr, os; got "xyz"; using dor.',
    ]);
    expect(adopted.write).toEqual({
      end: 'dor',
      unit: 'weeks',
      l1: 'Hand',
      c1: '#0072b2',
      p1: '0:1,3:0.5',
    });
    expect(paramsKey(d.params)).toBe(paramsKey(adopted.write!));
    // Until the tidied link lands, the link read in is not read again (nor its notices repeated).
    d.updateCurve(0, { label: 'Hand, edited' });
    expect(d.reconcile(typed)).toEqual({ write: d.params, messages: [] });
    expect(d.curve!.label).toBe('Hand, edited');
    expect(d.reconcile(d.params)).toEqual({ write: null, messages: [] });
  });

  it('carries the ensemble settings once run, so a link runs them again', () => {
    const d = amlDigitiser();
    expect(d.params.reps).toBeUndefined();
    d.setEnsemble({ reps: 300, seed: 7, timeJitter: 1, survivalJitter: 0.25 });
    expect(d.params).toMatchObject({ reps: '300', seed: '7', dt: '1', ds: '0.25' });
    const read = new FigureDigitiser();
    read.load(d.params);
    expect(read.ensemble).toEqual({ reps: 300, seed: 7, timeJitter: 1, survivalJitter: 0.25 });
  });
});

describe('points on the way in', () => {
  it('are proportions: a percentage is divided by 100, with a note', () => {
    expect(pointsAsProportions([{ time: 0, survival: 1 }])).toEqual({
      points: [{ time: 0, survival: 1 }],
      notes: [],
    });
    expect(pointsAsProportions([{ time: 0, survival: 100 }]).points).toEqual([
      { time: 0, survival: 1 },
    ]);
    expect(pointsAsProportions([])).toEqual({ points: [], notes: [] });
  });

  it('that rise are named, where the rise is more than reading noise', () => {
    expect(surprisingRise(corners)).toBeNull();
    expect(
      surprisingRise([
        { time: 0, survival: 1 },
        { time: 5, survival: 0.49 },
        { time: 6, survival: 0.5 },
      ]),
    ).toBeNull();
    expect(
      surprisingRise([
        { time: 0, survival: 1 },
        { time: 5, survival: 0.4 },
        { time: 6, survival: 0.8 },
        { time: 7, survival: 0.5 },
      ]),
    ).toBe(
      'Survival rises from 0.4 at time 5 to 0.8 at time 6, and a Kaplan–Meier curve never rises: those points were lowered. Check them (or whether the columns are time, then survival).',
    );
  });
});
