import type { BootstrapReport } from '../../engine/montecarlo/bootstrapReport.ts';
import { BOOTSTRAP_STATISTICS } from '../../engine/montecarlo/bootstrapStatistics.ts';
import {
  isHistogram,
  isInt,
  isInterval,
  isNum,
  isNumOrNull,
  isObj,
  isStr,
  type Obj,
} from './shapeChecks.ts';

function isStatisticSummary(v: unknown): boolean {
  return (
    isObj(v) &&
    isNumOrNull(v.estimate) &&
    isNumOrNull(v.se) &&
    isNum(v.undefined_fraction) &&
    isObj(v.ci) &&
    isInterval(v.ci.percentile) &&
    isInterval(v.ci.basic) &&
    isInterval(v.ci.bca) &&
    isHistogram(v.histogram) &&
    (v.exact === undefined || isHistogram(v.exact, true))
  );
}

/**
 * Whether `v` has the shape of a bootstrap report, down to every number the panel reads.
 * @example isBootstrapReport({ reps: 1 }) // false
 */
export function isBootstrapReport(v: unknown): v is BootstrapReport {
  return (
    isObj(v) &&
    isInt(v.reps) &&
    isStr(v.seed) &&
    isNum(v.level) &&
    isObj(v.statistics) &&
    BOOTSTRAP_STATISTICS.every((s) => isStatisticSummary((v.statistics as Obj)[s]))
  );
}
