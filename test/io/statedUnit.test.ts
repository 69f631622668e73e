import { describe, expect, it } from 'vitest';
import { statedUnit } from '../../src/io/mapping/statedUnit.ts';

describe('statedUnit reads a time written with its unit', () => {
  it('reads the number and the unit of its word', () => {
    expect(statedUnit('6 months')).toEqual({ value: 6, unit: 'months' });
    expect(statedUnit(' 14d ')).toEqual({ value: 14, unit: 'days' });
    expect(statedUnit('2.5 wk')).toEqual({ value: 2.5, unit: 'weeks' });
  });

  it('is null for a plain number, an unknown word or text', () => {
    for (const text of ['6', '6 parsecs', 'months', 'about 6 months', '']) {
      expect(statedUnit(text), text).toBeNull();
    }
  });
});
