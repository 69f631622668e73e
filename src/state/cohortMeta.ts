/** What the header says about the cohort on screen. */
export interface CohortMeta {
  /** Short name shown as the page's heading. */
  name: string;
  /** One line on where the cohort comes from. */
  description: string;
  /** A warning shown wherever the cohort appears (e.g. that it is a reconstruction), or `null`. */
  notice: string | null;
  /** Longer notes on how the cohort was made, shown on request. */
  provenance: string[];
}

/**
 * The header of a cohort that has no provenance notes.
 * @example plainCohortMeta('Trial', 'Loaded from trial.csv.').notice // null
 */
export function plainCohortMeta(
  name: string,
  description: string,
  notice: string | null = null,
): CohortMeta {
  return { name, description, notice, provenance: [] };
}

/**
 * Reads a built-in cohort's JSON side file into {@link CohortMeta}; unknown or missing fields
 * fall back to plain defaults, so a damaged side file never stops the cohort from opening.
 *
 * @example readCohortMeta({ name: 'X', source: 'Y' }, 'x').name // 'X'
 */
export function readCohortMeta(json: unknown, id: string): CohortMeta {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const reconstruction = o.reconstruction === true;
  const notice =
    text(o.notice) ??
    (reconstruction
      ? 'Reconstruction consistent with the published figures, not the real patients.'
      : null);
  return {
    name: text(o.name) ?? id,
    description: text(o.source) ?? 'Built-in cohort',
    notice,
    provenance: Array.isArray(o.provenance)
      ? o.provenance.filter((p) => typeof p === 'string')
      : [],
  };
}
