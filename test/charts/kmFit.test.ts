import { describe, expect, it } from 'vitest';
import KmFitPlot from '../../src/charts/kmfit/KmFitPlot.svelte';
import { KM_FIT_ROW_LABEL_X, kmFitGeometry } from '../../src/charts/kmfit/geometry';
import { cleanPoints } from '../../src/engine/digitise/cleanPoints.ts';
import { kmDiagnostics, reconstructFromKm } from '../../src/engine/kmfigure/index.ts';
import { atRiskOf, kmFigures } from '../engine/kmfigure/kmFigures.ts';
import { renderSvg } from './render';

// R's aml, maintained arm: the true corners and the at-risk table printed under the figure.
const curve = kmFigures.figures[0].curves[0];
const points = cleanPoints(
  curve.corners.time.map((time, i) => ({ time, survival: curve.corners.survival[i] })),
).points;
const options = { atRisk: atRiskOf(curve), totalEvents: curve.events };
const diagnostics = kmDiagnostics(points, reconstructFromKm(points, options), options);
const r = (v: number) => Math.round(v * 100) / 100;

describe('kmFitGeometry', () => {
  const g = kmFitGeometry(points, diagnostics, { width: 640, legend: ['a', 'b', 'c'] });
  const X = (t: number) => r(g.frame.x(t));
  const Y = (s: number) => r(g.frame.y(s));

  it('draws the digitised corners joined, and the rebuilt curve as steps from (0, 1)', () => {
    expect(g.corners).toEqual(points.map((p) => ({ x: X(p.time), y: Y(p.survival) })));
    expect(g.digitised.startsWith(`M${X(0)},${Y(1)}L`)).toBe(true);
    expect(g.reconstructed.startsWith(`M${X(0)},${Y(1)}`)).toBe(true);
    expect(g.frame.x.domain()).toEqual([0, 180]);
  });

  it('marks the largest gap where the diagnostics found it, between the two curves', () => {
    // The censoring hidden between 45 and 48 weeks moves the drop at 48.
    expect(diagnostics.maxAbsDiffAt).toBe(48);
    expect(g.gap.x).toBe(X(48));
    expect(Math.abs(g.gap.y1 - g.gap.y0)).toBeCloseTo(diagnostics.maxAbsDiff * 240, 0);
  });

  it('puts published and rebuilt numbers at risk under their times, flagging those that differ', () => {
    expect(g.atRisk.map((a) => [a.time, a.published, a.reconstructed, a.differs])).toEqual(
      diagnostics.atRisk.map((a) => [
        a.time,
        a.published,
        a.reconstructed,
        a.published !== a.reconstructed,
      ]),
    );
    expect(g.atRisk.every((a) => a.x === X(a.time))).toBe(true);
  });

  it('labels every published time on the axis, or every k-th where they would crowd a narrow plot', () => {
    expect(g.ticks).toEqual(diagnostics.atRisk.map((a) => a.time));
    const narrow = kmFitGeometry(points, diagnostics, { width: 320 });
    expect(narrow.ticks).toEqual([0, 40, 80, 120, 160]);
    expect(narrow.atRisk).toHaveLength(diagnostics.atRisk.length);
  });

  it("keeps the at-risk rows' labels clear of a four-digit count at time 0, inside the margin", () => {
    // 12 px text is at most 7.5 px a digit: "1000" centred at x = 0 reaches 15 px left of it;
    // "Rebuilt" (7 characters) must end there and still start inside the chart.
    expect(KM_FIT_ROW_LABEL_X).toBeLessThanOrEqual(-(4 * 7.5) / 2 - 4);
    expect(g.frame.margin.left + KM_FIT_ROW_LABEL_X).toBeGreaterThanOrEqual(7 * 7.5);
  });
});

describe('KmFitPlot (server-rendered SVG)', () => {
  it('draws the check of the aml reconstruction', async () => {
    const svg = renderSvg(KmFitPlot, {
      points,
      diagnostics,
      title: 'AML, maintained: reconstruction check',
      xLabel: 'Weeks',
    }).replace(/-?\d+\.\d{3,}/g, (m) => String(r(Number(m))));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('Largest gap 0.06');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/kmfit-aml.svg');
  });
});
