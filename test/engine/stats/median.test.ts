import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/engine/median.ts';
import { mismatches, readFixture } from './fixtures.ts';

const { cases } = readFixture<{ cases: { values: number[]; median: number }[] }>('medians.json');

describe('median, as R median()', () => {
  it(`agrees with R on ${cases.length} vectors (1e-12)`, () => {
    const bad = cases.flatMap(({ values, median: expected }) =>
      mismatches(`median(${JSON.stringify(values)})`, median(values), expected, 1e-12),
    );
    expect(cases.length).toBe(27);
    expect(bad).toEqual([]);
  });

  it('is the middle value for an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([34, 70])).toBe(52);
  });

  it('sorts numerically, not as text', () => {
    expect(median([10, 9, 100])).toBe(10);
  });

  it('is null for an empty list and leaves the input unchanged', () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is the middle of the sorted values, exactly, for any list (selection, not sorting)', () => {
    const sortedMiddle = (values: number[]) => {
      const s = Float64Array.from(values).sort();
      const h = Math.floor(s.length / 2);
      return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 20 }),
            fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
          ),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        (values) =>
          Object.is(median(values), sortedMiddle(values)) ||
          median(values) === sortedMiddle(values),
      ),
    );
  });
});
