import { describe, expect, it } from 'vitest';
import {
  choiceParam,
  intParam,
  numberParam,
  paramText,
  withParams,
} from '../../../src/panels/learn/params.ts';
import { chance, count, nameList, pct, weeks } from '../../../src/panels/learn/format.ts';

describe('lesson URL parameters', () => {
  it('read numbers, clamp them, and fall back on anything unusable', () => {
    expect(numberParam({ p: '0.6' }, 'p', 0.5, 0, 1)).toBe(0.6);
    expect(numberParam({ p: '7' }, 'p', 0.5, 0, 1)).toBe(1);
    expect(numberParam({ p: 'abc' }, 'p', 0.5, 0, 1)).toBe(0.5);
    expect(numberParam({ p: '' }, 'p', 0.5, 0, 1)).toBe(0.5);
    expect(numberParam({}, 'p', 0.5)).toBe(0.5);
    expect(intParam({ n: '18.4' }, 'n', 10, 1, 200)).toBe(18);
    // A default outside the control's range (a cohort of 5,000) is brought into it as well.
    expect(intParam({}, 'n', 5000, 1, 200)).toBe(200);
  });

  it('accept only listed choices', () => {
    expect(choiceParam({ m: 'wald' }, 'm', ['wald', 'wilson'] as const, 'wilson')).toBe('wald');
    expect(choiceParam({ m: 'nope' }, 'm', ['wald', 'wilson'] as const, 'wilson')).toBe('wilson');
  });

  it('write numbers short', () => {
    expect(paramText(0.6000000001)).toBe('0.6');
    expect(paramText(0.1 + 0.2)).toBe('0.3');
    expect(paramText(18)).toBe('18');
  });
});

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

describe('withParams', () => {
  it('writes numbers short and words as they are, keeping the other parameters', () => {
    expect(withParams({ p: '0.5', seed: '3' }, { p: 0.6000001, m: 'wald' })).toEqual({
      p: '0.6',
      seed: '3',
      m: 'wald',
    });
  });

  it('leaves the given parameters untouched', () => {
    const params = { p: '0.5' };
    withParams(params, { p: 0.7 });
    expect(params).toEqual({ p: '0.5' });
  });
});
