import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALTERNATIVES } from '../../../src/engine/alternative.ts';
import {
  binomialTest,
  binomialTestPower,
  powerByN,
  type BinomialTestPower,
} from '../../../src/engine/design/index.ts';
import { expectClose, fixture } from './designFixture.ts';

/** The outcomes a power row says the test rejects. */
function rejected(row: BinomialTestPower, alternative: string): number[] {
  const xs = Array.from({ length: row.n + 1 }, (_, x) => x);
  if (alternative === 'greater') return xs.filter((x) => x >= row.critical);
  if (alternative === 'less') return xs.filter((x) => x <= row.critical);
  return xs.filter((x) => x <= row.lowerCritical! || x >= row.critical);
}

describe('binomialTestPower and powerByN', () => {
  it.each(fixture.power)(
    'match R over n = 1..60 for p0 = $p0, p1 = $p1, alpha = $alpha ($alternative)',
    (c) => {
      powerByN(1, 60, c).forEach((row, i) => {
        const inputs = { ...c, size: undefined, power: undefined, rejected: undefined, n: i + 1 };
        expect(rejected(row, c.alternative), JSON.stringify(inputs)).toEqual(c.rejected[i]);
        expectClose(row.size, c.size[i], inputs);
        expectClose(row.power, c.power[i], inputs);
        expect(row.size).toBeLessThanOrEqual(c.alpha);
      });
    },
  );

  it('rejects exactly where binomialTest gives p <= alpha, for every alternative (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.constantFrom(...ALTERNATIVES),
        fc.constantFrom(0.01, 0.05, 0.1, 0.2),
        (n, p0, alternative, alpha) => {
          const row = binomialTestPower(n, { p0, p1: 0.5, alpha, alternative });
          const byTest = Array.from({ length: n + 1 }, (_, x) => x).filter(
            (x) => binomialTest(x, n, { p0, alternative }).pValue <= alpha,
          );
          expect(rejected(row, alternative), JSON.stringify({ n, p0, alternative, alpha })).toEqual(
            byTest,
          );
        },
      ),
    );
  });

  it('is a saw-tooth two-sided as well: power falls somewhere as n grows', () => {
    const rows = powerByN(10, 60, { p0: 0.5, p1: 0.75, alternative: 'two-sided' });
    const drops = rows.filter((row, i) => i > 0 && row.power < rows[i - 1].power);
    expect(drops.length).toBeGreaterThan(3);
  });

  it('keeps the one-sided default of the sample-size lesson', () => {
    expect(binomialTestPower(18, { p0: 0.5, p1: 0.8 })).toEqual(
      binomialTestPower(18, { p0: 0.5, p1: 0.8, alternative: 'greater' }),
    );
    expect(binomialTestPower(4, { p0: 0.5, p1: 0.1, alternative: 'less' })).toMatchObject({
      critical: -1,
      size: 0,
      power: 0,
    });
  });
});
