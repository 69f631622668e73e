import { describe, expect, it } from 'vitest';
import { parseCohort } from '../../src/io/index.ts';
import { largeCsv } from './largeCsv.ts';

describe('parseCohort on a large file', () => {
  // `npm run bench` prints how long this takes.
  it('parseCohort reads a 100,000-patient CSV with every column', () => {
    const result = parseCohort(largeCsv(100_000), { fileName: 'large.csv' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.cohort.patients).toHaveLength(100_000);
      expect(result.cohort.patients[99_999]).toMatchObject({ id: 'P99999', bestResponse: 'NE' });
    }
  });
});
