import { describe, expect, it } from 'vitest';
import { intervalRows } from '../../../../src/panels/learn/coverage/intervalRows.ts';
import { intervalRowsGeometry } from '../../../../src/panels/learn/coverage/intervalRowsGeometry.ts';

const rows = intervalRows(15, 18, 0.95, null);
const g = intervalRowsGeometry(rows, 15 / 18);

describe('intervalRowsGeometry', () => {
  it('draws each method’s interval as a bar from its lower to its upper bound', () => {
    g.bars.forEach((bar, i) => {
      expect(bar.row).toBe(rows[i]);
      expect(bar.x1).toBe(g.frame.x(rows[i].lower));
      expect(bar.x2).toBe(g.frame.x(rows[i].upper));
      expect(bar.labelX).toBe(bar.x2 + 6);
    });
  });

  it('stacks the rows from the top, one equal band each, bars in the middle of their band', () => {
    const inner = g.frame.height - g.frame.margin.top - g.frame.margin.bottom;
    [0.5, 1.5, 2.5, 3.5, 4.5].forEach((k, i) =>
      expect(g.bars[i].y).toBeCloseTo((k * inner) / 5, 9),
    );
  });

  it('marks the observed rate with a line through all the rows', () => {
    expect(g.observed.x).toBe(g.frame.x(15 / 18));
    expect(g.observed.bottom).toBe(g.frame.height - g.frame.margin.top - g.frame.margin.bottom);
  });
});
