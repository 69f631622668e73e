import type { Cohort } from '../../engine/cohort.ts';
import { cohortCsvChunks } from '../../io/cohortCsvChunks.ts';
import { yieldToPage } from '../yieldToPage.ts';
import { csvFingerprint } from './csvFingerprint.ts';

/** A cohort's canonical CSV (`cohortToCsv`) and its `csvFingerprint`, the key kept results name it by. */
export interface CanonicalCsv {
  csv: string;
  key: string;
}

const built = new WeakMap<Cohort, Promise<CanonicalCsv>>();

async function build(cohort: Cohort): Promise<CanonicalCsv> {
  const pieces: string[] = [];
  for (const piece of cohortCsvChunks(cohort)) {
    pieces.push(piece);
    // The page runs between pieces, and before the whole text is fingerprinted.
    await yieldToPage();
  }
  const csv = pieces.join('');
  return { csv, key: csvFingerprint(csv) };
}

/**
 * A cohort's canonical CSV and its fingerprint, written a piece per task (`cohortCsvChunks`: the
 * page stays responsive at 100,000 patients) and built once per cohort object: every later call, and every
 * call while it is being built, gets the same promise. A cohort on screen is never changed in
 * place, so neither can go stale; a caller that awaits it must check that its cohort is still
 * the one on screen.
 * @example const { csv, key } = await canonicalCsv(cohort); // csv === cohortToCsv(cohort), key === csvFingerprint(csv)
 */
export function canonicalCsv(cohort: Cohort): Promise<CanonicalCsv> {
  let pending = built.get(cohort);
  if (pending === undefined) {
    pending = build(cohort);
    built.set(cohort, pending);
  }
  return pending;
}
