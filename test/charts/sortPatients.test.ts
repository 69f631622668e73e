import { describe, expect, it } from 'vitest';
import { durationOfResponse, sortPatients } from '../../src/charts/swimmer/sortPatients';
import { sixPatients } from './sixPatients';
import { RESPONSE_GRADES } from '../../src/engine/cohort.ts';

const ids = (sort: Parameters<typeof sortPatients>[1], responders = RESPONSE_GRADES) =>
  sortPatients(sixPatients.patients, sort, responders).map((p) => p.id);
const HOSTILE = '<script>alert(1)</script>';

describe('sortPatients', () => {
  it('puts the longest follow-up first', () => {
    expect(ids('followup')).toEqual(['P01', 'P02', HOSTILE, 'P03', 'P04', 'P10']);
  });

  it('orders responders by duration of response, longest first, non-responders last', () => {
    // DOR: P01 11, P02 8, hostile 8.5, P03 2, P04 3 (death), P10 none.
    expect(ids('dor')).toEqual(['P01', HOSTILE, 'P02', 'P04', 'P03', 'P10']);
  });

  it('orders responders by time to response, quickest first, ties by longer follow-up', () => {
    expect(ids('ttr')).toEqual([HOSTILE, 'P01', 'P03', 'P02', 'P04', 'P10']);
  });

  it('orders by best response, then by follow-up', () => {
    expect(ids('response')).toEqual(['P01', 'P02', HOSTILE, 'P03', 'P04', 'P10']);
  });

  it('orders ids naturally (P10 after P04)', () => {
    expect(ids('id')).toEqual([HOSTILE, 'P01', 'P02', 'P03', 'P04', 'P10']);
  });

  it('treats patients outside the responder set as non-responders', () => {
    expect(ids('ttr', ['CR'] as never).slice(0, 2)).toEqual(['P01', 'P02']);
  });

  it('does not reorder its input', () => {
    const before = sixPatients.patients.map((p) => p.id);
    sortPatients(sixPatients.patients, 'id', RESPONSE_GRADES);
    expect(sixPatients.patients.map((p) => p.id)).toEqual(before);
  });

  it('measures the duration of response up to loss, death or last follow-up', () => {
    expect(sixPatients.patients.map(durationOfResponse)).toEqual([11, 8, 2, 3, null, 8.5]);
  });
});
