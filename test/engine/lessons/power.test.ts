import { describe, expect, it } from 'vitest';
import {
  binomialTestPower,
  powerByN,
  smallestNForPower,
} from '../../../src/engine/lessons/index.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

describe('powerByN', () => {
  it.each(fixture.power)(
    'matches R for p0 = $p0, p1 = $p1, alpha = $alpha over n = 1..80',
    ({ p0, p1, alpha, n, critical, size, power }) => {
      const rows = powerByN(1, 80, { p0, p1, alpha });
      rows.forEach((row, i) => {
        const inputs = { p0, p1, alpha, n: n[i] };
        expect(row.n).toBe(n[i]);
        expect(row.critical, JSON.stringify(inputs)).toBe(critical[i]);
        expectNear(row.size, size[i], inputs);
        expectNear(row.power, power[i], inputs);
        expect(row.size).toBeLessThanOrEqual(alpha);
      });
    },
  );

  it('is a saw-tooth: power falls somewhere as n grows', () => {
    const rows = powerByN(10, 40, { p0: 0.5, p1: 0.8, alpha: 0.05 });
    const drops = rows.filter((row, i) => i > 0 && row.power < rows[i - 1].power);
    expect(drops.length).toBeGreaterThan(3);
  });

  it('rejects a bad range', () => {
    expect(() => powerByN(5, 4, { p0: 0.5, p1: 0.8 })).toThrow(/nMin <= nMax/);
  });
});

describe('binomialTestPower', () => {
  it('needs 13 of 18 to beat a 50% historical rate at one-sided 5%', () => {
    const row = binomialTestPower(18, { p0: 0.5, p1: 0.8, alpha: 0.05 });
    expect(row.critical).toBe(13);
    expect(row.power).toBeGreaterThan(0.86);
  });

  it('cannot reject with a single patient at 5%', () => {
    const row = binomialTestPower(1, { p0: 0.5, p1: 0.9, alpha: 0.05 });
    expect(row).toEqual({ n: 1, critical: 2, size: 0, power: 0 });
  });
});

describe('smallestNForPower', () => {
  it('distinguishes the first n reaching the target from the n where it stays reached', () => {
    const curve = powerByN(1, 100, { p0: 0.5, p1: 0.8, alpha: 0.05 });
    const { first, stable } = smallestNForPower(curve, 0.85);
    expect({ first, stable }).toEqual({ first: 18, stable: 21 });
    expect(first).not.toBeNull();
    expect(stable).not.toBeNull();
    expect(curve[first! - 1].power).toBeGreaterThanOrEqual(0.85);
    expect(curve[first! - 2].power).toBeLessThan(0.85);
    expect(stable!).toBeGreaterThan(first!);
    for (const row of curve.filter((r) => r.n >= stable!))
      expect(row.power).toBeGreaterThanOrEqual(0.85);
    expect(curve[stable! - 2].power).toBeLessThan(0.85);
  });

  it('gives null when the target is never reached', () => {
    const curve = powerByN(1, 10, { p0: 0.5, p1: 0.6 });
    expect(smallestNForPower(curve, 0.9)).toEqual({ first: null, stable: null });
  });
});
