import { describe, expect, it } from 'vitest';
import { intervalTable } from '../../../../src/engine/intervalTable.ts';
import { coverageAt } from '../../../../src/engine/lessons/index.ts';
import { PROPORTION_METHODS } from '../../../../src/engine/report.ts';
import { coverageByMethod } from '../../../../src/panels/learn/coverage/coverageByMethod.ts';
import { COVERAGE_GRID } from '../../../../src/panels/learn/coverage/coverageGrid.ts';
import { intervalRows } from '../../../../src/panels/learn/coverage/intervalRows.ts';
import { pct } from '../../../../src/panels/learn/format.ts';
import { lowestCoverage } from '../../../../src/panels/learn/coverage/lowestCoverage.ts';

describe('intervalRows', () => {
  it('puts the five methods’ intervals for 15/18 side by side, in the app’s order', () => {
    const rows = intervalRows(15, 18, 0.95, null);
    expect(rows.map((r) => r.method)).toEqual([...PROPORTION_METHODS]);
    const exact = intervalTable(18, { method: 'clopper-pearson' });
    expect(rows[0].lower).toBeCloseTo(exact[30], 12);
    expect(rows[0].upper).toBeCloseTo(exact[31], 12);
    expect(rows[0].lower).toBeCloseTo(0.5858, 4);
    expect(rows[0].upper).toBeCloseTo(0.9642, 4);
  });

  it('follows the confidence level: a 90% interval is narrower than a 95% one', () => {
    const [at95] = intervalRows(15, 18, 0.95, null);
    const [at90] = intervalRows(15, 18, 0.9, null);
    expect(at90.upper - at90.lower).toBeLessThan(at95.upper - at95.lower);
  });

  it('leaves the coverage out until it is known', () => {
    for (const row of intervalRows(15, 18, 0.95, null)) {
      expect(row.atP).toBeNull();
      expect(row.lowest).toBeNull();
    }
  });

  it('adds the coverage at the observed rate and the lowest between 10% and 90% once known', () => {
    const results = [...COVERAGE_GRID, 15 / 18].map((p) => coverageAt(18, p));
    const report = coverageByMethod(results, COVERAGE_GRID);
    const rows = intervalRows(15, 18, 0.95, report);
    // The summary's "if the truth were 83.3% it would contain it in 97.9% of studies".
    expect(pct(rows[0].atP)).toBe('97.9%');
    expect(rows[0].atP).toBe(coverageAt(18, 15 / 18)['clopper-pearson']);
    for (const row of rows) {
      expect(row.atP).toBe(report.atObserved[row.method]);
      expect(row.lowest).toBe(lowestCoverage(COVERAGE_GRID, report.curves[row.method]));
    }
  });
});
