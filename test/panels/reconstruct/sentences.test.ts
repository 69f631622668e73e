import { describe, expect, it } from 'vitest';
import { spread } from '../../../src/engine/reconstruct/spread.ts';
import { binValues } from '../../../src/panels/reconstruct/binValues.ts';
import { describeSpread } from '../../../src/panels/reconstruct/describeSpread.ts';
import { decodeParams } from '../../../src/io/params/decodeParams.ts';
import { writeParams } from '../../../src/io/params/writeParams.ts';
import { ENSEMBLE_PARAMS } from '../../../src/panels/reconstruct/ensembleParams.ts';
import { plainValue } from '../../../src/panels/reconstruct/plainValue.ts';
import { SPREAD_QUANTITIES } from '../../../src/panels/reconstruct/spreadQuantities.ts';

const quantity = (key: string) => {
  const q = SPREAD_QUANTITIES.find((x) => x.key === key);
  if (!q) throw new Error(`no quantity ${key}`);
  return q;
};
const repeat = (value: number | null, times: number) => Array<number | null>(times).fill(value);

describe('describeSpread', () => {
  it('says how often a bound is not reached and its range where reached', () => {
    const values = [...repeat(null, 126), ...repeat(1, 50), ...repeat(3, 14), ...repeat(8, 10)];
    expect(describeSpread(quantity('dor_ci_upper'), spread(values), 0.95)).toBe(
      'Across 200 cohorts equally consistent with the paper, the upper 95% confidence bound of ' +
        'the median duration of response was not reached in 63% of them (126 cohorts); where ' +
        'reached, it ranged from 1 week to 8 weeks. The middle half of the cohorts lie between ' +
        '2.5 weeks and not reached.',
    );
  });

  it('says when a quantity is the same in every cohort', () => {
    expect(describeSpread(quantity('ttr_km_median'), spread(repeat(1, 200)), 0.95)).toBe(
      'Across 200 cohorts equally consistent with the paper, the Kaplan–Meier median time to ' +
        'response (non-responders censored) was 1 week in every one of them.',
    );
  });

  it('gives counts without a unit, and the middle half of the cohorts', () => {
    const values = [0, 0, 1, 1, 2, 2, 3, 3, 4, 7];
    expect(describeSpread(quantity('ongoing_at_cutoff'), spread(values), 0.95)).toBe(
      'Across 10 cohorts equally consistent with the paper, the number of responses still ' +
        'ongoing at the data cut-off ranged from 0 to 7. The middle half of the cohorts lie ' +
        'between 1 and 3.',
    );
  });

  it('follows the confidence level and handles never reached, rare and one-value cases', () => {
    const upper = quantity('dor_ci_upper');
    expect(describeSpread(upper, spread(repeat(null, 4)), 0.9)).toBe(
      'Across 4 cohorts equally consistent with the paper, the upper 90% confidence bound of ' +
        'the median duration of response was not reached in any of them.',
    );
    expect(describeSpread(upper, spread([...repeat(2, 999), null]), 0.95)).toMatch(
      /was not reached in less than 1% of them \(1 cohort\); where reached, it was 2 weeks\.$/,
    );
    expect(describeSpread(upper, spread([]), 0.95)).toMatch(/could not be computed/);
    expect(describeSpread(quantity('deaths'), spread([2, 2, 2, 2, 5]), 0.95)).toMatch(
      /ranged from 2 to 5\. In at least half of the cohorts it was 2\.$/,
    );
  });

  it('has a sentence and a title for every quantity the ensemble reports', () => {
    const keys = SPREAD_QUANTITIES.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of SPREAD_QUANTITIES) {
      expect(q.title('95%').length, q.key).toBeGreaterThan(5);
      expect(describeSpread(q, spread([1, 2]), 0.95), q.key).toContain(q.noun('95%'));
    }
  });
});

describe('binValues', () => {
  it('leaves few values as they are', () => {
    expect(binValues([1, 2, 3], [5, 1, 2], 30)).toEqual({
      values: [1, 2, 3],
      counts: [5, 1, 2],
      step: null,
    });
  });

  it('rounds many values onto a round grid and adds their counts', () => {
    expect(binValues([1.2, 1.4, 3.9], [1, 1, 1], 2)).toEqual({
      values: [2, 4],
      counts: [2, 1],
      step: 2,
    });
    const values = Array.from({ length: 200 }, (_, i) => 1 + i * 0.117);
    const binned = binValues(values, Array<number>(200).fill(1), 30);
    expect(binned.values.length).toBeLessThanOrEqual(31);
    expect(binned.step).toBe(1);
    expect(binned.counts.reduce((a, b) => a + b, 0)).toBe(200);
    expect(binned.values.every((v) => Number.isInteger(v))).toBe(true);
  });
});

describe('plainValue', () => {
  it('writes weeks with their unit and one decimal at most, counts bare', () => {
    expect(plainValue(1, 'weeks')).toBe('1 week');
    expect(plainValue(2.25, 'weeks')).toBe('2.3 weeks');
    expect(plainValue(5.0499999, 'count')).toBe('5');
    expect(plainValue(1200, 'count')).toBe('1,200');
    expect(plainValue(null, 'weeks')).toBe('not reached');
  });
});

describe('ensemble parameters in the URL', () => {
  const read = (params: Record<string, string>) =>
    decodeParams(ENSEMBLE_PARAMS, params, { prefix: 'r.', owner: 'the Reconstruct tab' });

  it('reads valid values and falls back on missing or hostile ones, naming them', () => {
    expect(read({ cohorts: '500', seed: '7', boot: '200' })).toEqual({
      values: { cohorts: 500, seed: 7, boot: 200 },
      messages: [],
      kept: { cohorts: '500', seed: '7', boot: '200' },
    });
    expect(read({}).values).toEqual({ cohorts: 200, seed: 1, boot: 0 });
    for (const cohorts of ['0', '-3', '5001', '1e4', '1,00', '2.5', 'many', ' ']) {
      const decoded = read({ cohorts });
      expect(decoded.values.cohorts, cohorts).toBe(ENSEMBLE_PARAMS.cohorts.default);
      expect(decoded.messages, cohorts).toEqual([
        expect.stringMatching(
          /^"r\.cohorts" must be a whole number from 1 to 5,000; .*; using 200\.$/,
        ),
      ]);
      expect(decoded.kept).toEqual({});
    }
    expect(read({ seed: '99999999999' }).values.seed).toBe(1);
    expect(read({ seed: '4294967295' }).values.seed).toBe(4294967295);
    expect(read({ cohort: '5' }).messages).toEqual([
      '"r.cohort" is not a setting of the Reconstruct tab; ignored.',
    ]);
  });

  it('writes what it reads, leaving the bootstrap out when off', () => {
    expect(writeParams(ENSEMBLE_PARAMS, {}, { cohorts: 200, seed: 1 })).toEqual({
      cohorts: '200',
      seed: '1',
    });
    const p = { cohorts: 1000, seed: 42, boot: 200 };
    expect(read(writeParams(ENSEMBLE_PARAMS, {}, p)).values).toEqual(p);
  });
});
