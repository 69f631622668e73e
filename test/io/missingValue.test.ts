import { describe, expect, it } from 'vitest';
import { isMissingValue } from '../../src/io/missingValue.ts';
import { parseCohort } from '../../src/io/index.ts';
import { readTimeCell } from '../../src/io/mapping/readTimeCell.ts';
import { profileColumn } from '../../src/io/mapping/profileColumn.ts';
import { expectLoaded, expectRefused, lines } from './expectIssue.ts';

describe('missing-value markers', () => {
  it('isMissingValue knows how R, Excel, SAS and databases write a missing value', () => {
    for (const cell of ['NA', 'na', ' N/A ', '#N/A', '.', 'NULL'])
      expect(isMissingValue(cell), cell).toBe(true);
    for (const cell of ['', 'NE', 'NR', 'none', '0', 'NaN', null, undefined, 0])
      expect(isMissingValue(cell), String(cell)).toBe(false);
  });

  it("a file written by R's write.csv (NA for blank) loads: number, time and sex cells read NA as blank", () => {
    const text = lines(
      'id,best_response,response_wk,death_wk,followup_wk,sex,age',
      'P1,CR,2,NA,10,NA,.',
      'P2,NR,NA,8,8,F,#N/A',
    );
    const { cohort } = expectLoaded(parseCohort(text, { fileName: 'r.csv' }));
    expect(cohort.patients.map((p) => [p.id, p.responseWk, p.deathWk, p.sex, p.age])).toEqual([
      ['P1', 2, null, null, null],
      ['P2', null, 8, 'F', null],
    ]);
  });

  it('a response written NA is still refused: it is not blank but an unrecorded response', () => {
    const text = lines('id,best_response,followup_wk', 'P1,NA,5');
    expectRefused(parseCohort(text, { fileName: 'r.csv' }), {
      row: 1,
      column: 'best_response',
      value: 'NA',
    });
  });

  it('readTimeCell reads NA as blank in a column of days', () => {
    expect(readTimeCell('NA', 'days')).toBe('');
    expect(readTimeCell('14', 'days')).toBe(2);
  });

  it('profileColumn counts NA as blank, so a column of days with NA is still all numbers, but lists it', () => {
    const table = {
      columns: ['Day of death'],
      rows: [['NA'], ['44'], ['NA'], ['98']].map((cells) => ({ cells })),
    };
    const profile = profileColumn(table, 0);
    expect([profile.filled, profile.numeric]).toEqual([2, 1]); // two filled cells, all numbers
    expect(profile.distinct.get('NA')).toBe(2);
  });
});
