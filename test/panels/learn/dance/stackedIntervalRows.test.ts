import { describe, expect, it } from 'vitest';
import { palette } from '../../../../src/charts/palette.ts';
import { dorIntervalRows } from '../../../../src/panels/learn/dance/dorIntervalRows.ts';
import { orrIntervalRows } from '../../../../src/panels/learn/dance/orrIntervalRows.ts';
import {
  SHOWN,
  stackedIntervalRows,
} from '../../../../src/panels/learn/dance/stackedIntervalRows.ts';
import { noResponders, study } from './study.ts';

/** The plotting area is 596 by 256 pixels; 30 rows are 256 / 30 pixels apart. */
const RIGHT_EDGE = 596;
const rowY = (slot: number) => Math.round(((slot + 0.5) * 256 * 100) / 30) / 100;

describe('stackedIntervalRows', () => {
  const many = Array.from({ length: 40 }, (_, i) => study({ n: i + 1 }));
  const rows = orrIntervalRows(many, 0.83).rows;

  it('lays out only the 30 newest studies, newest at the bottom', () => {
    expect(SHOWN).toBe(30);
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.key)).toEqual(Array.from({ length: 30 }, (_, i) => 10 + i));
    expect(rows[0].y).toBe(rowY(0));
    expect(rows[29].y).toBe(rowY(29));
    expect(rows[29].y).toBeGreaterThan(rows[28].y);
  });

  it('stacks the first few studies at the bottom', () => {
    const two = orrIntervalRows([study(), study()], 0.83).rows;
    expect(two.map((r) => r.y)).toEqual([rowY(28), rowY(29)]);
  });

  it('draws the truth as a vertical line over the whole plotting area', () => {
    expect(orrIntervalRows([], 0.5).truth).toEqual({ x: 298, y2: 256 });
  });

  it('leaves the row of a study with nothing to draw empty', () => {
    const interval = { lower: 0.5, upper: 0.9, estimate: 0.7, miss: false, label: null };
    const chart = stackedIntervalRows(['a', 'b', 'c'], (s) => (s === 'b' ? null : interval), {
      max: 1,
      truth: 0.8,
    });
    expect(chart.rows.map((r) => [r.key, r.y])).toEqual([
      [0, rowY(27)],
      [2, rowY(29)],
    ]);
  });
});

describe('orrIntervalRows', () => {
  it('draws an interval that contains the truth thin and blue, with a dot at the ORR', () => {
    const [row] = orrIntervalRows([study()], 0.83).rows;
    expect(row).toEqual({
      key: 0,
      y: rowY(29),
      line: { x1: 351.64, x2: 572.16, dash: null },
      dot: 496.67,
      arrow: null,
      miss: false,
      colour: palette.inResponse,
      strokeWidth: 2,
      label: null,
    });
  });

  it('draws a miss row thick and orange, with "miss" just after the interval', () => {
    const [row] = orrIntervalRows([study({ orrInterval: [0.3, 0.6], orr: 0.45 })], 0.83).rows;
    expect(row).toMatchObject({ miss: true, colour: palette.loss, strokeWidth: 4 });
    expect(row.label).toEqual({ x: 357.6 + 5, text: 'miss', anchor: 'start' });
  });

  it('leaves "miss" off a row too close to a newer one that keeps it', () => {
    const missing = study({ orrInterval: [0.3, 0.6] });
    const rows = orrIntervalRows([missing, missing, missing], 0.83).rows;
    // Rows are 8.5 px apart and labels need 13: the newest keeps its own, the one above loses it.
    expect(rows.map((r) => r.label?.text ?? null)).toEqual(['miss', null, 'miss']);
  });

  it('leaves out a study without patients', () => {
    const empty = study({ n: 0, responders: 0, orr: null, orrInterval: null });
    expect(orrIntervalRows([empty, study()], 0.83).rows.map((r) => r.key)).toEqual([1]);
  });
});

