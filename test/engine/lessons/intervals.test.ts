import { describe, expect, it } from 'vitest';
import { coverageAt, expectedWidth, smallestNForWidth } from '../../../src/engine/lessons/index.ts';
import { intervalTable } from '../../../src/engine/intervalTable.ts';
import { exactCoverage } from '../../../src/engine/montecarlo/exactCoverage.ts';
import { proportionInterval } from '../../../src/engine/proportionInterval.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../../../src/engine/report.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

/** The expected widths for n = 1..nMax at p, each from its interval table. */
const widthsByN = (method: ProportionMethod, p: number, nMax: number, level = 0.95) =>
  Array.from({ length: nMax }, (_, i) => expectedWidth(intervalTable(i + 1, { method, level }), p));

// The command line's exact coverage and the lessons' coverageAt and expectedWidth read the same
// interval tables; each is checked here against the lessons' own R fixture.
describe('exact coverage and expected width', () => {
  it.each(fixture.coverage)(
    'match R for $method at n = $n, level $level',
    ({ method, n, level, ps, coverage, width }) => {
      const report = exactCoverage({ n, level, p: ps });
      ps.forEach((p, i) => {
        const inputs = { method, n, level, p };
        expectNear(report.coverage[method][i], coverage[i], { what: 'coverage', ...inputs });
        expectNear(report.expected_width[method][i], width[i], { what: 'width', ...inputs });
        expectNear(expectedWidth(intervalTable(n, { method, level }), p), width[i], {
          what: 'expectedWidth',
          ...inputs,
        });
        expectNear(coverageAt(n, p, { level })[method], coverage[i], {
          what: 'coverageAt',
          ...inputs,
        });
      });
    },
  );

  it('shows Wald below nominal and Clopper–Pearson at or above it at n = 18', () => {
    const report = exactCoverage({ n: 18, p: [0.1, 0.2, 0.3, 0.5, 0.7, 0.83] });
    const wald = report.coverage.wald;
    const cp = report.coverage['clopper-pearson'];
    expect(Math.min(...wald)).toBeLessThan(0.93);
    for (const c of cp) expect(c).toBeGreaterThanOrEqual(0.95);
  });
});

describe('intervalTable', () => {
  it('packs the interval for every x, as proportionInterval gives it', () => {
    const table = intervalTable(18, { method: 'jeffreys', level: 0.9 });
    expect(table).toHaveLength(38);
    for (let x = 0; x <= 18; x++) {
      expect([table[2 * x], table[2 * x + 1]]).toEqual(
        proportionInterval(x, 18, { method: 'jeffreys', level: 0.9 }),
      );
    }
  });

  it('returns the same table the second time, and another for another level or method', () => {
    const first = intervalTable(18, { method: 'wilson', level: 0.9 });
    expect(intervalTable(18, { method: 'wilson', level: 0.9 })).toBe(first);
    expect(intervalTable(18, { method: 'wilson' })).not.toEqual(first);
    expect(intervalTable(18, { method: 'jeffreys', level: 0.9 })).not.toEqual(first);
  });
});

describe('expectedWidth', () => {
  it.each(fixture.widthByN)(
    'matches R for $method at p = $p, n = 1..$nMax',
    ({ method, p, level, nMax, widths }) => {
      const actual = widthsByN(method, p, nMax, level);
      expect(actual).toHaveLength(nMax);
      actual.forEach((w, i) => expectNear(w, widths[i], { method, p, level, n: i + 1 }));
    },
  );

  it('needs no new interval when the true rate moves: the same tables serve every p', () => {
    const tables = [1, 2, 3].map((n) => intervalTable(n, { method: 'wilson' }));
    const before = tables.map((t) => t.slice());
    const atHalf = tables.map((t) => expectedWidth(t, 0.5));
    const atTenth = tables.map((t) => expectedWidth(t, 0.1));
    expect(atHalf).not.toEqual(atTenth);
    expect(tables).toEqual(before);
  });

  it('reads a copy of a table (as a worker sends it) as the table itself', () => {
    const table = intervalTable(18, { method: 'clopper-pearson' });
    expect(expectedWidth(table.slice(), 0.7)).toBe(expectedWidth(table, 0.7));
  });

  it('refuses a table that holds no interval, and a rate outside [0, 1]', () => {
    expect(() => expectedWidth(new Float64Array(3), 0.5)).toThrow(/table/);
    expect(() => expectedWidth(intervalTable(2, { method: 'wald' }), 1.5)).toThrow(/p must/);
  });
});

describe('smallestNForWidth', () => {
  it.each(fixture.smallestN)(
    'finds n = $n for $method, p = $p, width $width',
    ({ method, p, width, level, n }) => {
      expect(
        smallestNForWidth(widthsByN(method, p, n, level), width),
        JSON.stringify({ method, p, width }),
      ).toBe(n);
    },
  );

  it('takes the first n whose width is at most the target', () => {
    expect(smallestNForWidth([0.5, 0.3, 0.2, 0.19], 0.2)).toBe(3);
  });

  it('keeps the first n that meets the target even when a larger n is wider again', () => {
    expect(smallestNForWidth([0.5, 0.19, 0.21, 0.18], 0.2)).toBe(2);
  });

  it('is null when no n on the curve is precise enough, or before any width is known', () => {
    expect(smallestNForWidth(widthsByN('wilson', 0.5, 100), 0.01)).toBeNull();
    expect(smallestNForWidth([0.5, 0.4, 0.3], 0.2)).toBeNull();
    expect(smallestNForWidth([], 0.2)).toBeNull();
  });

  it('refuses a width that is not above 0', () => {
    expect(() => smallestNForWidth([0.5], 0)).toThrow(/width/);
  });

  it('covers every method', () => {
    const tested = new Set(fixture.smallestN.map((c) => c.method));
    expect([...tested].sort()).toEqual([...PROPORTION_METHODS].sort());
  });
});
