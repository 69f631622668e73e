import { describe, expect, it } from 'vitest';
import { cohortNameOf } from '../../src/state/cohortNameOf.ts';

describe('cohortNameOf', () => {
  it('names a cohort after its file, or what its files share', () => {
    expect(cohortNameOf(['visits.xlsx'])).toBe('visits');
    expect(cohortNameOf(['myeloid-adsl.xpt', 'myeloid-adrs.xpt', 'myeloid-adtte.xpt'])).toBe(
      'myeloid',
    );
    expect(cohortNameOf(['trial_visits.csv', 'trial_patients.csv'])).toBe('trial');
    expect(cohortNameOf(['adsl.xpt', 'adrs.xpt'])).toBe('adsl');
    expect(cohortNameOf(['.csv'])).toBe('.csv');
    expect(cohortNameOf([])).toBe('cohort');
  });
});
