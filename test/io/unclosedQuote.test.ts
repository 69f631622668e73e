import { describe, expect, it } from 'vitest';
import { parseCohort } from '../../src/io/index.ts';
import { unclosedQuote } from '../../src/io/unclosedQuote.ts';
import { expectLoaded, expectRefused } from './expectIssue.ts';

describe('unclosedQuote', () => {
  it('finds the line and cell of a quote that never closes', () => {
    expect(unclosedQuote('id,name\nP1,"Smith\nP2,Jones\n', ',')).toEqual({ line: 2, cell: 2 });
    expect(unclosedQuote('id;name\r\nP1;x\r\n"P2;y', ';')).toEqual({ line: 3, cell: 1 });
  });

  it('accepts closed quotes, doubled quotes, quoted line breaks and quotes inside a cell', () => {
    expect(unclosedQuote('id,note\nP1,"a ""b"", c"\nP2,"two\nlines"\nP3,5" tall\n', ',')).toBe(
      null,
    );
    expect(unclosedQuote('', ',')).toBe(null);
  });
});

describe('parseCohort with an unbalanced quote', () => {
  it('names the line where the quote opens instead of a later symptom', () => {
    const text = 'id,best_response,followup_wk,note\nP1,CR,4,"fine"\nP2,NR,3,"open\nP3,PR,5,x\n';
    expectRefused(parseCohort(text, { fileName: 'ward.csv' }), {
      message: /quote that opens cell 4 of line 3 and is never closed/,
    });
    expectLoaded(parseCohort(text.replace('"open', '"open"'), { fileName: 'ward.csv' }));
  });
});
