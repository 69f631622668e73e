import { readFileSync } from 'node:fs';
import type { CohortSummary } from '../../src/engine/reconstruct/cohortSummary.ts';
import { validateSummary } from '../../src/engine/reconstruct/validateSummary.ts';

/** The shipped HLH–anakinra summary (the abstract) as JSON, parsed afresh for each caller (tests may edit it). */
export function hlhSummaryJson(): Record<string, unknown> {
  const url = new URL('../../public/cohorts/hlh-anakinra-2025.summary.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The shipped HLH–anakinra summary, parsed and validated. */
export function hlhSummary(): CohortSummary {
  const result = validateSummary(hlhSummaryJson());
  if (!result.ok) throw new Error(`shipped summary is invalid: ${result.issues.join('; ')}`);
  return result.summary;
}
