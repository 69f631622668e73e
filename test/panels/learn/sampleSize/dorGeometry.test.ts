import { describe, expect, it } from 'vitest';
import { CHART_SIZE } from '../../../../src/panels/learn/sampleSize/chartSize.ts';
import { pathPoints } from '../pathPoints.ts';
import { dorGeometry } from '../../../../src/panels/learn/sampleSize/dorGeometry.ts';

const rows = [
  { n: 10, width: 7, open: 0.53 },
  { n: 18, width: null, open: 1 },
  { n: 30, width: 6.7, open: 0 },
  { n: 50, width: 4.8, open: 0 },
];
const g = dorGeometry(rows);

describe('dorGeometry', () => {
  it('puts n on x from 0 to 130 patients', () => {
    expect(g.frame.x.domain()).toEqual([0, 130]);
    expect(g.frame.x(130)).toBe(CHART_SIZE.innerWidth);
  });

  it('runs y from 0 to a nice value at least 15% above the widest interval', () => {
    const [low, high] = g.frame.y.domain();
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(7 * 1.15);
    expect(high).toBe(9); // 7 weeks × 1.15 = 8.05, rounded up to a whole week
    expect(
      dorGeometry([{ n: 10, width: 0.2, open: 0 }]).frame.y.domain()[1],
    ).toBeGreaterThanOrEqual(1.15);
  });

  it('gives a dot with its open share only where intervals closed', () => {
    expect(g.points.map((p) => [p.n, p.open])).toEqual([
      [10, 0.53],
      [30, 0],
      [50, 0],
    ]);
    expect(g.points[0]).toMatchObject({ x: g.frame.x(10), y: g.frame.y(7) });
  });

  it('breaks the line at a size without a closed interval', () => {
    const pieces = pathPoints(g.path);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((piece) => piece.length)).toEqual([1, 2]);
  });

  it('draws no line before the simulation answers', () => {
    expect(dorGeometry([]).path).toBeNull();
    expect(dorGeometry([]).points).toEqual([]);
  });
});
