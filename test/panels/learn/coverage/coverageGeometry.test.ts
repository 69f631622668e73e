import { describe, expect, it } from 'vitest';
import { coverageByMethod } from '../../../../src/panels/learn/coverage/coverageByMethod.ts';
import { coverageGeometry } from '../../../../src/panels/learn/coverage/coverageGeometry.ts';
import type { ProportionMethod } from '../../../../src/engine/report.ts';
import { pathPoints } from '../pathPoints.ts';

const grid = [0.1, 0.5, 0.9];
/** Made-up coverage: Wald dips below the chart's 70% floor at 10%. */
const record = (wald: number): Record<ProportionMethod, number> => ({
  'clopper-pearson': 0.97,
  wilson: 0.95,
  jeffreys: 0.94,
  'agresti-coull': 0.96,
  wald,
});
const report = coverageByMethod([record(0.4), record(0.93), record(0.9), record(0.8)], grid);

describe('coverageGeometry', () => {
  const g = coverageGeometry(report, ['clopper-pearson', 'wald'], { level: 0.95, pHat: 15 / 18 });

  it('draws one coverage curve per method shown, over the grid, in the order given', () => {
    expect(g.curves.map((c) => c.method)).toEqual(['clopper-pearson', 'wald']);
    const [[first, , last]] = pathPoints(g.curves[0].d);
    expect(first[0]).toBeCloseTo(g.frame.x(0.1), 3);
    expect(last[0]).toBeCloseTo(g.frame.x(0.9), 3);
    expect(first[1]).toBeCloseTo(g.frame.y(0.97), 3);
  });

  it('sends coverage below 70% just under the chart’s floor, where the clip cuts it off', () => {
    const [[wald]] = pathPoints(g.curves[1].d);
    expect(wald[1]).toBeCloseTo(g.frame.y(0.68), 3);
    expect(wald[1]).toBeGreaterThan(g.frame.y(0.7));
  });

  it('draws no curve before the coverage is known', () => {
    expect(coverageGeometry(null, ['wald'], { level: 0.95, pHat: 0.5 }).curves).toEqual([]);
  });

  it('puts the nominal line at the level, labelled just under it at the left', () => {
    expect(g.nominal.y).toBe(g.frame.y(0.95));
    expect(g.nominal.labelY).toBe(g.nominal.y + 14);
    expect(g.nominal.labelX).toBe(g.frame.x(0.01));
  });

  it('labels the observed rate on the side with more room', () => {
    expect(g.observed.x).toBe(g.frame.x(15 / 18));
    expect(g.observed).toMatchObject({ anchor: 'end', labelX: g.observed.x - 6 });
    const low = coverageGeometry(report, [], { level: 0.95, pHat: 0.2 });
    expect(low.observed).toMatchObject({ anchor: 'start', labelX: low.frame.x(0.2) + 6 });
  });

  it('spans the chart from 70% to 100% coverage and 0 to 100% ORR', () => {
    expect(g.frame.y.domain()).toEqual([0.7, 1]);
    expect(g.frame.x.domain()).toEqual([0, 1]);
    expect(g.observed.bottom).toBe(g.frame.height - g.frame.margin.top - g.frame.margin.bottom);
    expect(g.observed.top).toBe(0);
  });
});
