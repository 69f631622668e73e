import type { TimeUnit } from '../engine/timeUnit.ts';
import { DATE_TWIN } from './visits/visitColumns.ts';
import type { RawTable } from './rawTable.ts';

/**
 * The unit a week column's times were given in, for messages to speak in it (`showTime`): the
 * mapping's unit for a column a mapping converted (`table.units`), weeks for a week column read as
 * it is, and days (since the start of treatment) when the table has only the column's date twin.
 * `present` holds the canonical names of the table's columns.
 * @example timeUnitOf({ units: { visit_wk: 'days' } }, new Set(['visit_wk']), 'visit_wk') // 'days'
 * @example timeUnitOf({}, new Set(['death_date']), 'death_wk') // 'days'
 */
export function timeUnitOf(
  table: Pick<RawTable, 'units'>,
  present: ReadonlySet<string>,
  column: string,
): TimeUnit {
  if (present.has(column)) return table.units?.[column] ?? 'weeks';
  const date = DATE_TWIN.get(column);
  return date !== undefined && present.has(date) ? 'days' : 'weeks';
}
