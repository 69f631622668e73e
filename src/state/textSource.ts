import { compressText } from './compressText.ts';
import type { ImportSpec } from './importSpec.ts';
import { URL_LIMITS, type CohortSource } from './urlState.ts';

/**
 * How a cohort read from text travels: inside the link (compressed) when it fits, else as a
 * bundle kept in this browser. A link refuses to inflate more than `maxInflatedBytes`, so a
 * longer CSV never goes inline (and is not compressed just to find that out). How an uploaded
 * cohort was read (`imported`) travels with it either way.
 *
 * @example textSource('Trial', 'id,best_response,…').kind // 'inline'
 */
export function textSource(name: string, csv: string, imported?: ImportSpec): CohortSource {
  const inline =
    csv.length <= URL_LIMITS.maxInflatedBytes &&
    compressText(csv).length <= URL_LIMITS.maxInlineChars;
  const how = imported ? { imported } : {};
  return inline ? { kind: 'inline', name, csv, ...how } : { kind: 'bundle', name, ...how };
}
