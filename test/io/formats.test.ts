import { describe, expect, it } from 'vitest';
import {
  MAX_COLUMNS,
  MAX_FIELD_CHARS,
  MAX_FILE_CHARS,
  MAX_PATIENTS,
  parseCohort,
} from '../../src/io/index.ts';
import { expectLoaded, expectRefused, lines } from './expectIssue.ts';

const csv = (text: string, fileName = 'cohort.csv') => parseCohort(text, { fileName });
const json = (value: unknown, fileName = 'cohort.json') =>
  parseCohort(typeof value === 'string' ? value : JSON.stringify(value), { fileName });

describe('parseCohort input formats', () => {
  it('parseCohort strips a BOM, accepts CRLF, CR and LF, trims cells and skips blank lines', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = `\uFEFF ID , Best_Response,response_wk,FOLLOWUP_WK${eol}${eol} P1 , pr , 1 , 4 ${eol}  ${eol}P2,NR,,3${eol}`;
      const result = expectLoaded(csv(text));
      expect(
        result.cohort.patients.map((p) => [p.id, p.bestResponse, p.responseWk, p.followupWk]),
      ).toEqual([
        ['P1', 'PR', 1, 4],
        ['P2', 'NR', null, 3],
      ]);
    }
  });

  it('parseCohort counts data rows without blank lines in its messages', () => {
    expectRefused(csv(lines('id,best_response,followup_wk', 'P1,NR,4', '', 'P2,XX,4')), {
      row: 2,
      column: 'best_response',
    });
  });

  it('parseCohort keeps quoted fields with commas, quotes and newlines', () => {
    const text = lines('id,best_response,followup_wk,note', '"P,1",NR,4,"said ""hi""\non day 2"');
    const result = expectLoaded(csv(text));
    expect(result.cohort.patients[0].id).toBe('P,1');
    expect(result.cohort.patients[0].extra).toEqual({ note: 'said "hi"\non day 2' });
  });

  it('parseCohort reads TSV by extension and by content', () => {
    const text = lines('id\tbest_response\tresponse_wk\tfollowup_wk', 'P1\tCR\t1.5\t4');
    for (const fileName of ['cohort.tsv', 'cohort.txt', 'cohort']) {
      const result = expectLoaded(csv(text, fileName));
      expect(result.cohort.patients[0].responseWk).toBe(1.5);
    }
  });

  it('parseCohort reads a semicolon-separated .csv and warns about it', () => {
    const result = expectLoaded(csv(lines('id;best_response;followup_wk', 'P1;NR;4')));
    expect(result.cohort.patients[0].followupWk).toBe(4);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/semicolon-separated/);
  });

  it('parseCohort keeps unknown columns as text in extra, with the header as written', () => {
    const text = lines(
      'id,best_response,followup_wk,Site,Dose note',
      'P1,NR,4,Beijing,12 mg',
      'P2,NR,4,,',
    );
    const result = expectLoaded(csv(text));
    expect(result.cohort.patients.map((p) => p.extra)).toEqual([
      { Site: 'Beijing', 'Dose note': '12 mg' },
      {},
    ]);
  });

  it('parseCohort matches known headers ignoring case, spaces and underscores', () => {
    const text = lines('Id,Best Response,FollowupWk,Response-WK', 'P1,CR,4,1');
    const result = expectLoaded(csv(text));
    expect(result.cohort.patients[0]).toMatchObject({
      bestResponse: 'CR',
      followupWk: 4,
      responseWk: 1,
    });
  });

  it('parseCohort names the cohort after the file and describes the source', () => {
    const result = expectLoaded(
      csv(lines('id,best_response,followup_wk', 'P1,NR,4'), 'data/hlh.2025.csv'),
    );
    expect(result.cohort.name).toBe('hlh.2025');
    expect(result.cohort.source).toBe('Uploaded file hlh.2025.csv');
    const named = parseCohort(lines('id,best_response,followup_wk', 'P1,NR,4'), {
      fileName: 'x.csv',
      name: 'Seed',
      source: 'Abstract',
    });
    expect(named.ok && [named.cohort.name, named.cohort.source]).toEqual(['Seed', 'Abstract']);
  });

  it('parseCohort lists the optional columns present, in canonical order', () => {
    const text = lines(
      'sae_related,id,best_response,followup_wk,age,loss_wk,note',
      '0,P1,NR,4,50,,x',
    );
    const result = expectLoaded(csv(text));
    expect(result.cohort.columns).toEqual(['loss_wk', 'age', 'sae_related']);
  });
});