describe('dorIntervalRows', () => {
  it('runs the axis from 0 to four times the true median, and at least to 8 weeks', () => {
    expect(dorIntervalRows([], 3.4).frame.x.domain()).toEqual([0, 14]);
    expect(dorIntervalRows([], 1).frame.x.domain()).toEqual([0, 8]);
  });

  it('gives an open upper limit a line to the right edge that ends in an arrow', () => {
    const [row] = dorIntervalRows([study({ dorUpper: null })], 3.4).rows;
    expect(row.line).toEqual({ x1: 85.14, x2: RIGHT_EDGE, dash: null });
    expect(row.arrow).toBe(`M${RIGHT_EDGE},${rowY(29)} l-8,-5 v10 z`);
    expect(row.dot).toBe(170.29);
  });

  it('starts an interval without a lower limit at 0 and stops a far upper limit at the edge, without an arrow', () => {
    const [row] = dorIntervalRows([study({ dorLower: null, dorUpper: 100 })], 3.4).rows;
    expect(row.line).toEqual({ x1: 0, x2: RIGHT_EDGE, dash: null });
    expect(row.arrow).toBeNull();
  });

  it('draws a miss row thick and orange, labelled "miss" after its upper limit', () => {
    const [row] = dorIntervalRows([study({ dorLower: 5, dorMedian: 7, dorUpper: 9 })], 3.4).rows;
    expect(row).toMatchObject({ miss: true, colour: palette.loss, strokeWidth: 4 });
    expect(row.label).toEqual({ x: row.line!.x2 + 5, text: 'miss', anchor: 'start' });
  });

  it('puts the "miss" of an interval open to the right edge before its lower limit', () => {
    const [row] = dorIntervalRows([study({ dorLower: 5, dorMedian: 7, dorUpper: null })], 3.4).rows;
    expect(row.arrow).not.toBeNull();
    expect(row.label).toEqual({ x: row.line!.x1 - 5, text: 'miss', anchor: 'end' });
  });

  it('never draws the dashes of a median not reached backwards', () => {
    const late = study({ dorMedian: null, dorLower: 13.5, dorUpper: null });
    const [row] = dorIntervalRows([late], 3.4).rows;
    expect(row.line!.x2).toBeGreaterThanOrEqual(row.line!.x1);
  });

  it('draws a median not reached as yellow dashes from its lower limit, ending short of the edge, with "not reached" at the edge', () => {
    const [row] = dorIntervalRows([study({ dorMedian: null, dorUpper: null })], 3.4).rows;
    expect(row).toEqual({
      key: 0,
      y: rowY(29),
      line: { x1: 85.14, x2: RIGHT_EDGE - 90, dash: '4 3' },
      dot: null,
      arrow: null,
      miss: false,
      colour: palette.afterLoss,
      strokeWidth: 2,
      label: { x: RIGHT_EDGE - 4, text: 'not reached', anchor: 'end' },
    });
  });

  it('keeps a median not reached yellow and thin even when it counts as a miss', () => {
    const noEventSeen = study({ dorMedian: null, dorLower: null, dorUpper: null, dorEvents: 0 });
    const [row] = dorIntervalRows([noEventSeen], 3.4).rows;
    expect(row).toMatchObject({
      line: null,
      miss: true,
      colour: palette.afterLoss,
      strokeWidth: 2,
    });
  });

  it('says when a study had no responders', () => {
    const [row] = dorIntervalRows([noResponders], 3.4).rows;
    expect(row.label?.text).toBe('not reached (no responders)');
    expect(row.line).toBeNull();
  });

  it('labels only the "not reached" rows that do not crowd a newer one', () => {
    const open = study({ dorMedian: null, dorUpper: null });
    const rows = dorIntervalRows([open, open, open, study(), open], 3.4).rows;
    expect(rows.map((r) => r.label !== null)).toEqual([true, false, true, false, true]);
  });
});
