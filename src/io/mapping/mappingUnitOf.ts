import type { TimeUnit } from '../../engine/timeUnit.ts';
import type { InputFormat } from '../importFiles.ts';
import { timeUnitOf } from '../timeUnitOf.ts';
import { visitTimeSource } from '../visits/visitColumns.ts';
import type { ColumnMapping } from './columnMapping.ts';

/** ADSL columns an ADaM cohort takes in weeks; every other time comes from dates, in days. */
const ADAM_WEEKS = new Set(['fever_resolved_wk', 'gc_halved_wk']);

/**
 * The unit each time of a cohort read from files was given in, from how it was read (what a
 * link, a bundle and a session keep): the mapping's unit of the field (`timeUnitOf`: days for a
 * field given by its date), the visits' unit for the times derived from visits
 * (`visitTimeSource`), days for ADaM's
 * dates, weeks for files read as they are. For showing a patient's times as the file had them.
 * @example mappingUnitOf({ version: 1, layout: 'visits', time_unit: 'days', columns: { visit_wk: 'Day' } }, 'visits')('response_wk') // 'days'
 */
export function mappingUnitOf(
  mapping: ColumnMapping | null,
  format: InputFormat,
): (column: string) => TimeUnit {
  if (format === 'adam') return (column) => (ADAM_WEEKS.has(column) ? 'weeks' : 'days');
  if (mapping === null) return () => 'weeks';
  const fields = { ...(mapping.patient_columns ?? {}), ...mapping.columns };
  const present = new Set(Object.keys(fields).filter((f) => fields[f] !== undefined));
  const units = Object.fromEntries(
    [...present].map((f) => [f, mapping.units?.[f] ?? mapping.time_unit]),
  );
  return (column) => {
    const name = format === 'visits' ? visitTimeSource(column, present) : column;
    return timeUnitOf({ units }, present, name);
  };
}
