import type { Patient, ResponseCode } from '../cohort.ts';
import type { CensoringKind } from './censoredObservation.ts';
import { visitGrid } from './visitGrid.ts';

/** How the user may ask the times to be read: as detected from the data, or stated. */
export const CENSORING_CHOICES = ['auto', 'right', 'interval'] as const satisfies readonly (
  'auto' | CensoringKind
)[];
/** One way to read the times. */
export type CensoringChoice = (typeof CENSORING_CHOICES)[number];

/**
 * How a cohort's times are read for fitting, and the visit spacing of its schedule: `auto` reads
 * them as interval-censored when they sit on a visit grid (`visitGrid`) or a spacing is stated,
 * else as exact; `interval` needs a grid or a stated spacing (a RangeError says so otherwise);
 * `right` reads them as exact whatever the grid. `visitWk` is the stated spacing, else the
 * detected one (`null` when there is none), also under `right`: it is the schedule of the study.
 * @example resolveCensoring(hlh.patients, { censoring: 'auto', responders }) // { censoring: 'interval', visitWk: 1 }
 */
export function resolveCensoring(
  patients: readonly Patient[],
  {
    censoring,
    visitWk,
    responders,
  }: { censoring: CensoringChoice; visitWk?: number; responders: readonly ResponseCode[] },
): { censoring: CensoringKind; visitWk: number | null } {
  if (visitWk !== undefined && !(Number.isFinite(visitWk) && visitWk > 0))
    throw new RangeError(`the visit spacing must be a number of weeks above 0, got ${visitWk}`);
  const spacing = visitWk ?? visitGrid(patients, responders);
  if (censoring === 'interval' && spacing === null)
    throw new RangeError(
      'interval censoring needs a visit spacing: the response and loss times are not all on a grid of whole or half weeks, so state the spacing',
    );
  const kind = censoring === 'auto' ? (spacing === null ? 'right' : 'interval') : censoring;
  return { censoring: kind, visitWk: spacing };
}
