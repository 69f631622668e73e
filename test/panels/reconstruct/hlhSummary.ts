import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shipped HLH–anakinra summary, parsed afresh for each caller (tests may edit it). */
export function hlhSummary(): Record<string, unknown> {
  const file = fileURLToPath(
    new URL('../../../public/cohorts/hlh-anakinra-2025.summary.json', import.meta.url),
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
