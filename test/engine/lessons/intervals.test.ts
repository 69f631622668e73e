import { describe, expect, it } from 'vitest';
import {
  exactCoverage,
  expectedWidth,
  expectedWidthByN,
  intervalTable,
  smallestNForWidth,
} from '../../../src/engine/lessons/index.ts';
import { proportionInterval } from '../../../src/engine/proportionInterval.ts';
import { PROPORTION_METHODS } from '../../../src/engine/report.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

describe('exactCoverage and expectedWidth', () => {
  it.each(fixture.coverage)(
    'match R for $method at n = $n, level $level',
    ({ method, n, level, ps, coverage, width }) => {
      const actualCoverage = exactCoverage(n, ps, { method, level });
      const actualWidth = expectedWidth(n, ps, { method, level });
      ps.forEach((p, i) => {
        expectNear(actualCoverage[i], coverage[i], { what: 'coverage', method, n, level, p });
        expectNear(actualWidth[i], width[i], { what: 'width', method, n, level, p });
      });
    },
  );

  it('shows Wald below nominal and Clopper–Pearson at or above it at n = 18', () => {
    const ps = [0.1, 0.2, 0.3, 0.5, 0.7, 0.83];
    const wald = exactCoverage(18, ps, { method: 'wald' });
    const cp = exactCoverage(18, ps, { method: 'clopper-pearson' });
    expect(Math.min(...wald)).toBeLessThan(0.93);
    for (const c of cp) expect(c).toBeGreaterThanOrEqual(0.95);
  });
});

describe('intervalTable', () => {
  it('holds the interval of every possible result', () => {
    const table = intervalTable(18, { method: 'jeffreys', level: 0.9 });
    expect(table).toHaveLength(19);
    expect(table[15]).toEqual(proportionInterval(15, 18, { method: 'jeffreys', level: 0.9 }));
  });
});

describe('expectedWidthByN', () => {
  it.each(fixture.widthByN)(
    'matches R for $method at p = $p, n = 1..$nMax',
    ({ method, p, level, nMax, widths }) => {
      const actual = expectedWidthByN(p, nMax, { method, level });
      expect(actual).toHaveLength(nMax);
      actual.forEach((w, i) => expectNear(w, widths[i], { method, p, level, n: i + 1 }));
    },
  );
});

describe('smallestNForWidth', () => {
  it.each(fixture.smallestN)(
    'finds n = $n for $method, p = $p, width $width',
    ({ method, p, width, level, n }) => {
      expect(
        smallestNForWidth(p, width, { method, level }),
        JSON.stringify({ method, p, width }),
      ).toBe(n);
    },
  );

  it('reports null when no n up to nMax is enough', () => {
    expect(smallestNForWidth(0.5, 0.01, { method: 'wilson', nMax: 100 })).toBeNull();
  });

  it('covers every method', () => {
    const tested = new Set(fixture.smallestN.map((c) => c.method));
    expect([...tested].sort()).toEqual([...PROPORTION_METHODS].sort());
  });
});
