import type { Cohort } from '../engine/cohort.ts';
import type { Grouping } from '../engine/groupPatients.ts';
import { knownColumn } from './columns.ts';

/** A grouping read from its text, or why the text names none of this cohort. */
export type GroupingRead = { ok: true; grouping: Grouping } | { ok: false; message: string };

/** The extra columns of a cohort, in the order first seen. */
function extraColumns(cohort: Cohort): string[] {
  return [...new Set(cohort.patients.flatMap((p) => Object.keys(p.extra)))];
}

/**
 * Reads a grouping as the command line's `--group` and the link's `by` write it: `sex`,
 * `best_response`, `age:C1,C2,…` (age bands cut at those years) or the name of an extra column
 * (any case; a column whose name has a colon is matched whole first). A column the cohort lacks,
 * a known column that is not a grouping, or bad cut points give a one-line message that says what
 * can be used. Whether the groups can be compared (how many values) is `groupPatients`'s to say.
 * @example readGrouping('age:40,65', cohort) // { ok: true, grouping: { by: 'age', cuts: [40, 65] } }
 */
export function readGrouping(text: string, cohort: Cohort): GroupingRead {
  const refuse = (message: string): GroupingRead => ({ ok: false, message });
  const extras = extraColumns(cohort);
  const sameName = (column: string, name: string) =>
    column.trim().toLowerCase() === name.trim().toLowerCase();
  const whole = extras.find((c) => sameName(c, text));
  if (whole !== undefined && text.includes(':'))
    return { ok: true, grouping: { by: 'extra', column: whole } };
  const allowed = ['sex', 'best_response', 'age:CUTS', ...extras].join(', ');
  const [name, cutText] = text.split(/:(.*)/s, 2);
  const known = knownColumn(name);
  if (known?.name === 'age') {
    if (cutText === undefined || cutText.trim() === '')
      return refuse('age needs cut points in years, e.g. age:40,65');
    const cuts: number[] = [];
    for (const c of cutText.split(',')) {
      const v = Number(c);
      if (c.trim() === '' || !Number.isFinite(v))
        return refuse(`"${c.trim()}" is not an age; use years like age:40,65`);
      cuts.push(v);
    }
    if (new Set(cuts).size !== cuts.length)
      return refuse(`a cut point is repeated in "${cutText}"`);
    if (!cohort.columns.includes('age')) return refuse('the cohort has no age column');
    return { ok: true, grouping: { by: 'age', cuts } };
  }
  if (cutText !== undefined) return refuse(`only age takes cut points (age:40,65), not ${name}`);
  if (known?.name === 'sex') {
    if (!cohort.columns.includes('sex')) return refuse('the cohort has no sex column');
    return { ok: true, grouping: { by: 'sex' } };
  }
  if (known?.name === 'best_response') return { ok: true, grouping: { by: 'best_response' } };
  const column = extras.find((c) => sameName(c, name));
  if (column !== undefined) return { ok: true, grouping: { by: 'extra', column } };
  return refuse(
    known
      ? `${known.name} is not a grouping column; use one of ${allowed}`
      : `no column "${name}" in the cohort; use one of ${allowed}`,
  );
}

/**
 * A grouping written as `readGrouping` reads it.
 * @example writeGrouping({ by: 'age', cuts: [40, 65] }) // 'age:40,65'
 */
export function writeGrouping(grouping: Grouping): string {
  switch (grouping.by) {
    case 'age':
      return `age:${grouping.cuts.join(',')}`;
    case 'extra':
      return grouping.column;
    default:
      return grouping.by;
  }
}
