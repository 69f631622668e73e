import type { Cohort, OptionalColumn, ResponseCode } from '../cohort.ts';
import { blankPatient } from '../blankPatient.ts';
import type { SurvivalObservation } from '../kaplanMeier.ts';
import { toWeeks, type TimeUnit } from './timeUnit.ts';

/** What a Kaplan–Meier figure shows. */
export type KmEndpoint = 'dor' | 'ttr' | 'os';

/** Options of `reconstructionToCohort`. */
export interface CohortOptions {
  endpoint: KmEndpoint;
  /** Unit of the figure's time axis (converted to weeks). */
  unit: TimeUnit;
  /** Week each response began, for a duration-of-response figure (default 0). */
  onsetWk?: number;
  /**
   * Best response written for the patients the figure does not grade: the responders of a DOR
   * figure and the responders of a TTR figure (default PR), everyone in a survival figure
   * (default NE: the figure says nothing about response).
   */
  bestResponse?: ResponseCode;
  name?: string;
  source?: string;
}

const SOURCE =
  'Reconstruction from a published Kaplan–Meier figure (Guyot et al. 2012), not the real patients.';

/**
 * Turns reconstructed patients into a cohort in the documented format, times in weeks:
 * - `dor`: every patient is a responder whose response began at `onsetWk`; an event is the
 *   loss of response at onset + time (`loss_wk`), and follow-up ends at onset + time;
 * - `ttr`: an event is a first response at the time (follow-up ends then: the figure says
 *   nothing after it); a censored patient is a non-responder (NR) followed to the time;
 * - `os`: an event is a death at the time (`death_wk`); follow-up ends at the time.
 * Ids are R001, R002, … in time order. The cohort reproduces the reconstructed curve exactly
 * through `dorObservations`, `ttrObservations` or the deaths.
 * Throws a `RangeError` for an onset below 0.
 * @example reconstructionToCohort([{ time: 2, event: true }], { endpoint: 'dor', unit: 'months' }).patients[0].lossWk // 8.6964
 */
export function reconstructionToCohort(
  patients: readonly SurvivalObservation[],
  options: CohortOptions,
): Cohort {
  const { endpoint, unit, onsetWk = 0 } = options;
  if (!(Number.isFinite(onsetWk) && onsetWk >= 0)) {
    throw new RangeError(`the response onset must be a week ≥ 0, got ${onsetWk}`);
  }
  const width = Math.max(3, String(patients.length).length);
  const id = (i: number) => `R${String(i + 1).padStart(width, '0')}`;
  const graded = options.bestResponse ?? (endpoint === 'os' ? 'NE' : 'PR');
  const rows = patients.map((p, i) => {
    const t = toWeeks(p.time, unit);
    switch (endpoint) {
      case 'dor': {
        const end = Math.round((onsetWk + t) * 1e4) / 1e4;
        return blankPatient({
          id: id(i),
          bestResponse: graded,
          responseWk: onsetWk,
          lossWk: p.event ? end : null,
          followupWk: end,
        });
      }
      case 'ttr':
        return p.event
          ? blankPatient({ id: id(i), bestResponse: graded, responseWk: t, followupWk: t })
          : blankPatient({ id: id(i), bestResponse: 'NR', followupWk: t });
      case 'os':
        return blankPatient({
          id: id(i),
          bestResponse: graded,
          deathWk: p.event ? t : null,
          followupWk: t,
        });
    }
  });
  const columns: OptionalColumn[] =
    endpoint === 'dor' ? ['loss_wk'] : endpoint === 'os' ? ['death_wk'] : [];
  return {
    name: options.name ?? 'Reconstructed from a Kaplan–Meier figure',
    source: options.source ?? SOURCE,
    patients: rows,
    columns,
  };
}
