import type { Cohort } from '../engine/cohort.ts';
import {
  groupPatients,
  MAX_GROUPS,
  type Grouping,
  type PatientGroups,
} from '../engine/groupPatients.ts';
import { readGrouping } from '../io/readGrouping.ts';

/** A grouping asked for by its text, with its groups, or why it cannot be used for this cohort. */
export type GroupingChoice =
  | { ok: true; text: string; grouping: Grouping; groups: PatientGroups }
  | { ok: false; text: string; message: string };

/**
 * Resolves a grouping's text (`sex`, `best_response`, `age:40,65`, a column name) against a
 * cohort: its groups when there are two to `MAX_GROUPS` of them, otherwise one sentence saying why
 * not (no such column, too many values, a single group, no patient with a value).
 * @example resolveGrouping('sex', hlh) // { ok: true, grouping: { by: 'sex' }, groups: { groups: [F (16), M (2)], … } }
 */
export function resolveGrouping(text: string, cohort: Cohort): GroupingChoice {
  const refuse = (message: string): GroupingChoice => ({ ok: false, text, message });
  const read = readGrouping(text, cohort);
  if (!read.ok) return refuse(`Cannot group by "${text}": ${read.message}.`);
  let groups: PatientGroups;
  try {
    groups = groupPatients(cohort.patients, read.grouping);
  } catch (error) {
    return refuse(`Cannot group by "${text}": ${error instanceof Error ? error.message : error}.`);
  }
  const what = groups.label;
  if (groups.groups.length === 0) return refuse(`Cannot group by ${what}: no patient has a value.`);
  if (groups.groups.length === 1) {
    const [only] = groups.groups;
    const size = only.patients.length;
    const left = groups.missing > 0 ? `; ${groups.missing} without a value left out` : '';
    return refuse(
      `Cannot group by ${what}: every patient with a value is in one group, ${only.value} (${size} ${size === 1 ? 'patient' : 'patients'}${left}); there is nothing to compare.`,
    );
  }
  if (groups.groups.length > MAX_GROUPS)
    return refuse(
      `Cannot group by ${what}: it makes ${groups.groups.length} groups; use at most ${MAX_GROUPS}.`,
    );
  return { ok: true, text, grouping: read.grouping, groups };
}
