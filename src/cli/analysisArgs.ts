import { RESPONSE_CODES, type ResponseCode } from '../engine/cohort.ts';
import type { AnalysisOptions } from '../engine/analysisOptions.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';

const RESPONSE_GRADES: readonly ResponseCode[] = ['CR', 'PR', 'IMP'];

/**
 * Reads `--level`, `--responders` and `--by-week` into analysis options, refusing bad values.
 * @example analysisArgs({ level: '0.9', responders: 'CR,PR' }) // { level: 0.9, responders: ['CR', 'PR'], byWeek: [1, 2, 4] }
 */
export function analysisArgs(options: Record<string, string>): AnalysisOptions {
  const level = levelOption(options);
  const responders = options.responders
    ? options.responders.split(',').map((code) => code.trim().toUpperCase())
    : [...DEFAULT_ANALYSIS_OPTIONS.responders];
  for (const code of responders) {
    if (!RESPONSE_GRADES.includes(code as ResponseCode)) {
      const known = RESPONSE_CODES.includes(code as ResponseCode);
      throw new UsageError(
        `--responders: "${code}" ${known ? 'is not a response' : 'is not a response code'}; use a comma-separated subset of CR,PR,IMP`,
      );
    }
  }
  const byWeek = options['by-week']
    ? options['by-week'].split(',').map((w) => {
        const week = Number(w);
        if (w.trim() === '' || !Number.isFinite(week) || week < 0) {
          throw new UsageError(`--by-week: "${w}" is not a week; use numbers ≥ 0 like 1,2,4`);
        }
        return week;
      })
    : [...DEFAULT_ANALYSIS_OPTIONS.byWeek];
  return { level, responders: [...new Set(responders)] as ResponseCode[], byWeek };
}
