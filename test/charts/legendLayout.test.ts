import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/charts/fitText';
import { legendLayout } from '../../src/charts/legendLayout';

describe('legendLayout', () => {
  it('keeps entries on one row while they fit, left to right', () => {
    const { entries, height } = legendLayout(['a', 'b', 'c'], 600);
    expect(entries.map((e) => e.y)).toEqual([0, 0, 0]);
    expect(entries[1].x).toBeGreaterThan(entries[0].x);
    expect(height).toBe(20);
  });

  it('wraps to a new row instead of passing the width', () => {
    const long = 'x'.repeat(30);
    const { entries, height } = legendLayout([long, long, long], 560);
    expect(entries.map((e) => [e.x, e.y])).toEqual([
      [0, 0],
      [entries[1].x, 0],
      [0, 20],
    ]);
    expect(height).toBe(40);
  });

  it('puts an over-long label alone on its row rather than dropping it', () => {
    const { entries } = legendLayout(['y'.repeat(200), 'z'], 300);
    expect(entries.map((e) => e.y)).toEqual([0, 20]);
  });

  it('takes no room without labels', () => {
    expect(legendLayout([], 300)).toEqual({ entries: [], height: 0 });
  });
});

describe('fitText', () => {
  it('keeps a label that fits and shortens one that does not', () => {
    expect(fitText('Duration of response', 400)).toBe('Duration of response');
    expect(fitText('abcdefghij', 50, 10)).toBe('abcd…');
    expect(fitText('abc def', 40, 10)).toBe('abc…');
  });
});
