import { describe, expect, it } from 'vitest';
import { resampleRoster } from '../../../../src/panels/learn/swimmers/resampleRoster.ts';

describe('resampleRoster', () => {
  it('lists the patients left out and those drawn more than once with how often, in cohort order', () => {
    expect(resampleRoster(['P1', 'P2', 'P3', 'P4'], [0, 3, 0, 1])).toEqual({
      leftOut: ['P1', 'P3'],
      repeated: ['P2 ×3'],
    });
  });

  it('lists nobody when every patient was drawn once', () => {
    expect(resampleRoster(['P1', 'P2'], [1, 1])).toEqual({ leftOut: [], repeated: [] });
  });
});