describe('parseCohort warnings', () => {
  it('parseCohort warns about an entirely blank column and leaves a blank measurement out of columns', () => {
    const text = lines(
      'id,best_response,followup_wk,age,death_wk,note',
      'P1,NR,4,,,',
      'P2,NR,5,,,',
    );
    const result = expectLoaded(csv(text));
    expect(result.cohort.columns).toEqual(['death_wk']);
    const byColumn = Object.fromEntries(result.warnings.map((w) => [w.column, w.message]));
    expect(byColumn.age).toMatch(/blank for every patient: read as not recorded/);
    expect(byColumn.death_wk).toMatch(/read as no event/);
    expect(byColumn.note).toMatch(/ignored/);
  });

  it('parseCohort warns about a short row and reads its missing cells as blank', () => {
    const result = expectLoaded(csv(lines('id,best_response,followup_wk,age', 'P1,NR,4')));
    expect(result.cohort.patients[0].age).toBeNull();
    expect(result.warnings[0]).toMatchObject({ row: 1, message: expect.stringMatching(/3 cells/) });
  });

  it('parseCohort warns about an event after death', () => {
    const text = lines('id,best_response,response_wk,death_wk,followup_wk', 'P1,PR,3,2,4');
    const result = expectLoaded(csv(text));
    expect(result.warnings).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'response_wk',
        message: expect.stringMatching(/after death_wk \(week 2\); check the record/),
      }),
    ]);
  });

  it('parseCohort gives no warnings for a clean file', () => {
    const text = lines('id,best_response,response_wk,followup_wk,age', 'P1,PR,1,4,40');
    expect(expectLoaded(csv(text)).warnings).toEqual([]);
  });
});

