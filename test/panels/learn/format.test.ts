import { describe, expect, it } from 'vitest';
import { chance, count, nameList, pct, weeks } from '../../../src/panels/learn/format.ts';

describe('lesson number formats', () => {
  it('print percentages, weeks and chances for clinicians', () => {
    expect(pct(15 / 18)).toBe('83.3%');
    expect(pct(null)).toBe('—');
    expect(weeks(null)).toBe('not reached');
    expect(weeks(2.25)).toBe('2.3 wk');
    expect(chance(0.0328)).toBe('3.3% (about 1 in 30)');
    expect(chance(0.9)).toBe('90.0%');
    expect(chance(0)).toBe('0%');
    expect(chance(4.2e-201)).toBe('less than 1 in a million');
  });
});

describe('count', () => {
  it('puts the noun in the singular for one only', () => {
    expect(count(1, 'patient')).toBe('1 patient');
    expect(count(0, 'patient')).toBe('0 patients');
    expect(count(2000, 'study', 'studies')).toBe('2,000 studies');
  });
});

describe('nameList', () => {
  it('lists every name up to the limit, then says how many more', () => {
    expect(nameList(['P1', 'P2'])).toBe('P1, P2');
    expect(nameList(['P1', 'P2', 'P3'], 2)).toBe('P1, P2 and 1 more');
    expect(nameList([])).toBe('');
  });
});
