import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import { LEVEL_RANGE } from '../engine/limits.ts';
import { numberOption } from './numberOption.ts';

/**
 * Reads `--level`: a two-sided confidence level within `LEVEL_RANGE`, 0.95 when absent.
 * @example levelOption({ level: '0.9' }) // 0.9
 */
export function levelOption(options: Record<string, string>): number {
  return numberOption(options, 'level', {
    fallback: DEFAULT_ANALYSIS_OPTIONS.level,
    min: LEVEL_RANGE.min,
    max: LEVEL_RANGE.max,
  });
}
