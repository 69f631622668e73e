/**
 * A short fingerprint of a cohort's canonical CSV (two 32-bit FNV-1a hashes and the length), by
 * which a kept result is matched to the cohort it was computed from: equal CSV gives equal
 * fingerprints, and a changed character almost surely changes it. Not to be confused with the
 * reconstruction's `cohortKey`, which compares patient records regardless of ids and row order.
 *
 * @example csvFingerprint('id\nA1') === csvFingerprint('id\nA1') // true
 */
export function csvFingerprint(csv: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ csv.length;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${csv.length}`;
}
