/**
 * A name for a cohort read from files: the file's name without its extension, or for several
 * files (an ADaM trio, visits with patients) what their names share (`myeloid-adsl.xpt`,
 * `myeloid-adrs.xpt` → `myeloid`), else the first file's name.
 * @example cohortNameOf(['trial-adsl.xpt', 'trial-adrs.xpt', 'trial-adtte.xpt']) // 'trial'
 */
export function cohortNameOf(fileNames: readonly string[]): string {
  const bases = fileNames.map((n) => n.replace(/\.[^.]*$/, '') || n);
  if (bases.length === 0) return 'cohort';
  let shared = bases[0];
  for (const base of bases.slice(1)) {
    let i = 0;
    while (i < shared.length && i < base.length && shared[i] === base[i]) i += 1;
    shared = shared.slice(0, i);
  }
  // Cut back to a whole word: "myeloid-ad" of adsl and adrs is "myeloid".
  if (
    bases.length > 1 &&
    bases.some((b) => b.length > shared.length && /[A-Za-z0-9]/.test(b[shared.length] ?? ''))
  ) {
    shared = shared.replace(/[A-Za-z0-9]+$/, '');
  }
  shared = shared.replace(/[\s._-]+$/, '');
  return shared.length >= 2 ? shared : bases[0];
}
