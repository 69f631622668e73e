import { describe, expect, it } from 'vitest';
import { MAX_ISSUES, parseCohort } from '../../src/io/index.ts';
import { expectLoaded, expectRefused, lines } from './expectIssue.ts';
import { RESPONSE_GRADES } from '../../src/engine/cohort.ts';

const HEADER = 'id,best_response,response_wk,cr_wk,loss_wk,death_wk,followup_wk';
const parse = (text: string) => parseCohort(text, { fileName: 'cohort.csv' });
/** A valid file plus one extra row (row 3). */
const withRow = (row: string, header = HEADER) =>
  parse(lines(header, 'P1,CR,1,2,,,10', 'P2,NR,,,,,8', row));

describe('parseCohort validation', () => {
  it('parseCohort accepts a valid file (the baseline of the tests below)', () => {
    const result = expectLoaded(withRow('P3,PR,1,,3,,6'));
    expect(result.cohort.patients).toHaveLength(3);
    expect(result.cohort.patients[2]).toMatchObject({
      id: 'P3',
      responseWk: 1,
      lossWk: 3,
      followupWk: 6,
    });
  });

  it('parseCohort refuses an empty file', () => {
    expectRefused(parse(''), { row: null, message: /is empty/ });
    expectRefused(parse(' \r\n\n\t'), { row: null, message: /is empty/ });
    expectRefused(parse('\uFEFF'), { row: null, message: /is empty/ });
  });

  it('parseCohort refuses a header without patients', () => {
    expectRefused(parse(`${HEADER}\n\n`), { row: null, message: /header but no patients/ });
  });

  it('parseCohort refuses a missing required column and names it', () => {
    for (const column of ['id', 'best_response', 'followup_wk']) {
      const header = HEADER.split(',').filter((c) => c !== column);
      const row = 'P1,CR,1,2,,,10'.split(',').filter((_, i) => HEADER.split(',')[i] !== column);
      expectRefused(parse(lines(header.join(','), row.join(','))), {
        row: null,
        column,
        message: /required column/,
      });
    }
  });

  it('parseCohort accepts responders without a response_wk column, warning once', () => {
    // Relaxed deliberately: a file of best responses alone gives the response rates.
    const result = expectLoaded(parse(lines('id,best_response,followup_wk', 'P1,PR,4', 'P2,NR,4')));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ row: null, column: 'response_wk' });
    expect(result.warnings[0].message).toMatch(
      /1 patient is a responder \(CR, PR, IMP\); response rates are computed, but duration of response and time to response are not/,
    );
    expectLoaded(parse(lines('id,best_response,followup_wk', 'P1,NR,4', 'P2,NE,4')));
  });

  it('parseCohort refuses an unknown response code and lists the allowed ones', () => {
    expectRefused(withRow('P3,XR,1,,,,6'), {
      row: 3,
      column: 'best_response',
      value: 'XR',
      message: /CR, PR, IMP, NR or NE/,
    });
  });

  it('parseCohort reads response codes case-insensitively', () => {
    const result = expectLoaded(withRow('P3,imp,1,,,,6'));
    expect(result.cohort.patients[2].bestResponse).toBe('IMP');
  });

  it('parseCohort refuses a blank best_response', () => {
    expectRefused(withRow('P3,,,,,,6'), { row: 3, column: 'best_response', message: /is empty/ });
  });

  it('parseCohort refuses a non-numeric time', () => {
    expectRefused(withRow('P3,PR,abc,,,,6'), {
      row: 3,
      column: 'response_wk',
      value: 'abc',
      message: /is not a number; expected weeks ≥ 0/,
    });
  });

  it('parseCohort refuses a decimal comma and suggests a decimal point', () => {
    expectRefused(withRow('P3,PR,"1,5",,,,6'), {
      row: 3,
      column: 'response_wk',
      message: /decimal point/,
    });
  });

  it('parseCohort refuses a negative time', () => {
    expectRefused(withRow('P3,NR,,,,,-2'), {
      row: 3,
      column: 'followup_wk',
      value: '-2',
      message: /is negative/,
    });
  });

  it('parseCohort refuses NaN and Infinity as times', () => {
    for (const value of ['NaN', 'Infinity', '-Infinity', 'inf']) {
      expectRefused(withRow(`P3,NR,,,,,${value}`), {
        row: 3,
        column: 'followup_wk',
        value,
        message: /not a finite number/,
      });
    }
  });

  it('parseCohort refuses a time too large to be a number (1e400)', () => {
    expectRefused(withRow('P3,NR,,,,,1e400'), {
      row: 3,
      column: 'followup_wk',
      message: /too large/,
    });
  });

  it('parseCohort reads -0 as 0 and accepts 1e308 and denormals', () => {
    const result = expectLoaded(
      parse(lines(HEADER, 'P1,PR,-0,,,,1e308', 'P2,PR,5e-324,,,,1', 'P3,NR,,,,,.5')),
    );
    const [a, b, c] = result.cohort.patients;
    expect(Object.is(a.responseWk, 0)).toBe(true);
    expect(a.followupWk).toBe(1e308);
    expect(b.responseWk).toBe(5e-324);
    expect(c.followupWk).toBe(0.5);
  });

  it('parseCohort accepts a responder without response_wk and warns on its row', () => {
    // Relaxed deliberately: ORR, CR and PR are computed; time-to-event endpoints say why not.
    for (const code of RESPONSE_GRADES) {
      const result = expectLoaded(withRow(`P3,${code},,,,,6`));
      expect(result.cohort.patients[2]).toMatchObject({ bestResponse: code, responseWk: null });
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          row: 3,
          column: 'response_wk',
          message: expect.stringMatching(new RegExp(`best_response is ${code}; response rates`)),
        }),
      );
    }
  });

  it('parseCohort refuses response_wk for NR and NE and explains why', () => {
    for (const code of ['NR', 'NE']) {
      expectRefused(withRow(`P3,${code},2,,,,6`), {
        row: 3,
        column: 'response_wk',
        value: '2',
        message: /only CR, PR and IMP have a response time/,
      });
    }
  });

  it('parseCohort refuses a response after follow-up', () => {
    expectRefused(withRow('P3,PR,7,,,,6'), {
      row: 3,
      column: 'response_wk',
      value: '7',
      message: /is after followup_wk \(week 6\)/,
    });
  });

  it('parseCohort refuses a loss before the response', () => {
    expectRefused(withRow('P3,PR,3,,2,,6'), {
      row: 3,
      column: 'loss_wk',
      value: '2',
      message: /is before response_wk \(week 3\)/,
    });
  });

  it('parseCohort refuses a loss without a response', () => {
    expectRefused(withRow('P3,NR,,,2,,6'), {
      row: 3,
      column: 'loss_wk',
      message: /best_response is NR; a response can only be lost after one/,
    });
  });

  it('parseCohort refuses cr_wk before response_wk', () => {
    expectRefused(withRow('P3,CR,3,2,,,6'), {
      row: 3,
      column: 'cr_wk',
      value: '2',
      message: /is before response_wk \(week 3\)/,
    });
  });

  it('parseCohort refuses cr_wk for a patient whose best response is not CR', () => {
    expectRefused(withRow('P3,PR,1,2,,,6'), {
      row: 3,
      column: 'cr_wk',
      message: /best_response is PR; only CR/,
    });
  });

  it('parseCohort refuses any event after follow-up', () => {
    const header = `${HEADER},gc_halved_wk,fever_baseline,fever_resolved_wk`;
    const cases: [string, string][] = [
      ['cr_wk', 'P3,CR,1,7,,,6,,,'],
      ['loss_wk', 'P3,PR,1,,7,,6,,,'],
      ['death_wk', 'P3,NR,,,,7,6,,,'],
      ['gc_halved_wk', 'P3,NR,,,,,6,7,,'],
      ['fever_resolved_wk', 'P3,NR,,,,,6,,1,7'],
    ];
    for (const [column, row] of cases) {
      expectRefused(withRow(row, header), {
        row: 3,
        column,
        value: '7',
        message: /is after followup_wk \(week 6\)/,
      });
    }
  });

  it('parseCohort refuses a duplicate id and names both rows', () => {
    const issue = expectRefused(withRow('P1,NR,,,,,6'), {
      row: 3,
      column: 'id',
      value: 'P1',
      message: /duplicates the id of row 1/,
    });
    expect(issue.file).toBe('cohort.csv');
  });

  it('parseCohort refuses an empty id', () => {
    expectRefused(withRow(',NR,,,,,6'), { row: 3, column: 'id', message: /is empty/ });
  });

  it('parseCohort refuses a bad sex and accepts F, M, female, male and blank', () => {
    const header = 'id,best_response,followup_wk,sex';
    expectRefused(parse(lines(header, 'P1,NR,4,X')), {
      row: 1,
      column: 'sex',
      value: 'X',
      message: /F or M/,
    });
    const result = expectLoaded(
      parse(lines(header, 'P1,NR,4,f', 'P2,NR,4,Male', 'P3,NR,4,', 'P4,NR,4,FEMALE')),
    );
    expect(result.cohort.patients.map((p) => p.sex)).toEqual(['F', 'M', null, 'F']);
  });

  it('parseCohort refuses an age below 0 or above 120', () => {
    const header = 'id,best_response,followup_wk,age';
    expectRefused(parse(lines(header, 'P1,NR,4,-1')), {
      row: 1,
      column: 'age',
      message: /negative/,
    });
    expectRefused(parse(lines(header, 'P1,NR,4,121')), {
      row: 1,
      column: 'age',
      message: /above 120; expected years from 0 to 120/,
    });
    expectLoaded(parse(lines(header, 'P1,NR,4,120', 'P2,NR,4,0')));
  });

  it('parseCohort refuses a negative glucocorticoid dose', () => {
    expectRefused(parse(lines('id,best_response,followup_wk,gc_baseline_mg', 'P1,NR,4,-5')), {
      row: 1,
      column: 'gc_baseline_mg',
      message: /negative; expected mg ≥ 0/,
    });
  });

  it('parseCohort refuses fever_resolved_wk when fever_baseline is 0', () => {
    const header = 'id,best_response,followup_wk,fever_baseline,fever_resolved_wk';
    expectRefused(parse(lines(header, 'P1,NR,4,0,1')), {
      row: 1,
      column: 'fever_resolved_wk',
      message: /fever_baseline is 0/,
    });
    expectLoaded(parse(lines(header, 'P1,NR,4,1,1', 'P2,NR,4,,1')));
  });

  it('parseCohort reads sae_wk, the week of the adverse event, and checks it', () => {
    const header = 'id,best_response,followup_wk,sae_related,sae_wk';
    const ok = expectLoaded(parse(lines(header, 'P1,NR,4,1,2.5', 'P2,NR,4,1,', 'P3,NR,4,0,')));
    expect(ok.cohort.columns).toEqual(['sae_related', 'sae_wk']);
    expect(ok.cohort.patients.map((p) => [p.saeRelated, p.saeWk])).toEqual([
      [true, 2.5],
      [true, null],
      [false, null],
    ]);
    expectRefused(parse(lines(header, 'P1,NR,4,0,2')), {
      row: 1,
      column: 'sae_wk',
      value: '2',
      message: /is given but sae_related is 0/,
    });
    expectRefused(parse(lines(header, 'P1,NR,4,1,6')), {
      row: 1,
      column: 'sae_wk',
      value: '6',
      message: /is after followup_wk \(week 4\)/,
    });
    expectRefused(parse(lines(header, 'P1,NR,4,1,-1')), { row: 1, column: 'sae_wk' });
  });

  it('parseCohort refuses a boolean outside 0/1, yes/no, true/false', () => {
    const header = 'id,best_response,followup_wk,sae_related';
    expectRefused(parse(lines(header, 'P1,NR,4,maybe')), {
      row: 1,
      column: 'sae_related',
      value: 'maybe',
      message: /0\/1, yes\/no or true\/false/,
    });
    const ok = expectLoaded(
      parse(lines(header, 'P1,NR,4,YES', 'P2,NR,4,no', 'P3,NR,4,True', 'P4,NR,4,0', 'P5,NR,4,1')),
    );
    expect(ok.cohort.patients.map((p) => p.saeRelated)).toEqual([true, false, true, false, true]);
  });

  it('parseCohort refuses a row with more cells than the header', () => {
    expectRefused(withRow('P3,NR,,,,,6,surplus'), {
      row: 3,
      message: /8 cells but the header has 7/,
    });
  });

  it('parseCohort refuses a duplicated header name, ignoring case', () => {
    expectRefused(parse(lines('id,best_response,followup_wk,ID', 'P1,NR,4,P1')), {
      column: 'ID',
      message: /appears twice/,
    });
  });

  it('parseCohort collects every problem, not only the first', () => {
    const result = parse(lines(HEADER, 'P1,XX,1,,,,4', 'P2,NR,,,,,abc', 'P3,PR,1,,,,0.5'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.row)).toEqual([1, 2, 3]);
  });

  it('parseCohort keeps checking the other rows after a row with too many cells', () => {
    const result = parse(lines(HEADER, 'P1,NR,,,,,4,surplus', 'P2,XX,,,,,4'));
    if (result.ok) expect.fail('expected a refusal');
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [1, null],
      [2, 'best_response'],
    ]);
  });

  it(`parseCohort lists at most ${MAX_ISSUES} problems and then says how many more`, () => {
    const bad = Array.from({ length: 80 }, (_, i) => `P${i},XX,,,,,4`);
    const result = parse(lines(HEADER, ...bad));
    if (result.ok) expect.fail('expected a refusal');
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues[MAX_ISSUES].message).toMatch(/^30 more problems not shown/);
    expect(result.issues.every((issue) => issue.file === 'cohort.csv')).toBe(true);
  });
});
