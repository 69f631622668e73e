import { readFileSync } from 'node:fs';
import type { Cohort } from '../../../src/engine/cohort.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';

/** The built-in 18-patient HLH–anakinra cohort, through the importer. */
export function hlh(): Cohort {
  const path = new URL('../../../public/cohorts/hlh-anakinra-2025.csv', import.meta.url);
  const result = parseCohort(readFileSync(path, 'utf8'), { fileName: 'hlh-anakinra-2025.csv' });
  if (!result.ok) throw new Error('the built-in cohort was refused');
  return result.cohort;
}
