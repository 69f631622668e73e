import { describe, expect, it } from 'vitest';
import { validateSummary } from '../../../src/engine/reconstruct/validateSummary.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

const issuesOf = (json: unknown) => {
  const result = validateSummary(json);
  return result.ok ? [] : result.issues;
};

describe('validateSummary', () => {
  it('accepts the shipped HLH summary', () => {
    expect(validateSummary(hlhSummary()).ok).toBe(true);
  });

  it('refuses what is not an object', () => {
    expect(issuesOf([1, 2])).toEqual(['summary: must be a JSON object']);
    expect(issuesOf(null)).toEqual(['summary: must be a JSON object']);
  });

  it('names each missing required field', () => {
    const issues = issuesOf({});
    for (const field of ['n', 'best_response', 'enrolment', 'cutoff', 'schedule']) {
      expect(
        issues.some((m) => m.startsWith(`${field}:`)),
        `${field} in ${issues}`,
      ).toBe(true);
    }
  });

  it('refuses a calendar date that does not exist', () => {
    expect(issuesOf({ ...hlhSummary(), cutoff: '2025-02-30' })).toEqual([
      'cutoff: must be a date YYYY-MM-DD, got "2025-02-30"',
    ]);
  });

  it.each([
    ['n', { n: -1 }, 'n: must be a whole number >= 0, got -1'],
    ['n', { n: 2.5 }, 'n: must be a whole number >= 0, got 2.5'],
    [
      'best_response.PR',
      { best_response: { PR: '13' } },
      'best_response.PR: must be a whole number >= 0, got "13"',
    ],
    ['best_response.XX', { best_response: { XX: 1 } }, 'best_response.XX: unknown field'],
    [
      'response.median_wk',
      { response: { median_wk: 0 } },
      'response.median_wk: must be a number of weeks > 0, got 0',
    ],
    [
      'response.by_week',
      { response: { by_week: { one: 14 } } },
      'response.by_week: key "one" must be a week > 0',
    ],
    ['dor.median_wk', { dor: {} }, 'dor.median_wk: required'],
    ['fever.resolved', { fever: { baseline: 3 } }, 'fever.resolved: required'],
    [
      'age.median',
      { age: { median: 'old' } },
      'age.median: must be years from 0 to 120, got "old"',
    ],
    ['cutoff', { cutoff: '30/09/2025' }, 'cutoff: must be a date YYYY-MM-DD, got "30/09/2025"'],
    [
      'enrolment.end',
      { enrolment: { start: '2025-01-01', end: '2025-02-30x' } },
      'enrolment.end: must be a date',
    ],
    [
      'schedule.every_wk',
      { schedule: { every_wk: -1 } },
      'schedule.every_wk: must be a number of weeks > 0',
    ],
    ['responders', { responders: ['CR', 'XR'] }, 'responders: must be a non-empty list'],
    [
      'assumptions.death_probability',
      { assumptions: { death_probability: 2 } },
      'assumptions.death_probability: must be from 0 to 1, got 2',
    ],
    [
      'assumptions.gc_baseline_mg',
      { assumptions: { gc_baseline_mg: [80, 30] } },
      'assumptions.gc_baseline_mg: must be [min, max]',
    ],
    ['unknown top-level field', { colour: 'red' }, 'colour: unknown field'],
  ])('names the field in its message: %s', (_, patch, expected) => {
    const issues = issuesOf({ ...hlhSummary(), ...patch });
    expect(
      issues.some((m) => m.startsWith(expected)),
      `${expected} in ${JSON.stringify(issues)}`,
    ).toBe(true);
  });
});
