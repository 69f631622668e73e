import type { Cohort } from '../engine/cohort.ts';
import type { Grouping } from '../engine/groupPatients.ts';
import { knownColumn } from '../io/columns.ts';
import { UsageError } from './command.ts';

/** The extra columns of a cohort, in the order first seen. */
function extraColumns(cohort: Cohort): string[] {
  return [...new Set(cohort.patients.flatMap((p) => Object.keys(p.extra)))];
}

/**
 * Reads `--group`: `sex`, `best_response`, `age:C1,C2,…` (age bands cut at those years) or the
 * name of an extra column (any case), refusing a column the cohort lacks with one line that
 * lists what can be used.
 * @example groupingArg('age:40,65', cohort) // { by: 'age', cuts: [40, 65] }
 */
export function groupingArg(value: string, cohort: Cohort): Grouping {
  const extras = extraColumns(cohort);
  const allowed = ['sex', 'best_response', 'age:CUTS', ...extras].join(', ');
  const [name, cutText] = value.split(/:(.*)/s, 2);
  const known = knownColumn(name);
  if (known?.name === 'age') {
    if (cutText === undefined || cutText.trim() === '')
      throw new UsageError('--group age needs cut points in years, e.g. --group age:40,65');
    const cuts = cutText.split(',').map((c) => {
      const v = Number(c);
      if (c.trim() === '' || !Number.isFinite(v))
        throw new UsageError(`--group age: "${c}" is not an age; use years like age:40,65`);
      return v;
    });
    if (new Set(cuts).size !== cuts.length)
      throw new UsageError(`--group age: a cut point is repeated in "${cutText}"`);
    if (!cohort.columns.includes('age'))
      throw new UsageError('--group age: the cohort has no age column');
    return { by: 'age', cuts };
  }
  if (cutText !== undefined)
    throw new UsageError(`--group ${name}: only age takes cut points (age:40,65)`);
  if (known?.name === 'sex') {
    if (!cohort.columns.includes('sex'))
      throw new UsageError('--group sex: the cohort has no sex column');
    return { by: 'sex' };
  }
  if (known?.name === 'best_response') return { by: 'best_response' };
  const column = extras.find((c) => c.trim().toLowerCase() === name.trim().toLowerCase());
  if (column !== undefined) return { by: 'extra', column };
  throw new UsageError(
    known
      ? `--group: ${known.name} is not a grouping column; use one of ${allowed}`
      : `--group: no column "${name}" in the cohort; use one of ${allowed}`,
  );
}
