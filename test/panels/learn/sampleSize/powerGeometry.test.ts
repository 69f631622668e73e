import { describe, expect, it } from 'vitest';
import { powerByN } from '../../../../src/engine/lessons/index.ts';
import { CHART_SIZE } from '../../../../src/panels/learn/sampleSize/chartSize.ts';
import { pathPoints } from '../pathPoints.ts';
import { powerGeometry } from '../../../../src/panels/learn/sampleSize/powerGeometry.ts';

const power = powerByN(1, 100, { p0: 0.6, p1: 0.83, alpha: 0.05 });
const g = powerGeometry(power, { nMax: 100, target: 0.8, cohortN: 18 });

describe('powerGeometry', () => {
  it('puts n on x and power on y, one point per n', () => {
    expect(g.points).toHaveLength(100);
    expect(g.points[0]).toEqual({
      n: 1,
      x: 0.01 * CHART_SIZE.innerWidth,
      y: CHART_SIZE.innerHeight,
    });
    expect(g.points[99]).toMatchObject({ n: 100, x: CHART_SIZE.innerWidth });
    power.forEach((row, i) => expect(g.points[i].y).toBeCloseTo(g.frame.y(row.power), 9));
  });

  it('draws the saw-tooth through every point, so a drop in power is a drop in the line', () => {
    const [line] = pathPoints(g.path);
    expect(line).toHaveLength(100);
    line.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(g.points[i].x, 3);
      expect(y).toBeCloseTo(g.points[i].y, 3);
    });
    const drop = power.findIndex((row, i) => i > 0 && row.power < power[i - 1].power);
    expect(drop).toBeGreaterThan(0);
    expect(g.points[drop].y).toBeGreaterThan(g.points[drop - 1].y);
  });

  it('draws the wanted power as a line across at its height', () => {
    expect(g.targetY).toBeCloseTo(0.2 * CHART_SIZE.innerHeight, 9);
  });

  it('marks this cohort on the curve, and not at all when its n is off the curve', () => {
    expect(g.cohort).toEqual({ x: g.points[17].x, y: g.points[17].y });
    expect(powerGeometry(power, { nMax: 100, target: 0.8, cohortN: 0 }).cohort).toBeNull();
    expect(powerGeometry(power, { nMax: 100, target: 0.8, cohortN: 101 }).cohort).toBeNull();
  });
});
