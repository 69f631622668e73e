import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/io/detectFormat.ts';
import { IssueList } from '../../src/io/IssueList.ts';
import { isoDateDays } from '../../src/io/isoDate.ts';
import { formatIssue } from '../../src/io/index.ts';

describe('formatIssue', () => {
  it('formatIssue names file, row, column and value, then the message', () => {
    const issue = {
      file: 'cohort.csv',
      row: 3,
      column: 'response_wk',
      value: 'abc',
      message: 'is not a number; expected weeks ≥ 0',
    };
    expect(formatIssue(issue, 'cli')).toBe(
      'cohort.csv, row 3, column response_wk: "abc" is not a number; expected weeks ≥ 0',
    );
  });

  it('formatIssue leaves out what is not known', () => {
    expect(
      formatIssue(
        { file: 'a.json', row: null, column: null, value: null, message: 'is empty' },
        'cli',
      ),
    ).toBe('a.json: is empty');
    expect(
      formatIssue(
        { file: 'a.csv', row: null, column: 'id', value: null, message: 'is missing' },
        'cli',
      ),
    ).toBe('a.csv, column id: is missing');
  });

  it('formatIssue escapes control characters and shortens long values', () => {
    const line = formatIssue(
      {
        file: 'a.csv',
        row: 1,
        column: 'id',
        value: `a\nb\t\u0000${'x'.repeat(100)}`,
        message: 'm',
      },
      'cli',
    );
    expect(line).toBe(`a.csv, row 1, column id: "a\\nb\\t\\u0000${'x'.repeat(48)}…" m`);
  });
});

describe('isoDateDays', () => {
  it('isoDateDays reads real dates as days since 1970-01-01', () => {
    expect(isoDateDays('1970-01-01')).toBe(0);
    expect(isoDateDays('1970-01-08')).toBe(7);
    expect(isoDateDays('2024-02-29')! - isoDateDays('2024-02-28')!).toBe(1);
    expect(isoDateDays('0100-01-01')! - isoDateDays('0099-12-31')!).toBe(1);
  });

  it('isoDateDays refuses impossible and malformed dates', () => {
    for (const text of [
      '2025-02-30',
      '2023-02-29',
      '2025-04-31',
      '2025-00-10',
      '2025-13-01',
      '2025-01-00',
      '2025-1-1',
      '25-01-01',
      '2025-01-01T00:00',
      ' 2025-01-01',
      '',
    ]) {
      expect(isoDateDays(text), text).toBeNull();
    }
  });
});

describe('detectFormat', () => {
  it('detectFormat uses the extension, then the content', () => {
    expect(detectFormat('a.json', 'id')).toEqual({ kind: 'json' });
    expect(detectFormat('a.csv', ' [ {}]')).toEqual({ kind: 'json' });
    expect(detectFormat('a.tsv', 'id,best_response')).toEqual({
      kind: 'delimited',
      delimiter: '\t',
    });
    expect(detectFormat('a.csv', 'id\tbest,response')).toEqual({
      kind: 'delimited',
      delimiter: ',',
    });
    expect(detectFormat('a.txt', 'id\tbest_response\tx,y')).toEqual({
      kind: 'delimited',
      delimiter: '\t',
    });
    expect(detectFormat('a', 'id;best_response')).toEqual({ kind: 'delimited', delimiter: ';' });
    expect(detectFormat('', 'id')).toEqual({ kind: 'delimited', delimiter: ',' });
  });
});

describe('IssueList', () => {
  it('IssueList keeps the first 50 issues and counts the rest in a final one', () => {
    const list = new IssueList('a.csv');
    for (let i = 1; i <= 51; i += 1) list.add(i, 'id', null, 'is empty');
    expect(list.count).toBe(51);
    expect(list.list()).toHaveLength(51);
    expect(list.list()[50].message).toBe('1 more problem not shown (only the first 50 are listed)');
  });
});
