import { describe, expect, it } from 'vitest';
import { intervalTable } from '../../../../src/engine/intervalTable.ts';
import { expectedWidth, smallestNForWidth } from '../../../../src/engine/lessons/index.ts';
import { PRECISION_METHODS } from '../../../../src/panels/learn/sampleSize/precisionMethods.ts';

describe('PRECISION_METHODS', () => {
  it('leaves Wald out: its zero-width intervals make one patient "enough"', () => {
    const wald = [1, 2, 3, 4, 5].map((n) =>
      expectedWidth(intervalTable(n, { method: 'wald' }), 0.8),
    );
    expect(PRECISION_METHODS).not.toContain('wald');
    expect(smallestNForWidth(wald, 0.1)).toBe(1);
  });
});
