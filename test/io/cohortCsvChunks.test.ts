import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/engine/cohort.ts';
import { CSV_CHUNK_ROWS, cohortCsvChunks } from '../../src/io/cohortCsvChunks.ts';
import { cohortToCsv } from '../../src/io/cohortToCsv.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';
import { validCohort } from './cohortGenerator.ts';

/** The pieces of `cohort`'s CSV with `rows` patients a chunk. */
const chunks = (cohort: Cohort, rows?: number) => [...cohortCsvChunks(cohort, rows)];

/** Two patients whose extra cells hold quotes, commas, line breaks and a formula. */
const awkward = makeCohort([
  { id: 'A1', bestResponse: 'CR', responseWk: 1, crWk: 2, extra: { note: 'said "no", then\nyes' } },
  { id: 'A,2', extra: { site: '=1+1', note: 'plain' } },
]);

describe('cohortCsvChunks', () => {
  it('yields empty pieces while it finds the columns, then the header, then the rows a chunk at a time', () => {
    const pieces = chunks(hlhCohort(), 5);
    expect(pieces).toHaveLength(3 + 1 + 4);
    expect(pieces.slice(0, 3)).toEqual(['', '', '']);
    expect(pieces[3]).toMatch(/^id,best_response,response_wk,[^\n]*\n$/);
    const rows = pieces.slice(4);
    expect(rows.every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(rows.map((piece) => piece.match(/^P\d\d,/gm)?.length)).toEqual([5, 5, 5, 3]);
  });

  it('finds a column whose only value is in the last chunk', () => {
    const patients = Array.from({ length: 12 }, (_, i) => ({ id: `S${i + 1}` }));
    const late = makeCohort([
      ...patients,
      { id: 'S13', deathWk: 4, extra: { '2': 'b', site: 'x' } },
    ]);
    const [header] = chunks(late, 4).join('').split('\n');
    expect(header).toBe('id,best_response,response_wk,death_wk,followup_wk,2,site');
    expect(chunks(late, 4).join('')).toBe(cohortToCsv(late));
  });

  it('joins to cohortToCsv’s text for the HLH cohort, whatever the chunk size', () => {
    const cohort = hlhCohort();
    const csv = cohortToCsv(cohort);
    expect(csv.split('\n')).toHaveLength(18 + 2);
    for (const rows of [1, 2, 7, 17, 18, 19, CSV_CHUNK_ROWS, Infinity]) {
      expect(chunks(cohort, rows).join(''), `${rows} rows a chunk`).toBe(csv);
    }
  });

  it('writes only the header line of an empty cohort', () => {
    const empty = makeCohort([], ['age']);
    expect(chunks(empty)).toEqual(['id,best_response,response_wk,followup_wk,age\n']);
    expect(cohortToCsv(empty)).toBe('id,best_response,response_wk,followup_wk,age\n');
  });

  it('quotes cells with quotes, commas and line breaks in extra columns, split anywhere', () => {
    const csv = [
      'id,best_response,response_wk,cr_wk,followup_wk,note,site',
      'A1,CR,1,2,10,"said ""no"", then\nyes",',
      `"A,2",NR,,,10,plain,'=1+1`,
      '',
    ].join('\n');
    expect(cohortToCsv(awkward)).toBe(csv);
    expect(chunks(awkward, 1)).toEqual([
      '',
      'id,best_response,response_wk,cr_wk,followup_wk,note,site\n',
      'A1,CR,1,2,10,"said ""no"", then\nyes",\n',
      `"A,2",NR,,,10,plain,'=1+1\n`,
    ]);
  });

  it('joins to cohortToCsv’s text for any small cohort and chunk size (property)', () => {
    fc.assert(
      fc.property(validCohort, fc.integer({ min: 1, max: 14 }), (cohort, rows) => {
        const pieces = chunks(cohort, rows);
        expect(pieces).toHaveLength(2 * Math.ceil(cohort.patients.length / rows));
        expect(pieces.join('')).toBe(cohortToCsv(cohort));
      }),
      { seed: 20250612, numRuns: 300 },
    );
  });
});
