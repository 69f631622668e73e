import { describe, expect, it } from 'vitest';
import { intervalBounds } from '../../../../src/engine/lessons/index.ts';
import { expectedWidths } from '../../../../src/panels/learn/sampleSize/expectedWidths.ts';
import { expectNear, fixture } from '../../../engine/lessons/lessonsFixture.ts';

describe('expectedWidths', () => {
  it.each(fixture.widthByN)(
    're-weights the packed $method intervals to R’s expected widths at p = $p for n = 1..$nMax',
    ({ method, p, level, nMax, widths }) => {
      const bounds = Array.from({ length: nMax }, (_, i) =>
        intervalBounds(i + 1, { method, level }),
      );
      const got = expectedWidths(bounds, p);
      expect(got).toHaveLength(nMax);
      got.forEach((w, i) => expectNear(w, widths[i], { method, p, level, n: i + 1 }));
    },
  );

  it('needs no new interval when the true rate moves: the same bounds serve every p', () => {
    const bounds = [1, 2, 3].map((n) => intervalBounds(n, { method: 'wilson' }));
    const before = Array.from(bounds, (b) => b.slice());
    const atHalf = expectedWidths(bounds, 0.5);
    const atTenth = expectedWidths(bounds, 0.1);
    expect(atHalf).not.toEqual(atTenth);
    expect(bounds).toEqual(before);
  });

  it('gives no width before any bounds have arrived', () => {
    expect(expectedWidths([], 0.5)).toEqual([]);
  });
});
