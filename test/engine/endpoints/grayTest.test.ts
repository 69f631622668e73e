import { describe, expect, it } from 'vitest';
import type { CompetingObservation } from '../../../src/engine/aalenJohansen.ts';
import { grayTest } from '../../../src/engine/grayTest.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints, type GrayCase } from './endpointsFixture.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

type Cause = 'loss' | 'death';
const groupsOf = (c: GrayCase): CompetingObservation<Cause>[][] => {
  const groups = Array.from(
    { length: Math.max(...c.group) },
    () => [] as CompetingObservation<Cause>[],
  );
  c.time.forEach((time, i) =>
    groups[c.group[i] - 1].push({ time, cause: ([null, 'loss', 'death'] as const)[c.cause[i]] }),
  );
  return groups;
};

describe("grayTest agrees with R cmprsk's cuminc (R_TOLERANCE)", () => {
  it('has cases with two and three groups and both ρ', () => {
    expect(endpoints.gray.length).toBeGreaterThan(10);
    expect(new Set(endpoints.gray.map((c) => c.rho))).toEqual(new Set([0, 1]));
  });

  for (const c of endpoints.gray) {
    it(`${c.name}, ρ = ${c.rho}`, () => {
      const groups = groupsOf(c);
      const bad = (['loss', 'death'] as const).flatMap((cause) => {
        const r = grayTest(groups, cause, { rho: c.rho });
        return [
          ...mismatches(`${cause} chisq`, r.chisq, c[cause].chisq, TOLERANCE),
          ...mismatches(`${cause} p`, r.p, c[cause].p, TOLERANCE),
          ...mismatches(`${cause} df`, r.df, c[cause].df, 0),
        ];
      });
      expect(
        bad,
        `${c.name}: time=${JSON.stringify(c.time)} cause=${JSON.stringify(c.cause)} group=${JSON.stringify(c.group)}`,
      ).toEqual([]);
    });
  }

  it('refuses fewer than two groups or an empty one', () => {
    expect(() => grayTest([[{ time: 1, cause: 'loss' }]], 'loss')).toThrow(/two non-empty/);
    expect(() => grayTest([[{ time: 1, cause: 'loss' }], []], 'loss')).toThrow(/two non-empty/);
  });
});
