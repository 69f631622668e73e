import { describe, expect, it } from 'vitest';
import { dotLevels } from '../../../../src/panels/learn/swimmers/dotLevels.ts';

describe('dotLevels', () => {
  it('stacks equal values upwards in the order they came', () => {
    expect(dotLevels([0.5, 0.6, 0.5, 0.5, 0.6])).toEqual([1, 1, 2, 3, 2]);
  });

  it('treats values equal to six decimals as coinciding', () => {
    expect(dotLevels([1 / 3, 0.3333333, 0.3334])).toEqual([1, 2, 1]);
  });

  it('stacks "not reached" (null) as a value of its own', () => {
    expect(dotLevels([null, 0, null])).toEqual([1, 1, 2]);
  });

  it('gives nothing for no values', () => {
    expect(dotLevels([])).toEqual([]);
  });
});
