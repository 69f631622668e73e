import { dsvFormat } from 'd3-dsv';
import type { KmPoint } from '../engine/digitise/rgbaImage.ts';
import type { ImportIssue } from './issue.ts';
import { IssueList } from './IssueList.ts';
import { MAX_FILE_CHARS, MAX_PATIENTS } from './limits.ts';

/** The result of reading a points file: the points, or every problem found. */
export type ParsedKmPoints =
  { ok: true; points: KmPoint[]; header: boolean } | { ok: false; issues: ImportIssue[] };

const TIME = /^(time|t|x|months?|weeks?|days?|years?)$/i;
const SURVIVAL = /^(survival|surv|s|y|probability|prob|proportion|percent|%)$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads digitised Kaplan–Meier points, (time, survival) per row: a CSV with a `time,survival`
 * header (also `x,y`), or WebPlotDigitizer's header-less export; separated by commas, tabs or
 * semicolons, with decimal points. Survival may be a proportion or a percentage (`cleanPoints`
 * tells them apart). Blank lines are skipped; rows count from the first data row.
 * Refuses, with every problem's row, column and value, a file that is empty, has another header,
 * a row without exactly two values, or a value that is not a number.
 * @example parseKmPoints('0, 100\n2.5, 96.2', { fileName: 'wpd.csv' }) // { ok: true, points: [{ time: 0, survival: 100 }, { time: 2.5, survival: 96.2 }], header: false }
 */
export function parseKmPoints(text: string, { fileName }: { fileName: string }): ParsedKmPoints {
  const issues = new IssueList(fileName);
  if (text.length > MAX_FILE_CHARS) {
    issues.add(null, null, null, `is larger than ${MAX_FILE_CHARS} characters`);
    return { ok: false, issues: issues.list() };
  }
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  const rows = dsvFormat(delimiter)
    .parseRows(body)
    .map((cells) => cells.map((c) => c.trim()))
    .filter((cells) => cells.some((c) => c !== ''));
  if (rows.length === 0) {
    issues.add(null, null, null, 'has no points; expected rows of time and survival');
    return { ok: false, issues: issues.list() };
  }
  const header = !NUMBER.test(rows[0][0]);
  if (header) {
    const [t, s, ...rest] = rows[0];
    if (!(rest.every((c) => c === '') && TIME.test(t ?? '') && SURVIVAL.test(s ?? ''))) {
      issues.add(
        null,
        null,
        rows[0].join(delimiter),
        'is not a points header; expected "time,survival" (or no header: two numbers per row)',
      );
      return { ok: false, issues: issues.list() };
    }
  }
  const data = header ? rows.slice(1) : rows;
  if (data.length === 0) issues.add(null, null, null, 'has a header but no points');
  if (data.length > MAX_PATIENTS) {
    issues.add(null, null, null, `has more than ${MAX_PATIENTS} points`);
    return { ok: false, issues: issues.list() };
  }
  const points: KmPoint[] = [];
  data.forEach((cells, i) => {
    const row = i + 1;
    const values =
      cells.length > 2 && cells.slice(2).every((c) => c === '') ? cells.slice(0, 2) : cells;
    if (values.length !== 2) {
      issues.add(
        row,
        null,
        cells.join(delimiter),
        `has ${values.length} value${values.length === 1 ? '' : 's'}; expected time and survival`,
      );
      return;
    }
    const [time, survival] = values.map((cell, j) => {
      const column = j === 0 ? 'time' : 'survival';
      if (!NUMBER.test(cell)) {
        issues.add(row, column, cell, 'is not a number (use a decimal point, e.g. 12.5)');
        return NaN;
      }
      return Number(cell);
    });
    points.push({ time, survival });
  });
  if (issues.count > 0) return { ok: false, issues: issues.list() };
  return { ok: true, points, header };
}