describe('parseCohort JSON', () => {
  const patient = { id: 'P1', best_response: 'PR', response_wk: 1, followup_wk: 4 };

  it('parseCohort reads a JSON array of patient objects', () => {
    const result = expectLoaded(json([patient, { id: 'P2', best_response: 'NR', followup_wk: 3 }]));
    expect(result.cohort.name).toBe('cohort');
    expect(result.cohort.patients.map((p) => [p.id, p.responseWk])).toEqual([
      ['P1', 1],
      ['P2', null],
    ]);
  });

  it('parseCohort reads { name, source, patients } and takes the name and source from the file', () => {
    const result = expectLoaded(
      json({ name: 'Seed', source: 'Abstract 2025', patients: [patient] }),
    );
    expect([result.cohort.name, result.cohort.source]).toEqual(['Seed', 'Abstract 2025']);
  });

  it('parseCohort accepts numeric strings, null, JSON booleans and 0/1 in JSON', () => {
    const result = expectLoaded(
      json([
        { ...patient, response_wk: ' 1.5 ', age: null, fever_baseline: true, sae_related: 0 },
        { ...patient, id: 7, fever_baseline: 'no', sae_related: 'TRUE' },
      ]),
    );
    const [a, b] = result.cohort.patients;
    expect([a.responseWk, a.age, a.feverBaseline, a.saeRelated]).toEqual([1.5, null, true, false]);
    expect([b.id, b.feverBaseline, b.saeRelated]).toEqual(['7', false, true]);
  });

  it('parseCohort reads the camelCase fields and nested extra of exported patients', () => {
    const exported = {
      id: 'P1',
      bestResponse: 'CR',
      responseWk: 1,
      crWk: 2,
      lossWk: null,
      deathWk: null,
      followupWk: 5,
      age: 30,
      sex: 'F',
      feverBaseline: null,
      feverResolvedWk: null,
      gcBaselineMg: 20,
      gcHalvedWk: 1,
      saeRelated: false,
      extra: { site: 'A' },
    };
    const result = expectLoaded(json({ name: 'n', source: 's', patients: [exported] }));
    expect(result.cohort.patients[0]).toEqual(exported);
  });

  it('parseCohort refuses malformed JSON and gives the position', () => {
    const issue = expectRefused(json('[{"id": "P1",\n "best_response": }]'), {
      row: null,
      message: /malformed JSON at line 2, column \d+/,
    });
    expect(issue.file).toBe('cohort.json');
    expectRefused(json('[{"id": "P1"'), { message: /malformed JSON at line 1, column 13/ });
  });

  it('parseCohort refuses a JSON value of the wrong type', () => {
    expectRefused(json([{ ...patient, followup_wk: { weeks: 4 } }]), {
      row: 1,
      column: 'followup_wk',
      value: '{"weeks":4}',
      message: /is an object; expected weeks ≥ 0/,
    });
    expectRefused(json([{ ...patient, response_wk: [1] }]), {
      column: 'response_wk',
      message: /is a list/,
    });
    expectRefused(json([{ ...patient, response_wk: true }]), {
      column: 'response_wk',
      message: /true\/false/,
    });
    expectRefused(json([{ ...patient, id: { a: 1 } }]), { column: 'id', message: /expected text/ });
    expectRefused(json([{ ...patient, sex: 1 }]), { column: 'sex', message: /is a number/ });
  });

  it('parseCohort keeps a JSON list or object of an extra column as JSON text, within the cell limits', () => {
    const kept = expectLoaded(json([{ ...patient, labs: { ferritin: [900, 450] } }]));
    expect(kept.cohort.patients[0].extra.labs).toBe('{"ferritin":[900,450]}');
    expectRefused(json([{ ...patient, labs: new Array(MAX_FIELD_CHARS).fill(1) }]), {
      row: 1,
      column: 'labs',
      message: new RegExp(`characters long as JSON text; at most ${MAX_FIELD_CHARS} are allowed`),
    });
    let deep: unknown = 1;
    for (let i = 0; i < 25; i++) deep = [deep];
    expectRefused(json([{ ...patient, labs: deep }]), {
      row: 1,
      column: 'labs',
      message: /nests lists or objects more than 20 levels deep/,
    });
  });

  it('parseCohort refuses a JSON document that is not a cohort', () => {
    expectRefused(json('42'), { message: /is a JSON number; expected an array of patients/ });
    expectRefused(json({ people: [] }), { column: 'patients', message: /missing or not an array/ });
    expectRefused(json([]), { message: /no patients/ });
    expectRefused(json([patient, 'P2']), { row: 2, message: /is a JSON string, not a patient/ });
  });

  it('parseCohort refuses a JSON patient with the same field twice in different case', () => {
    expectRefused(json('[{"id":"P1","ID":"P2","best_response":"NR","followup_wk":1}]'), {
      row: 1,
      column: 'ID',
      message: /repeats the field "id"/,
    });
  });

  it('parseCohort keeps unknown JSON fields as text, objects as JSON text', () => {
    const result = expectLoaded(
      json([{ ...patient, site: 3, labs: { ferritin: 900 }, flag: false }]),
    );
    expect(result.cohort.patients[0].extra).toEqual({
      site: '3',
      labs: '{"ferritin":900}',
      flag: 'false',
    });
  });

  it('parseCohort keeps a "__proto__" column as an ordinary extra field', () => {
    const result = expectLoaded(
      json('[{"id":"P1","best_response":"NR","followup_wk":1,"__proto__":"x"}]'),
    );
    expect(Object.keys(result.cohort.patients[0].extra)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.cohort.patients[0].extra)).toBe(Object.prototype);
  });
});

