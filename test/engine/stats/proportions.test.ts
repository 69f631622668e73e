import { describe, expect, it } from 'vitest';
import { agrestiCoull } from '../../../src/engine/agrestiCoull.ts';
import { clopperPearson } from '../../../src/engine/clopperPearson.ts';
import { jeffreys } from '../../../src/engine/jeffreys.ts';
import { proportion } from '../../../src/engine/proportion.ts';
import { proportionInterval } from '../../../src/engine/proportionInterval.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../../../src/engine/report.ts';
import { wald } from '../../../src/engine/wald.ts';
import { wilson } from '../../../src/engine/wilson.ts';
import { mismatches, readFixture } from './fixtures.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

interface ProportionCase {
  x: number;
  n: number;
  level: number;
  estimate: number;
  ci: Record<ProportionMethod, [number, number]>;
}

const { cases } = readFixture<{ cases: ProportionCase[] }>('proportions.json');

describe('proportion intervals agree with R to 1e-9', () => {
  it('reads every x of n in {1, 2, 5, 18, 30, 100} at levels 0.9, 0.95 and 0.99', () => {
    expect(cases.length).toBe(3 * (2 + 3 + 6 + 19 + 31 + 101));
  });

  for (const method of PROPORTION_METHODS) {
    it(`${method} matches R for all ${cases.length} cases`, () => {
      const bad = cases.flatMap(({ x, n, level, ci }) =>
        mismatches(
          `${method} x=${x} n=${n} level=${level}`,
          proportionInterval(x, n, { method, level }),
          ci[method],
          R_TOLERANCE,
        ),
      );
      expect(bad).toEqual([]);
    });
  }

  it('proportion reports x/n and every method at the given level', () => {
    const bad = cases.flatMap(({ x, n, level, estimate, ci }) => {
      const result = proportion(x, n, { level });
      return [
        ...mismatches(`estimate x=${x} n=${n}`, result.estimate, estimate, 1e-15),
        ...PROPORTION_METHODS.flatMap((m) =>
          mismatches(`${m} x=${x} n=${n} level=${level}`, result.ci[m], ci[m], R_TOLERANCE),
        ),
      ];
    });
    expect(bad).toEqual([]);
  });
});

describe('proportion interval conventions', () => {
  it('each method defaults to the 95% level', () => {
    for (const f of [clopperPearson, wilson, jeffreys, agrestiCoull, wald]) {
      expect(f(3, 18), f.name).toEqual(f(3, 18, { level: 0.95 }));
    }
  });

  it('Clopper–Pearson and Jeffreys put the lower bound at 0 for x = 0 and the upper at 1 for x = n', () => {
    expect(clopperPearson(0, 18)[0]).toBe(0);
    expect(clopperPearson(18, 18)[1]).toBe(1);
    expect(jeffreys(0, 18)[0]).toBe(0);
    expect(jeffreys(18, 18)[1]).toBe(1);
  });

  it('Wilson is exactly 0 at x = 0 and exactly 1 at x = n, as prop.test', () => {
    expect(wilson(0, 7)[0]).toBe(0);
    expect(wilson(7, 7)[1]).toBe(1);
  });

  it('Wald and Agresti–Coull are clipped to [0, 1]', () => {
    expect(wald(0, 5)).toEqual([0, 0]);
    expect(wald(1, 5)[0]).toBe(0);
    expect(agrestiCoull(0, 5)[0]).toBe(0);
    expect(agrestiCoull(5, 5)[1]).toBe(1);
  });

  it('Agresti–Coull uses ñ = n + z² and p̃ = (x + z²/2)/ñ, not "add two and two", at 99%', () => {
    const z = 2.5758293035489004;
    const nt = 18 + z * z;
    const pt = (3 + (z * z) / 2) / nt;
    const upper = agrestiCoull(3, 18, { level: 0.99 })[1];
    expect(upper).toBeCloseTo(pt + z * Math.sqrt((pt * (1 - pt)) / nt), 12);
    const addTwo = 5 / 22 + z * Math.sqrt(((5 / 22) * (17 / 22)) / 22);
    expect(Math.abs(upper - addTwo)).toBeGreaterThan(1e-3);
  });

  it('proportion of 0 of 0 has a null estimate and null intervals', () => {
    const result = proportion(0, 0);
    expect(result.estimate).toBeNull();
    for (const m of PROPORTION_METHODS) expect(result.ci[m]).toEqual([null, null]);
  });

  it('refuses x outside 0..n, non-integers, n < 1 and levels outside (0, 1)', () => {
    expect(() => clopperPearson(3, 2)).toThrow(/x must be an integer from 0 to n = 2, got 3/);
    expect(() => wilson(-1, 2)).toThrow(/x must be/);
    expect(() => wald(1.5, 2)).toThrow(/x must be/);
    expect(() => jeffreys(0, 0)).toThrow(/n must be an integer >= 1, got 0/);
    expect(() => agrestiCoull(1, 2, { level: 1 })).toThrow(/level must be in \(0, 1\), got 1/);
    expect(() => proportion(1, 0)).toThrow(/n must be/);
  });

  it('proportionInterval refuses an unknown method', () => {
    expect(() => proportionInterval(1, 2, { method: 'exact' as ProportionMethod })).toThrow(
      /unknown proportion method: exact/,
    );
  });
});
