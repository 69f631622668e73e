import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import type { CohortSummary } from './cohortSummary.ts';
import type { EnsembleAnalysis } from './ensembleChunks.ts';
import { summaryWeeks } from './summaryWeeks.ts';

/**
 * How the cohorts of an ensemble drawn from `summary` are analysed: the summary's responders (CR,
 * PR and IMP by default) and the landmark weeks 1, 2 and 4 with every week the summary names.
 * @example ensembleAnalysis(hlh, { level: 0.95, bootstrapReps: 0 }).byWeek // [1, 2, 4]
 */
export function ensembleAnalysis(
  summary: CohortSummary,
  { level, bootstrapReps }: { level: number; bootstrapReps: number },
): EnsembleAnalysis {
  return {
    level,
    responders: summary.responders ?? DEFAULT_ANALYSIS_OPTIONS.responders,
    byWeek: [...new Set([...DEFAULT_ANALYSIS_OPTIONS.byWeek, ...summaryWeeks(summary)])].sort(
      (a, b) => a - b,
    ),
    bootstrapReps,
  };
}
