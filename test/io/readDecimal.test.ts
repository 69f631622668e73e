import { describe, expect, it } from 'vitest';
import { readDecimal } from '../../src/io/params/readDecimal';

describe('readDecimal: a number as people type it', () => {
  it.each([
    ['26', 26],
    [' 0.95 ', 0.95],
    ['.5', 0.5],
    ['1e6', 1_000_000],
    ['9.5e-1', 0.95],
    ['1,000,000', 1_000_000],
    ['2,500.5', 2500.5],
    ['-1,000', -1000],
  ])('reads %j as %d', (text, value) => expect(readDecimal(text)).toBe(value));

  it.each(['', '.', '1,00', '1,0000', ',100', '1.000.000', '1 000', '1e999', 'NaN', '0x10', '95%'])(
    'refuses %j',
    (text) => expect(readDecimal(text)).toBeUndefined(),
  );
});
