import { describe, expect, it } from 'vitest';
import { importCohort } from '../../src/io/importCohort.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';

describe('importCohort', () => {
  it('returns the parsed cohort with its normalised CSV, which parses back to the same patients', () => {
    const json = JSON.stringify([
      { id: 'P1', best_response: 'CR', response_wk: 1, followup_wk: 12 },
      { id: 'P2', best_response: 'NR', followup_wk: 3 },
    ]);
    const result = importCohort(json, { fileName: 'cohort.json' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.csv.split('\n')[0]).toMatch(/^id,best_response,/);
    const again = parseCohort(result.csv, { fileName: 'cohort.csv' });
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.cohort.patients).toEqual(result.cohort.patients);
  });

  it('passes a refusal through with its issues and no CSV', () => {
    const result = importCohort('id,best_response,followup_wk\nP1,maybe,4', { fileName: 'a.csv' });
    expect(result.ok).toBe(false);
    expect('csv' in result).toBe(false);
  });
});
