import { describe, expect, it } from 'vitest';
import { betaDensity, unitGrid } from '../../../../src/engine/lessons/index.ts';
import { densityGeometry } from '../../../../src/panels/learn/bayes/densityGeometry.ts';
import { lessonBox } from '../../../../src/panels/learn/lessonBox.ts';

const box = lessonBox(320, { top: 24 });
const grid = unitGrid(11);
const flat = betaDensity(grid, 1, 1);
const posterior = betaDensity(grid, 16, 4);

/** The x coordinates a path's commands visit. */
const xs = (path: string) => [...path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));

describe('densityGeometry', () => {
  it('reaches a little above the posterior peak on the y axis', () => {
    const {
      frame: { y },
    } = densityGeometry({ grid, prior: flat, posterior, threshold: 0.5 }, box);
    const peak = Math.max(...posterior.map((d) => d ?? 0));
    expect(y.domain()[1]).toBeGreaterThanOrEqual(peak * 1.08);
    expect(y.domain()[1]).toBeLessThan(peak * 1.5);
  });

  it('shades only the part of the posterior above the threshold', () => {
    const g = densityGeometry({ grid, prior: flat, posterior, threshold: 0.7 }, box);
    expect(Math.min(...xs(g.shaded))).toBeCloseTo(g.frame.x(0.7), 6);
    expect(Math.max(...xs(g.shaded))).toBeCloseTo(g.frame.x(1), 6);
  });

  it('leaves a gap where a density is infinite', () => {
    const jeffreys = betaDensity(grid, 0.5, 0.5);
    expect(jeffreys[0]).toBeNull();
    const g = densityGeometry({ grid, prior: jeffreys, posterior, threshold: 0.5 }, box);
    expect(Math.min(...xs(g.prior))).toBeCloseTo(g.frame.x(0.1), 6);
    expect(Math.max(...xs(g.prior))).toBeCloseTo(g.frame.x(0.9), 6);
  });

  it('keeps the flat prior on the axis scale at least 1 high', () => {
    const g = densityGeometry({ grid, prior: flat, posterior: flat, threshold: 0.5 }, box);
    expect(g.frame.y.domain()[1]).toBeGreaterThanOrEqual(1);
  });
});
