import { describe, expect, it } from 'vitest';
import { logRank } from '../../../src/engine/logRank.ts';
import type { SurvivalObservation } from '../../../src/engine/kaplanMeier.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints, type LogRankCase } from './endpointsFixture.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

const groupsOf = (c: LogRankCase): SurvivalObservation[][] => {
  const G = Math.max(...c.group);
  const groups = Array.from({ length: G }, () => [] as SurvivalObservation[]);
  c.time.forEach((time, i) => groups[c.group[i] - 1].push({ time, event: c.status[i] === 1 }));
  return groups;
};
const describeCase = (c: LogRankCase) =>
  `${c.name}, rho = ${c.rho}: time=${JSON.stringify(c.time)} status=${JSON.stringify(c.status)} group=${JSON.stringify(c.group)}`;

describe("logRank agrees with R's survdiff (R_TOLERANCE)", () => {
  it('has cases to compare, both ρ = 0 and ρ = 1', () => {
    expect(endpoints.logrank.length).toBeGreaterThan(20);
    expect(new Set(endpoints.logrank.map((c) => c.rho))).toEqual(new Set([0, 1]));
  });

  for (const c of endpoints.logrank) {
    it(`${c.name}, ρ = ${c.rho}`, () => {
      const groups = groupsOf(c);
      const r = logRank(groups, { rho: c.rho, scores: groups.map((_, i) => i + 1) });
      const bad = [
        ...mismatches('n', r.n, c.n, 0),
        ...mismatches('observed', r.observed, c.observed, TOLERANCE),
        ...mismatches('expected', r.expected, c.expected, TOLERANCE),
        ...c.variance.flatMap((row, j) =>
          mismatches(`variance[${j}]`, r.variance[j], row, TOLERANCE),
        ),
        ...mismatches('chisq', r.chisq, c.chisq, TOLERANCE),
        ...mismatches('df', r.df, c.df, 0),
        ...mismatches('p', r.p, c.p, TOLERANCE),
        ...mismatches('trend chisq', r.trend?.chisq ?? null, c.trend.chisq, TOLERANCE),
        ...mismatches('trend p', r.trend?.p ?? null, c.trend.p, TOLERANCE),
      ];
      expect(bad, describeCase(c)).toEqual([]);
    });
  }

  it("gives R's printed aml result: χ² = 3.4 on 1 df, p = 0.0653", () => {
    const aml = endpoints.logrank.find((c) => c.name.startsWith('aml') && c.rho === 0)!;
    const r = logRank(groupsOf(aml));
    expect(r.chisq).toBeCloseTo(3.4, 1);
    expect(r.df).toBe(1);
    expect(r.p).toBeCloseTo(0.0653, 4);
    expect(r.trend).toBeNull();
  });

  it('equals the ordinary test when the trend has two groups', () => {
    const aml = endpoints.logrank.find((c) => c.name.startsWith('aml') && c.rho === 0)!;
    const r = logRank(groupsOf(aml), { scores: [1, 2] });
    expect(r.trend?.chisq).toBeCloseTo(r.chisq!, 10);
  });

  it('has no χ² test when fewer than two groups have expected events', () => {
    const r = logRank([[{ time: 1, event: true }], [{ time: 0.5, event: false }]]);
    expect(r.df).toBe(0);
    expect(r.p).toBeNull();
  });

  it('refuses a negative ρ and scores of the wrong length', () => {
    const g = [[{ time: 1, event: true }], [{ time: 2, event: true }]];
    expect(() => logRank(g, { rho: -1 })).toThrow(/rho/);
    expect(() => logRank(g, { scores: [1] })).toThrow(/scores/);
  });
});
