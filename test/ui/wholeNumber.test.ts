import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../src/ui/wholeNumber.ts';

const REPS = { name: 'Replicates', min: 1, max: 10_000_000 };

describe('wholeNumber', () => {
  it('reads digits with spaces around them', () => {
    expect(wholeNumber(' 2000 ', REPS)).toEqual({ value: 2000, error: null });
  });

  it.each([
    ['0', 'got "0"'],
    ['10000001', 'got "10000001"'],
    ['2.5', 'got "2.5"'],
    ['1e3', 'got "1e3"'],
    ['-4', 'got "-4"'],
    ['many', 'got "many"'],
    ['', 'nothing was entered'],
  ])('refuses %j, naming the field, the range and the value', (text, shown) => {
    expect(wholeNumber(text, REPS)).toEqual({
      value: null,
      error: `Replicates must be a whole number from 1 to 10,000,000; ${shown}.`,
    });
  });
});
