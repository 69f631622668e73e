import type { Cohort } from '../engine/cohort.ts';
import type { Grouping } from '../engine/groupPatients.ts';
import { readGrouping } from '../io/readGrouping.ts';
import { UsageError } from './command.ts';

/**
 * Reads `--group` with `readGrouping` (`sex`, `best_response`, `age:C1,C2,…` or the name of an
 * extra column), refusing what it refuses with its one line.
 * @example groupingArg('age:40,65', cohort) // { by: 'age', cuts: [40, 65] }
 */
export function groupingArg(value: string, cohort: Cohort): Grouping {
  const read = readGrouping(value, cohort);
  if (!read.ok) throw new UsageError(`--group: ${read.message}`);
  return read.grouping;
}