describe('parseCohort date columns', () => {
  const header = 'id,best_response,start_date,response_date,loss_date,last_followup_date';

  it('parseCohort converts dates to weeks from start_date (days / 7)', () => {
    const result = expectLoaded(
      csv(lines(header, 'P1,PR,2025-01-01,2025-01-08,2025-01-11,2025-03-01')),
    );
    const p = result.cohort.patients[0];
    expect([p.responseWk, p.lossWk, p.followupWk]).toEqual([1, 10 / 7, 59 / 7]);
    expect(result.cohort.columns).toEqual(['loss_wk']);
  });

  it('parseCohort refuses impossible or malformed dates', () => {
    for (const date of ['2025-02-30', '2025-13-01', '2023-02-29']) {
      expectRefused(csv(lines(header, `P1,PR,2025-01-01,2025-01-08,,${date}`)), {
        row: 1,
        column: 'last_followup_date',
        value: date,
        message: /not a real calendar date; expected a date YYYY-MM-DD/,
      });
    }
    for (const date of ['01/02/2025', '2025-1-2', '2025-01-02T00:00']) {
      expectRefused(csv(lines(header, `P1,PR,2025-01-01,${date},,2025-03-01`)), {
        column: 'response_date',
        message: /is not a date/,
      });
    }
    expectLoaded(csv(lines(header, 'P1,PR,2024-02-29,2024-03-07,,2024-04-01')));
  });

  it('parseCohort refuses a date before start_date', () => {
    expectRefused(csv(lines(header, 'P1,PR,2025-01-10,2025-01-08,,2025-03-01')), {
      column: 'response_date',
      message: /before start_date/,
    });
  });

  it('parseCohort refuses date columns without start_date', () => {
    expectRefused(csv(lines('id,best_response,response_date,followup_wk', 'P1,PR,2025-01-08,4')), {
      row: null,
      column: 'start_date',
      message: /needed to convert response_date/,
    });
    expectRefused(csv(lines(header, 'P1,PR,,2025-01-08,,2025-03-01')), {
      row: 1,
      column: 'response_date',
      message: /start_date is blank/,
    });
  });

  it('parseCohort accepts a week column and its date column when they agree, and refuses a conflict', () => {
    const both = 'id,best_response,start_date,response_date,response_wk,followup_wk';
    const agree = expectLoaded(csv(lines(both, 'P1,PR,2025-01-01,2025-01-11,1.43,4')));
    expect(agree.cohort.patients[0].responseWk).toBe(1.43);
    const filled = expectLoaded(csv(lines(both, 'P1,PR,2025-01-01,2025-01-15,,4')));
    expect(filled.cohort.patients[0].responseWk).toBe(2);
    expectRefused(csv(lines(both, 'P1,PR,2025-01-01,2025-01-15,3,4')), {
      row: 1,
      column: 'response_date',
      message: /is day 14 after start_date but response_wk is week 3; give one or make them agree/,
    });
  });

  it('parseCohort applies the time rules to converted dates', () => {
    expectRefused(csv(lines(header, 'P1,PR,2025-01-01,2025-04-01,,2025-03-01')), {
      column: 'response_wk',
      message: /after followup_wk/,
    });
  });
});

describe('parseCohort limits', () => {
  it('parseCohort refuses a file beyond MAX_FILE_CHARS without parsing it', () => {
    const text = 'x'.repeat(MAX_FILE_CHARS + 1);
    expectRefused(csv(text), { row: null, message: new RegExp(`at most ${MAX_FILE_CHARS}`) });
  });

  it('parseCohort refuses more than MAX_PATIENTS patients', () => {
    const text = `id,best_response,followup_wk\n${'P,NR,1\n'.repeat(MAX_PATIENTS + 1)}`;
    expectRefused(csv(text), {
      row: null,
      message: new RegExp(`more than ${MAX_PATIENTS} patients`),
    });
    const list = JSON.stringify(Array.from({ length: MAX_PATIENTS + 1 }, () => 0));
    expectRefused(json(list), { row: null, message: /at most 200000/ });
  });

  it('parseCohort refuses more than MAX_COLUMNS columns', () => {
    const header = ['id', 'best_response', 'followup_wk'];
    for (let i = header.length; i <= MAX_COLUMNS; i += 1) header.push(`c${i}`);
    expectRefused(csv(lines(header.join(','), 'P1,NR,1')), { message: /at most 200 are allowed/ });
  });

  it('parseCohort refuses a field longer than MAX_FIELD_CHARS', () => {
    const long = 'a'.repeat(MAX_FIELD_CHARS + 1);
    expectRefused(csv(lines('id,best_response,followup_wk,note', `P1,NR,1,${long}`)), {
      row: 1,
      column: 'note',
      message: /characters long; at most 10000/,
    });
    expectRefused(csv(lines('id,best_response,followup_wk', `${long},NR,1`)), { column: 'id' });
  });
});
