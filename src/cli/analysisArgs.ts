import {
  RESPONSE_CODES,
  RESPONSE_GRADES,
  isResponseGrade,
  type ResponseCode,
} from '../engine/cohort.ts';
import type { AnalysisOptions } from '../engine/analysisOptions.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';

/**
 * Reads `--level`, `--responders`, `--by-week` and `--landmarks` into analysis options, refusing bad values.
 * @example analysisArgs({ level: '0.9', responders: 'CR,PR' }) // { level: 0.9, responders: ['CR', 'PR'], byWeek: [1, 2, 4], landmarks: [4, 12, 26] }
 */
export function analysisArgs(options: Record<string, string>): AnalysisOptions {
  const level = levelOption(options);
  const responders = options.responders
    ? options.responders.split(',').map((code) => code.trim().toUpperCase())
    : [...DEFAULT_ANALYSIS_OPTIONS.responders];
  for (const code of responders) {
    if (!isResponseGrade(code)) {
      const known = RESPONSE_CODES.includes(code as ResponseCode);
      throw new UsageError(
        `--responders: "${code}" ${known ? 'is not a response' : 'is not a response code'}; use a comma-separated subset of ${RESPONSE_GRADES.join(',')}`,
      );
    }
  }
  const weeks = (name: string, fallback: readonly number[]) =>
    options[name]
      ? options[name].split(',').map((w) => {
          const week = Number(w);
          if (w.trim() === '' || !Number.isFinite(week) || week < 0) {
            throw new UsageError(
              `--${name}: "${w}" is not a week; use numbers ≥ 0 like ${fallback.join(',')}`,
            );
          }
          return week;
        })
      : [...fallback];
  const byWeek = weeks('by-week', DEFAULT_ANALYSIS_OPTIONS.byWeek);
  const landmarks = weeks('landmarks', DEFAULT_ANALYSIS_OPTIONS.landmarks);
  return {
    level,
    responders: [...new Set(responders)] as ResponseCode[],
    byWeek,
    landmarks,
  };
}
