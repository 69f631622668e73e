import { describe, expect, it } from 'vitest';
import { medianPresets } from '../../../../src/panels/learn/followup/medianPresets.ts';

describe('medianPresets', () => {
  it("offers the cohort's fitted median and a long-lasting response, each named with its weeks and the start marked", () => {
    expect(medianPresets(3.4, false)).toEqual([
      { name: 'Fitted to this cohort (3.4 wk; the start)', value: 3.4 },
      { name: 'Long-lasting responses (26 wk)', value: 26 },
    ]);
    expect(medianPresets(0.5, true)).toEqual([
      { name: 'Fitted to this cohort (0.5 wk)', value: 0.5 },
      { name: 'Long-lasting responses (26 wk; the start)', value: 26 },
    ]);
  });

  it('writes a whole fitted median with one decimal', () => {
    expect(medianPresets(4, false)[0].name).toBe('Fitted to this cohort (4.0 wk; the start)');
  });
});
