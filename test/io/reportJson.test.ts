import { describe, expect, it } from 'vitest';
import { REPORT_DIGITS, reportJson } from '../../src/io/reportJson';

describe('reportJson: the JSON report without float noise', () => {
  it('writes sums and products as the number computed, to 12 significant digits', () => {
    const text = reportJson({ a: 0.1 + 0.2, b: 1.2999999999999998, c: [2 / 3], d: 1e-20 / 3 });
    expect(text).not.toMatch(/\d{13,}/);
    expect(JSON.parse(text)).toEqual({ a: 0.3, b: 1.3, c: [0.666666666667], d: 3.33333333333e-21 });
    expect(REPORT_DIGITS).toBe(12);
  });

  it('leaves whole numbers, seeds, strings, null and non-numbers alone', () => {
    const report = { seed: 20250101, n: 2000, big: 2 ** 53, name: '0.30000000000000004', x: null };
    expect(JSON.parse(reportJson(report))).toEqual(report);
  });

  it('moves no number by more than its 12th significant digit', () => {
    for (const v of [Math.PI, 1 / 7, 123456.789012345, 0.8333333333333334]) {
      const back = JSON.parse(reportJson({ v })).v as number;
      expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-11);
    }
  });
});
