import { describe, expect, it } from 'vitest';
import { intervalBounds } from '../../../../src/engine/lessons/index.ts';
import { expectedWidths } from '../../../../src/panels/learn/sampleSize/expectedWidths.ts';
import { nForPrecision } from '../../../../src/panels/learn/sampleSize/nForPrecision.ts';
import { PRECISION_METHODS } from '../../../../src/panels/learn/sampleSize/precisionMethods.ts';
import { fixture } from '../../../engine/lessons/lessonsFixture.ts';
import type { ProportionMethod } from '../../../../src/engine/report.ts';

const N_MAX = 150;
const curve = (method: ProportionMethod, p: number) =>
  expectedWidths(
    Array.from({ length: N_MAX }, (_, i) => intervalBounds(i + 1, { method })),
    p,
  );

describe('nForPrecision', () => {
  it('takes the first n whose width is at most twice the wanted half-width', () => {
    expect(nForPrecision([0.5, 0.3, 0.2, 0.19], 0.1)).toBe(3);
  });

  it('keeps the first n that meets the target even when a larger n is wider again', () => {
    expect(nForPrecision([0.5, 0.19, 0.21, 0.18], 0.1)).toBe(2);
  });

  it('is null when no n on the curve is precise enough, or before any width is known', () => {
    expect(nForPrecision([0.5, 0.4, 0.3], 0.1)).toBeNull();
    expect(nForPrecision([], 0.1)).toBeNull();
  });

  it.each(fixture.smallestN.filter((c) => c.n <= N_MAX && c.level === 0.95))(
    'finds R’s $n patients for $method at p = $p and a width of $width',
    ({ method, p, width, n }) => {
      expect(nForPrecision(curve(method, p), width / 2)).toBe(n);
    },
  );

  it('is why the lesson leaves Wald out: its zero-width intervals make one patient "enough"', () => {
    expect(PRECISION_METHODS).not.toContain('wald');
    expect(nForPrecision(curve('wald', 0.8).slice(0, 5), 0.05)).toBe(1);
  });
});
