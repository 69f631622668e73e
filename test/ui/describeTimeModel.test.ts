import { describe, expect, it } from 'vitest';
import { describeTimeModel } from '../../src/ui/describeTimeModel.ts';
import { shortNumber } from '../../src/ui/shortNumber.ts';

describe('shortNumber', () => {
  it('rounds to three significant digits, whole numbers from 100, and names infinity and nothing', () => {
    expect(shortNumber(0.5522593)).toBe('0.552');
    expect(shortNumber(3.6)).toBe('3.6');
    expect(shortNumber(1234.5)).toBe('1,235');
    expect(shortNumber(Infinity)).toBe('∞');
    expect(shortNumber(null)).toBe('—');
    expect(shortNumber(NaN)).toBe('—');
  });

  it('says a number nearer 0 than a millionth is below it, rather than print a row of zeros', () => {
    expect(shortNumber(5.43e-19)).toBe('< 0.000001');
    expect(shortNumber(-2e-9)).toBe('> −0.000001');
    expect(shortNumber(0.00000123456)).toBe('0.00000123');
    expect(shortNumber(0)).toBe('0');
  });
});

describe('describeTimeModel', () => {
  it('says each kind of model in words, its numbers rounded', () => {
    expect(describeTimeModel({ distribution: 'loglogistic', median: 0.5523, shape: 0.2485 })).toBe(
      'log-logistic (median 0.552 wk, shape 0.249)',
    );
    expect(describeTimeModel({ distribution: 'exponential', median: 5.1234 })).toBe(
      'exponential (median 5.12 wk)',
    );
    expect(
      describeTimeModel({ distribution: 'piecewise', breaks: [1], rates: [0.76214, 0.0317] }),
    ).toBe('piecewise exponential (breaks at 1 wk; rates 0.762, 0.0317 per wk)');
    expect(
      describeTimeModel({
        distribution: 'mixture',
        durable: 0.311,
        rest: { distribution: 'weibull', median: 0.177, shape: 0.436 },
      }),
    ).toBe('durable mixture (31.1% never end; the rest Weibull (median 0.177 wk, shape 0.436))');
    expect(
      describeTimeModel({
        distribution: 'km',
        times: [1, 2, 5, 8, 13],
        survival: [0.6, 0.5, 0.4, 0.35, 0.3],
        tail_from_wk: 31,
        tail_rate: 0.0323,
      }),
    ).toBe(
      'Kaplan–Meier steps at 1, 2, 5, 8 and 1 more wk, then exponential at 0.0323 per wk after 31 wk',
    );
    expect(describeTimeModel({ distribution: 'empirical', times: [1, 1, 2] })).toBe(
      'the observed times (3 of them, drawn with replacement)',
    );
  });
});
