import type { VisitRecord } from '../../engine/visits/assessment';
import type { LaneAssessment } from './assessedSegments';

/**
 * Each patient's assessments as the swimmer plot draws them (`assessments` of `swimmerGeometry`
 * and `SwimmerPlot`), from the visit-level records `derivePatients` reads: week and response, in
 * time order, keyed by patient id.
 * Example: `laneAssessments([{ id: 'P1', assessments: [{ week: 2, response: 'PR', row: 3 }], deathWk: null, followupWk: 8 }]).get('P1')`
 * is `[{ week: 2, response: 'PR' }]`.
 */
export function laneAssessments(records: readonly VisitRecord[]): Map<string, LaneAssessment[]> {
  return new Map(
    records.map((r) => [
      r.id,
      [...r.assessments]
        .sort((a, b) => a.week - b.week)
        .map(({ week, response }) => ({ week, response })),
    ]),
  );
}
