import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cohort } from '../../src/engine/cohort.ts';
import { CSV_CHUNK_ROWS } from '../../src/io/cohortCsvChunks.ts';
import { cohortToCsv } from '../../src/io/cohortToCsv.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { canonicalCsv } from '../../src/state/session/canonicalCsv.ts';
import { csvFingerprint } from '../../src/state/session/csvFingerprint.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';
import { validCohort } from '../io/cohortGenerator.ts';
import { largeCsv } from '../io/largeCsv.ts';

/** A 20,000-patient cohort with every column and an extra one, read as the importer reads it. */
function largeCohort(): Cohort {
  const parsed = parseCohort(largeCsv(20_000), { fileName: 'large.csv' });
  if (!parsed.ok) throw new Error('the large cohort was refused');
  return parsed.cohort;
}

/** The page's scheduler, standing in for the browser's: counts the yields, and resumes at once. */
const scheduler = { yield: vi.fn(() => Promise.resolve()) };
beforeEach(() => {
  scheduler.yield.mockClear();
  Object.assign(globalThis, { scheduler });
});
afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('canonicalCsv', () => {
  it('is cohortToCsv’s text and its csvFingerprint', async () => {
    const cohorts = [
      hlhCohort(),
      makeCohort([]),
      makeCohort([{ id: 'A1', extra: { note: 'said "no", then\nyes', site: '=1+1' } }]),
    ];
    for (const cohort of cohorts) {
      const csv = cohortToCsv(cohort);
      expect(await canonicalCsv(cohort), csv).toEqual({ csv, key: csvFingerprint(csv) });
    }
  });

  it('is cohortToCsv’s text and its csvFingerprint for any small cohort (property)', async () => {
    await fc.assert(
      fc.asyncProperty(validCohort, async (cohort) => {
        const csv = cohortToCsv(cohort);
        expect(await canonicalCsv(cohort)).toEqual({ csv, key: csvFingerprint(csv) });
      }),
      { seed: 20250612, numRuns: 100 },
    );
  });

  it('yields to the page after each piece: 20 times for 20,000 patients, 2,000 a piece', async () => {
    const cohort = largeCohort();
    expect(CSV_CHUNK_ROWS).toBe(2000);
    let settled = false;
    const building = canonicalCsv(cohort).finally(() => (settled = true));
    // Until the first yield everything runs in one task: the columns of the first 2,000 patients.
    expect(scheduler.yield).toHaveBeenCalledTimes(1);
    expect(settled).toBe(false);
    const { csv, key } = await building;
    // Finding the columns (10 pieces, the last with the header), then writing the rows (10 pieces).
    expect(scheduler.yield).toHaveBeenCalledTimes(2 * (20_000 / CSV_CHUNK_ROWS));
    expect(csv).toBe(cohortToCsv(cohort));
    expect(key).toBe(csvFingerprint(csv));
  });

  it('is built once per cohort object, also for calls made while it is being built', async () => {
    const cohort = largeCohort();
    const first = canonicalCsv(cohort);
    const during = canonicalCsv(cohort);
    expect(during).toBe(first);
    const built = await first;
    expect(scheduler.yield).toHaveBeenCalledTimes(20);
    expect(await canonicalCsv(cohort)).toBe(built);
    expect(scheduler.yield).toHaveBeenCalledTimes(20);
    // An equal cohort in another object is another cohort on screen: it is built anew.
    const copy = { ...cohort };
    expect(await canonicalCsv(copy)).toEqual(built);
    expect(scheduler.yield).toHaveBeenCalledTimes(40);
  });
});
