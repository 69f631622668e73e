import { describe, expect, it } from 'vitest';
import { coverageAt } from '../../../../src/engine/lessons/index.ts';
import { PROPORTION_METHODS } from '../../../../src/engine/report.ts';
import { coverageByMethod } from '../../../../src/panels/learn/coverage/coverageByMethod.ts';
import { expectNear, fixture } from '../../../engine/lessons/lessonsFixture.ts';

describe('coverageByMethod', () => {
  const grid = [0.1, 0.5, 0.9];
  const results = [...grid, 15 / 18].map((p) => coverageAt(18, p));
  const report = coverageByMethod(results, grid);

  it('gives each method one coverage per rate of the grid, in order', () => {
    for (const method of PROPORTION_METHODS) {
      expect(report.curves[method]).toEqual(results.slice(0, 3).map((c) => c[method]));
    }
    expect(report.grid).toBe(grid);
  });

  it('takes the answer after the grid as the coverage at the observed rate', () => {
    for (const method of PROPORTION_METHODS) {
      expect(report.atObserved[method]).toBe(results[3][method]);
    }
  });

  it('keeps R’s exact coverage per method over R’s rates', () => {
    const cases = fixture.coverage.filter((c) => c.n === 18 && c.level === 0.95);
    const ps = cases[0].ps;
    const byMethod = coverageByMethod(
      [...ps, 0.5].map((p) => coverageAt(18, p)),
      ps,
    );
    for (const { method, coverage } of cases) {
      coverage.forEach((c, i) => expectNear(byMethod.curves[method][i], c, { method, p: ps[i] }));
    }
  });
});
