import { describe, expect, it } from 'vitest';
import { cohortEstimates } from '../../../../src/panels/learn/swimmers/cohortEstimates.ts';
import { died, lost, ongoing } from './patients.ts';
import { RESPONSE_GRADES } from '../../../../src/engine/cohort.ts';

const options = { responders: RESPONSE_GRADES, transform: 'log-log' as const };

describe('cohortEstimates', () => {
  it('counts a patient drawn twice twice in the ORR', () => {
    expect(cohortEstimates([lost, lost, died], options).orr).toBeCloseTo(2 / 3, 12);
  });

  it('gives the Kaplan–Meier median duration of response, a patient drawn twice counting twice', () => {
    // Durations 3, 3 (lost, events) and 6 (ongoing, censored): the curve falls to 1/3 at 3.
    expect(cohortEstimates([lost, lost, ongoing, died], options).dorMedian).toBe(3);
    // Drawn once, the curve stays at exactly 0.5 from 3 to 6: the median is the middle, as in R.
    expect(cohortEstimates([lost, ongoing, died], options).dorMedian).toBe(4.5);
  });

  it('has no median when the responses are all still going on', () => {
    expect(cohortEstimates([ongoing, ongoing], options)).toEqual({ orr: 1, dorMedian: null });
  });

  it('has no ORR and no median for an empty list', () => {
    expect(cohortEstimates([], options)).toEqual({ orr: null, dorMedian: null });
  });
});
