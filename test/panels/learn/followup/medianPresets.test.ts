import { describe, expect, it } from 'vitest';
import { medianPresets } from '../../../../src/panels/learn/followup/medianPresets.ts';

describe('medianPresets', () => {
  it("offers the cohort's fitted median and a long-lasting response, each named with its weeks", () => {
    expect(medianPresets(3.4)).toEqual([
      { name: 'Fitted to this cohort (3.4 wk)', value: 3.4 },
      { name: 'Long-lasting responses (26 wk)', value: 26 },
    ]);
  });

  it('writes a whole fitted median with one decimal', () => {
    expect(medianPresets(4)[0].name).toBe('Fitted to this cohort (4.0 wk)');
  });
});
