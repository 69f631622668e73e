import { describe, expect, it } from 'vitest';
import { dorWidthList } from '../../../../src/panels/learn/sampleSize/dorWidthList.ts';

describe('dorWidthList', () => {
  it('names each study size with its typical width in weeks and its share of open intervals', () => {
    expect(
      dorWidthList([
        { n: 10, width: 7.04, open: 0.525 },
        { n: 120, width: 3, open: 0 },
      ]),
    ).toBe('10 patients 7.0 wk (53% open); 120 patients 3.0 wk (0% open)');
  });

  it('says when no interval closed at a size', () => {
    expect(dorWidthList([{ n: 10, width: null, open: 1 }])).toBe(
      '10 patients no closed interval (100% open)',
    );
  });
});
