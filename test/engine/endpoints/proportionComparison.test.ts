import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../../src/engine/fisherExact.ts';
import { newcombeDifference } from '../../../src/engine/newcombeDifference.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints } from './endpointsFixture.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

describe("fisherExact agrees with R's fisher.test (two-sided, R_TOLERANCE)", () => {
  for (const { table, p } of endpoints.fisher) {
    it(`[[${table[0]}], [${table[1]}]]`, () => {
      expect(mismatches('p', fisherExact(table), p, TOLERANCE), JSON.stringify(table)).toEqual([]);
    });
  }

  it('refuses negative or fractional counts', () => {
    expect(() =>
      fisherExact([
        [1, -1],
        [2, 3],
      ]),
    ).toThrow(/whole numbers/);
    expect(() =>
      fisherExact([
        [1.5, 1],
        [2, 3],
      ]),
    ).toThrow(/1.5/);
  });
});

describe('newcombeDifference agrees with the hybrid score formula in R (R_TOLERANCE)', () => {
  for (const c of endpoints.newcombe) {
    it(`${c.x1}/${c.n1} − ${c.x2}/${c.n2} at ${c.level}`, () => {
      const r = newcombeDifference(c.x1, c.n1, c.x2, c.n2, { level: c.level });
      const bad = [
        ...mismatches('estimate', r.estimate, c.estimate, TOLERANCE),
        ...mismatches('lower', r.lower, c.lower, TOLERANCE),
        ...mismatches('upper', r.upper, c.upper, TOLERANCE),
      ];
      expect(bad, JSON.stringify(c)).toEqual([]);
    });
  }

  it("gives Newcombe's (1998) table II example 56/70 − 48/80: 0.2000 (0.0524, 0.3339)", () => {
    const r = newcombeDifference(56, 70, 48, 80);
    expect([r.estimate, r.lower, r.upper].map((v) => +v.toFixed(4))).toEqual([0.2, 0.0524, 0.3339]);
  });

  it('refuses x > n', () => {
    expect(() => newcombeDifference(5, 4, 1, 2)).toThrow(/x must be/);
  });
});
