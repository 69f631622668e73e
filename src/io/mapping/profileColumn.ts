import { isMissingValue } from '../missingValue.ts';
import type { TimeUnit } from '../../engine/timeUnit.ts';
import { responseWord } from './responseWord.ts';
import { statedUnit } from './statedUnit.ts';

/** What a column's values look like, for suggesting what it is. */
export interface ColumnProfile {
  index: number;
  header: string;
  /** Non-blank cells (a missing-value marker such as `NA` counts as blank, but is in `distinct`). */
  filled: number;
  rows: number;
  /** Shares of the non-blank cells that are numbers (or numeric text), ISO or d/m/y dates, and response words. */
  numeric: number;
  dates: number;
  responses: number;
  /**
   * The unit the values state, when some are written with one (`6 months`) and all of those
   * name the same unit; they count as numbers.
   */
  valueUnit: TimeUnit | null;
  /** Whether every number is a whole number ≥ 0. */
  wholeNumbers: boolean;
  max: number | null;
  /** Distinct values (as text) with their counts, in order of first appearance. */
  distinct: Map<string, number>;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})$/;

/**
 * Profiles one column of a raw table: how full it is, how many of its values look like
 * numbers (plain, or with a unit: `6 months`), dates or responses, and the unit they state.
 * @example profileColumn(table, 2).numeric // 1 for a column of days
 */
export function profileColumn(
  table: { columns: string[]; rows: { cells: unknown[] }[] },
  index: number,
): ColumnProfile {
  let filled = 0;
  let numeric = 0;
  let dates = 0;
  let responses = 0;
  let wholeNumbers = true;
  let max: number | null = null;
  const distinct = new Map<string, number>();
  const stated = new Set<TimeUnit>();
  for (const { cells } of table.rows) {
    const cell = cells[index];
    if (cell === undefined || cell === null || cell === '') continue;
    const text = typeof cell === 'string' ? cell.trim() : String(cell);
    distinct.set(text, (distinct.get(text) ?? 0) + 1);
    if (isMissingValue(cell)) continue;
    filled += 1;
    if (typeof cell === 'number' || NUMBER.test(text)) {
      numeric += 1;
      const value = Number(text);
      if (!Number.isInteger(value) || value < 0) wholeNumbers = false;
      if (max === null || value > max) max = value;
    } else if (DATE.test(text)) {
      dates += 1;
    } else if (typeof cell === 'string') {
      const unit = statedUnit(text)?.unit;
      if (unit !== undefined) {
        numeric += 1;
        stated.add(unit);
      }
    }
    if (typeof cell === 'string' && responseWord(text) !== null) responses += 1;
  }
  const share = (n: number): number => (filled === 0 ? 0 : n / filled);
  return {
    index,
    header: table.columns[index],
    filled,
    rows: table.rows.length,
    numeric: share(numeric),
    dates: share(dates),
    responses: share(responses),
    valueUnit: stated.size === 1 ? [...stated][0] : null,
    wholeNumbers: wholeNumbers && numeric > 0,
    max,
    distinct,
  };
}
