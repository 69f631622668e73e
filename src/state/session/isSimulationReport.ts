import type { SimulationReport } from '../../engine/montecarlo/simulationReport.ts';
import { validateScenario } from '../../engine/montecarlo/validateScenario.ts';
import { KM_TRANSFORMS, PROPORTION_METHODS } from '../../engine/report.ts';
import {
  isHistogram,
  isInt,
  isNum,
  isNumArray,
  isNumOrNull,
  isObj,
  isStr,
  type Obj,
} from './shapeChecks.ts';

const isPerformance = (v: unknown) => isObj(v) && isNum(v.coverage) && isNumOrNull(v.mean_width);

/**
 * Whether `v` has the shape of a re-simulation report, down to every number the panel reads.
 * @example isSimulationReport({ trials: 1 }) // false
 */
export function isSimulationReport(v: unknown): v is SimulationReport {
  if (!isObj(v) || !isInt(v.trials) || !isStr(v.seed) || !isNum(v.level)) return false;
  if (!validateScenario(v.scenario).ok) return false;
  if (!isObj(v.truth) || !isNum(v.truth.orr) || !isNum(v.truth.dor_median)) return false;
  const orr = v.orr;
  if (!isObj(orr) || !isNum(orr.mean) || !isNumOrNull(orr.sd) || !isHistogram(orr.histogram))
    return false;
  if (
    !isObj(orr.intervals) ||
    !PROPORTION_METHODS.every((m) => isPerformance((orr.intervals as Obj)[m]))
  )
    return false;
  const dor = v.dor_median;
  if (!isObj(dor) || !isNum(dor.not_reached_fraction) || !isNum(dor.no_responder_fraction))
    return false;
  if (!isNumOrNull(dor.mean) || !isNumOrNull(dor.sd) || !isObj(dor.quantiles)) return false;
  const q = dor.quantiles;
  if (!isNumOrNull(q.p05) || !isNumOrNull(q.p50) || !isNumOrNull(q.p95)) return false;
  const h = dor.histogram;
  if (!isObj(h) || !isNumArray(h.edges) || !isNumArray(h.counts)) return false;
  if (
    (h.counts as number[]).length > 0 &&
    (h.edges as number[]).length !== (h.counts as number[]).length + 1
  )
    return false;
  return (
    isObj(dor.intervals) &&
    KM_TRANSFORMS.every((t) => {
      const p = (dor.intervals as Obj)[t];
      return isPerformance(p) && isNum((p as Obj).unbounded_fraction);
    })
  );
}
