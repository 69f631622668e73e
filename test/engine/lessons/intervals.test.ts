import { describe, expect, it } from 'vitest';
import {
  cachedBounds,
  cachedInterval,
  coverageAt,
  expectedWidthAt,
  expectedWidthByN,
  intervalBounds,
  smallestNForWidth,
} from '../../../src/engine/lessons/index.ts';
import { exactCoverage } from '../../../src/engine/montecarlo/exactCoverage.ts';
import { proportionInterval } from '../../../src/engine/proportionInterval.ts';
import { PROPORTION_METHODS } from '../../../src/engine/report.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

// The lessons draw coverage with the Monte Carlo engine's exact function; its numbers are checked
// here against the lessons' own R fixture, and the expected width against expectedWidthAt.
describe('exact coverage and expected width', () => {
  it.each(fixture.coverage)(
    'match R for $method at n = $n, level $level',
    ({ method, n, level, ps, coverage, width }) => {
      const report = exactCoverage({ n, level, p: ps });
      ps.forEach((p, i) => {
        const inputs = { method, n, level, p };
        expectNear(report.coverage[method][i], coverage[i], { what: 'coverage', ...inputs });
        expectNear(report.expected_width[method][i], width[i], { what: 'width', ...inputs });
        expectNear(expectedWidthAt(n, p, { method, level }), width[i], {
          what: 'widthAt',
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

describe('cachedInterval', () => {
  it('returns what proportionInterval returns, the same object the second time', () => {
    const first = cachedInterval(15, 18, 'jeffreys', 0.9);
    expect(first).toEqual(proportionInterval(15, 18, { method: 'jeffreys', level: 0.9 }));
    expect(cachedInterval(15, 18, 'jeffreys', 0.9)).toBe(first);
    expect(cachedInterval(15, 18, 'jeffreys', 0.95)).not.toEqual(first);
  });
});

describe('cachedBounds', () => {
  it('returns the table intervalBounds gives, the same object the second time', () => {
    const first = cachedBounds(18, 'wilson', 0.9);
    expect(first).toEqual(intervalBounds(18, { method: 'wilson', level: 0.9 }));
    expect(cachedBounds(18, 'wilson', 0.9)).toBe(first);
    expect(cachedBounds(18, 'wilson')).not.toEqual(first);
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
