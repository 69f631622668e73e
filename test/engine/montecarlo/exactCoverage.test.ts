import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactCoverage } from '../../../src/engine/montecarlo/index.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../../../src/engine/report.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

interface Case {
  n: number;
  level: number;
  p: number[];
  coverage: Record<ProportionMethod, number[]>;
  expected_width: Record<ProportionMethod, number[]>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/coverage.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

describe('exactCoverage agrees with an R enumeration (test/fixtures/coverage.R) to 1e-9', () => {
  it('has cases to compare', () => expect(fixture.cases.length).toBeGreaterThan(10));

  for (const c of fixture.cases) {
    it(`n = ${c.n}, level = ${c.level}, ${c.p.length} values of p`, () => {
      const ours = exactCoverage({ n: c.n, level: c.level, p: c.p });
      for (const method of PROPORTION_METHODS) {
        c.p.forEach((p, j) => {
          const where = `${method} at n = ${c.n}, level = ${c.level}, p = ${p}`;
          expect(Math.abs(ours.coverage[method][j] - c.coverage[method][j]), where).toBeLessThan(
            R_TOLERANCE,
          );
          expect(
            Math.abs(ours.expected_width[method][j] - c.expected_width[method][j]),
            where,
          ).toBeLessThan(R_TOLERANCE);
        });
      }
    });
  }

  it('shows the known shortfall of Wald and the conservatism of Clopper–Pearson', () => {
    const grid = Array.from({ length: 99 }, (_, k) => (k + 1) / 100);
    const { coverage } = exactCoverage({ n: 18, p: grid });
    expect(Math.min(...coverage['clopper-pearson'])).toBeGreaterThanOrEqual(0.95);
    expect(Math.min(...coverage.wald)).toBeLessThan(0.5);
  });
});
