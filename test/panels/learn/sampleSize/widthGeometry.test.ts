import { describe, expect, it } from 'vitest';
import { CHART_SIZE } from '../../../../src/panels/learn/sampleSize/chartSize.ts';
import { pathPoints } from '../pathPoints.ts';
import { WIDTH_TOP, widthGeometry } from '../../../../src/panels/learn/sampleSize/widthGeometry.ts';

/** Expected widths for n = 1..4: the first is wider than the chart shows. */
const widths = [0.95, 0.6, 0.3, 0.18];
const g = widthGeometry(widths, { nMax: 150, half: 0.1, enough: 4, cohortN: 1 });

describe('widthGeometry', () => {
  it('puts n on x from 0 to nMax and the width on y from 0 to 80 points', () => {
    expect(g.frame.x.domain()).toEqual([0, 150]);
    expect(g.frame.y.domain()).toEqual([0, WIDTH_TOP]);
    expect(g.frame.x(150)).toBe(CHART_SIZE.innerWidth);
    expect(g.frame.y(0)).toBe(CHART_SIZE.innerHeight);
  });

  it('caps the curve at the top of the chart where a width is larger than 80 points', () => {
    const [curve] = pathPoints(g.path);
    expect(curve).toHaveLength(4);
    expect(curve[0][0]).toBeCloseTo(g.frame.x(1), 3);
    expect(curve[0][1]).toBeCloseTo(g.frame.y(WIDTH_TOP), 3);
    expect(curve[3][0]).toBeCloseTo(g.frame.x(4), 3);
    expect(curve[3][1]).toBeCloseTo(g.frame.y(0.18), 3);
  });

  it('draws the target at twice the wanted half-width and the vertical at the n reaching it', () => {
    expect(g.targetY).toBeCloseTo(g.frame.y(0.2), 9);
    expect(g.enoughX).toBe(g.frame.x(4));
    expect(widthGeometry(widths, { nMax: 150, half: 0.05, enough: null, cohortN: 1 }).enoughX).toBe(
      null,
    );
  });

  it('marks this cohort at its own expected width, which may lie above the chart', () => {
    expect(g.cohort).toEqual({ x: g.frame.x(1), y: g.frame.y(0.95) });
    expect(g.cohort!.y).toBeLessThan(0);
  });

  it('draws nothing but the frame before the widths are known', () => {
    const empty = widthGeometry([], { nMax: 150, half: 0.1, enough: null, cohortN: 18 });
    expect(empty.path).toBeNull();
    expect(empty.cohort).toBeNull();
  });
});
