import { readFileSync } from 'node:fs';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { validateSummary } from '../../../src/engine/reconstruct/validateSummary.ts';

/** The shipped example summary (the HLH–anakinra abstract), parsed and validated. */
export function hlhSummary(): CohortSummary {
  const url = new URL('../../../public/cohorts/hlh-anakinra-2025.summary.json', import.meta.url);
  const result = validateSummary(JSON.parse(readFileSync(url, 'utf8')));
  if (!result.ok) throw new Error(`shipped summary is invalid: ${result.issues.join('; ')}`);
  return result.summary;
}
