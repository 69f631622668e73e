import { describe, expect, it } from 'vitest';
import { timeUnitOf } from '../../src/io/timeUnitOf.ts';

describe('timeUnitOf: the unit a time column was given in, for messages', () => {
  it('is the mapping’s unit for a mapped column, weeks for a column read as it is', () => {
    const present = new Set(['visit_wk', 'death_wk']);
    expect(timeUnitOf({ units: { visit_wk: 'days' } }, present, 'visit_wk')).toBe('days');
    expect(timeUnitOf({ units: { visit_wk: 'days' } }, present, 'death_wk')).toBe('weeks');
    expect(timeUnitOf({}, present, 'visit_wk')).toBe('weeks');
  });

  it('is days for a time that only its date column gives', () => {
    expect(timeUnitOf({}, new Set(['visit_date']), 'visit_wk')).toBe('days');
    expect(timeUnitOf({}, new Set(['last_followup_date']), 'followup_wk')).toBe('days');
    expect(timeUnitOf({}, new Set([]), 'followup_wk')).toBe('weeks');
  });
});
