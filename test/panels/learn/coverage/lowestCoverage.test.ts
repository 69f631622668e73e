import { describe, expect, it } from 'vitest';
import { coverageAt } from '../../../../src/engine/lessons/index.ts';
import { COVERAGE_GRID } from '../../../../src/panels/learn/coverage/coverageGrid.ts';
import { lowestCoverage } from '../../../../src/panels/learn/coverage/lowestCoverage.ts';
import { fixture } from '../../../engine/lessons/lessonsFixture.ts';

describe('lowestCoverage', () => {
  it('ignores true rates outside 10%–90%', () => {
    expect(lowestCoverage([0.05, 0.1, 0.5, 0.9, 0.95], [0.1, 0.94, 0.93, 0.96, 0.2])).toBe(0.93);
  });

  it('takes another range when told', () => {
    expect(lowestCoverage([0.05, 0.5, 0.95], [0.1, 0.93, 0.2], 0, 0.1)).toBe(0.1);
  });

  it.each(fixture.coverage.filter((c) => c.ps.length > 50))(
    'is the smallest of R’s coverages between 10% and 90% for $method at n = $n',
    ({ ps, coverage }) => {
      const inside = coverage.filter((_, i) => ps[i] >= 0.1 && ps[i] <= 0.9);
      expect(inside.length).toBeGreaterThan(0);
      expect(lowestCoverage(ps, coverage)).toBe(Math.min(...inside));
    },
  );

  it('shows Wald falling short of 95% at n = 18 where Clopper–Pearson does not', () => {
    const curves = COVERAGE_GRID.map((p) => coverageAt(18, p));
    const lowest = (m: 'wald' | 'clopper-pearson') =>
      lowestCoverage(
        COVERAGE_GRID,
        curves.map((c) => c[m]),
      );
    expect(lowest('wald')).toBeLessThan(0.85);
    expect(lowest('clopper-pearson')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('COVERAGE_GRID', () => {
  it('has 301 true rates from 0.5% to 99.5%, evenly spaced', () => {
    expect(COVERAGE_GRID).toHaveLength(301);
    expect(COVERAGE_GRID[0]).toBe(0.005);
    expect(COVERAGE_GRID[300]).toBe(0.995);
    expect(COVERAGE_GRID[150]).toBeCloseTo(0.5, 12);
  });
});
