import { compressText } from './compressText.ts';
import { URL_LIMITS, type CohortSource } from './urlState.ts';

/**
 * How a cohort read from text travels: inside the link (compressed) when it fits, else as a
 * bundle kept in this browser. A link refuses to inflate more than `maxInflatedBytes`, so a
 * longer CSV never goes inline (and is not compressed just to find that out).
 *
 * @example textSource('Trial', 'id,best_response,…').kind // 'inline'
 */
export function textSource(name: string, csv: string): CohortSource {
  const inline =
    csv.length <= URL_LIMITS.maxInflatedBytes &&
    compressText(csv).length <= URL_LIMITS.maxInlineChars;
  return inline ? { kind: 'inline', name, csv } : { kind: 'bundle', name };
}
