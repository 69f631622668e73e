import {
  RESPONSE_CODES,
  RESPONSE_GRADES,
  isResponseGrade,
  type ResponseCode,
} from '../engine/cohort.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import { UsageError } from './command.ts';

/**
 * Reads `--responders`: the best responses that count as response, a comma-separated subset of
 * CR, PR and IMP (any case, each once); CR, PR and IMP when absent. Refuses a code that is not a
 * response grade, naming it and what is allowed.
 * @example respondersOption({ responders: 'cr,PR' }) // ['CR', 'PR']
 */
export function respondersOption(options: Record<string, string>): ResponseCode[] {
  if (options.responders === undefined) return [...DEFAULT_ANALYSIS_OPTIONS.responders];
  const responders = options.responders.split(',').map((code) => code.trim().toUpperCase());
  for (const code of responders) {
    if (!isResponseGrade(code)) {
      const known = RESPONSE_CODES.includes(code as ResponseCode);
      const what = code === '' ? '"" (an empty item)' : `"${code}"`;
      throw new UsageError(
        `--responders: ${what} ${known ? 'is not a response' : 'is not a response code'}; use a comma-separated subset of ${RESPONSE_GRADES.join(',')}`,
      );
    }
  }
  return [...new Set(responders)] as ResponseCode[];
}
