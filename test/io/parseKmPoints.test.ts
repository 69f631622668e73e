import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/io/issue.ts';
import { parseKmPoints } from '../../src/io/parseKmPoints.ts';

const parse = (text: string) => parseKmPoints(text, { fileName: 'points.csv' });
const problems = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues.map((i) => formatIssue(i, 'cli'));
};

describe('parseKmPoints', () => {
  it('reads a time,survival CSV', () => {
    expect(parse('time,survival\n0,1\n2.5,0.96\n\n4,0.9\n')).toEqual({
      ok: true,
      header: true,
      points: [
        { time: 0, survival: 1 },
        { time: 2.5, survival: 0.96 },
        { time: 4, survival: 0.9 },
      ],
    });
  });

  it("reads WebPlotDigitizer's header-less export, with commas or tabs", () => {
    const wpd = parse('\uFEFF0.1234, 99.87\r\n5.5, 96.2\r\n');
    expect(wpd).toEqual({
      ok: true,
      header: false,
      points: [
        { time: 0.1234, survival: 99.87 },
        { time: 5.5, survival: 96.2 },
      ],
    });
    expect(parse('1\t0.5\n2\t0.25').ok).toBe(true);
    expect(parse('x;y\n1;0.5').ok).toBe(true);
    expect(parse('1e-3,1\n').ok).toBe(true);
  });

  it('refuses another header, missing values and decimal commas, with rows and columns', () => {
    expect(problems('id,response\n1,2')).toEqual([
      'points.csv: "id,response" is not a points header; expected "time,survival" (or no header: two numbers per row)',
    ]);
    expect(problems('0,1\n2\n3;0,5\n4,abc')).toEqual([
      'points.csv, row 2: "2" has 1 value; expected time and survival',
      'points.csv, row 3, column time: "3;0" is not a number (use a decimal point, e.g. 12.5)',
      'points.csv, row 4, column survival: "abc" is not a number (use a decimal point, e.g. 12.5)',
    ]);
    expect(problems('1;0,5\n2;0,4')).toEqual([
      'points.csv, row 1, column survival: "0,5" is not a number (use a decimal point, e.g. 12.5)',
      'points.csv, row 2, column survival: "0,4" is not a number (use a decimal point, e.g. 12.5)',
    ]);
    expect(problems('')).toEqual(['points.csv: has no points; expected rows of time and survival']);
    expect(problems('time,survival\n')).toEqual(['points.csv: has a header but no points']);
  });
});
