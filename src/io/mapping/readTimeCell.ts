import { toWeeks, type TimeUnit } from '../../engine/timeUnit.ts';
import { isMissingValue } from '../missingValue.ts';
import { statedUnit } from './statedUnit.ts';

/**
 * Converts a time cell of a column in `unit` to weeks: a number, numeric text, or numeric text
 * with a unit (`14 d`, `2 weeks`) that must be the column's unit; a missing-value marker (`NA`)
 * is blank. Anything else is returned as
 * it is, for the column reader to refuse with its usual message; a different unit gives an error.
 * @example readTimeCell('14', 'days') // 2
 */
export function readTimeCell(cell: unknown, unit: TimeUnit): unknown | { mixed: TimeUnit } {
  if (typeof cell === 'number') return Number.isFinite(cell) ? toWeeks(cell, unit) : cell;
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  if (text === '' || isMissingValue(text)) return '';
  const stated = statedUnit(text);
  if (stated) return stated.unit === unit ? toWeeks(stated.value, unit) : { mixed: stated.unit };
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
    return unit === 'weeks' ? text : toWeeks(Number(text), unit);
  }
  return cell;
}
