import { describe, expect, it } from 'vitest';
import { designsGeometry } from '../../src/charts/design/geometry';
import { simonDesigns } from '../../src/engine/design/index.ts';

// Simon (1989): p0 = 0.2, p1 = 0.4, alpha = 0.05, beta = 0.2. Minimax n = 33, optimal n = 43,
// admissible between them n = 38.
const designs = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!;
const r = (v: number) => Math.round(v * 100) / 100;

describe('designsGeometry', () => {
  const g = designsGeometry(designs, {
    width: 640,
    chosen: 38,
    legend: ['Best design for each n'],
  });
  const X = (n: number) => r(g.frame.x(n));
  const Y = (en: number) => r(g.frame.y(en));

  it('shows one point per n from the minimax design to five past the optimal, as clinfun plots', () => {
    const ns = g.points.map((p) => p.design.n);
    expect(ns[0]).toBe(33);
    expect(ns).toContain(43);
    expect(ns.filter((n) => n > 43)).toHaveLength(5);
    expect(ns).toEqual(designs.candidates.filter((d) => d.n <= ns[ns.length - 1]).map((d) => d.n));
  });

  it('puts each design at (n, EN(p0)) and joins them in order', () => {
    for (const p of g.points) {
      expect(p.x).toBe(X(p.design.n));
      expect(p.y).toBe(Y(p.design.en0));
    }
    const first = g.points[0];
    expect(g.path.startsWith(`M${first.x},${first.y}`)).toBe(true);
    expect(g.path.split('L')).toHaveLength(g.points.length);
  });

  it('marks M, O and the admissible designs, and joins the admissible ones', () => {
    expect(g.points.filter((p) => p.label).map((p) => [p.label, p.design.n])).toEqual([
      ['M', 33],
      ['O', 43],
    ]);
    expect(g.points.filter((p) => p.kind === 'admissible').map((p) => p.design.n)).toEqual([38]);
    const at = (n: number) => g.points.find((p) => p.design.n === n)!;
    expect(g.hull).toBe(`M${at(33).x},${at(33).y}L${at(38).x},${at(38).y}L${at(43).x},${at(43).y}`);
    expect(g.chosen).toEqual({ x: at(38).x, y: at(38).y });
    // The optimal design is the lowest point.
    expect(Math.max(...g.points.map((p) => p.y))).toBe(at(43).y);
  });

  it('keeps every point inside the plot, rounded for stable SVG snapshots', () => {
    const [x0, x1] = g.frame.x.range();
    const [y0, y1] = g.frame.y.range();
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(x0);
      expect(p.x).toBeLessThanOrEqual(x1);
      expect(p.y).toBeLessThanOrEqual(y0);
      expect(p.y).toBeGreaterThanOrEqual(y1);
      expect(r(p.x)).toBe(p.x);
      expect(r(p.y)).toBe(p.y);
    }
    expect(g.path).toMatch(/^[ML\d.,]+$/);
    for (const value of g.path.match(/[\d.]+/g)!) expect(value).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('lays out the legend above the plot and fits narrow screens', () => {
    expect(g.legend).toEqual([{ label: 'Best design for each n', x: 12, y: 40 }]);
    expect(g.frame.margin.top).toBe(46 + 20);
    const narrow = designsGeometry(designs, { width: 390 });
    expect(narrow.ticks.x).toBeLessThan(g.ticks.x);
    expect(narrow.chosen).toBeNull();
    expect(narrow.frame.x.range()[1]).toBe(390 - 64 - 28);
  });

  it('draws a single design when the minimax design is also optimal', () => {
    const one = designs.candidates[0];
    const single = designsGeometry(
      {
        candidates: [one],
        minimax: one,
        optimal: one,
        admissible: [{ ...one, qLow: 0, qHigh: 1 }],
      },
      { width: 640 },
    );
    expect(single.points).toHaveLength(1);
    expect(single.points[0].label).toBe('M');
    expect(single.path).toMatch(/^M[\d.]+,[\d.]+Z?$/);
  });
});
