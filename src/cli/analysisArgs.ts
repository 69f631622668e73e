import type { AnalysisOptions } from '../engine/analysisOptions.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';
import { respondersOption } from './respondersOption.ts';

/**
 * Reads `--level`, `--responders` (`respondersOption`), `--by-week` and `--landmarks` into analysis options, refusing bad values.
 * @example analysisArgs({ level: '0.9', responders: 'CR,PR' }) // { level: 0.9, responders: ['CR', 'PR'], byWeek: [1, 2, 4], landmarks: [4, 12, 26] }
 */
export function analysisArgs(options: Record<string, string>): AnalysisOptions {
  const level = levelOption(options);
  const responders = respondersOption(options);
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
    responders,
    byWeek,
    landmarks,
  };
}
