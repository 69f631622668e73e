import { readFileSync } from 'node:fs';
import type { Cohort } from '../../src/engine/cohort.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';

/** The built-in cohort's CSV, as the site serves it. */
export const BUILTIN_CSV = readFileSync(
  new URL('../../public/cohorts/hlh-anakinra-2025.csv', import.meta.url),
  'utf8',
);

/** The built-in 18-patient HLH–anakinra cohort, read through the importer as the app reads it. */
export function hlhCohort(): Cohort {
  const result = parseCohort(BUILTIN_CSV, { fileName: 'hlh-anakinra-2025.csv' });
  if (!result.ok) throw new Error(`built-in cohort refused: ${JSON.stringify(result.issues)}`);
  return result.cohort;
}
