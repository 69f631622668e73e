import { decodeHash, type DecodedHash } from './decodeHash.ts';
import { readImportSpec, type ImportSpec, type writeImportSpec } from './importSpec.ts';

type WrittenImportSpec = ReturnType<typeof writeImportSpec>;

/** Marks a JSON file as a Cohortscope bundle. */
export const BUNDLE_FORMAT = 'cohortscope-bundle';

/** A cohort too large for a link, with the settings and seeds to reproduce a view of it. */
export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  /** App version that wrote the bundle. */
  app: string;
  name: string;
  description: string;
  /** The cohort as CSV, in the import format. */
  csv: string;
  /** The settings as a URL hash (`#v=1&…`), read with the same rules as a link. */
  hash: string;
  /**
   * How an uploaded cohort was read, when it was mapped or derived from visits or ADaM: its
   * layout, the column mapping (the MAP.json the CLI takes) and the confirmation rule.
   */
  imported?: WrittenImportSpec;
}

/** What {@link readBundle} found: a bundle, or "not a bundle" (then read it as a cohort file). */
export type ReadBundle =
  | {
      ok: true;
      name: string;
      description: string;
      csv: string;
      decoded: DecodedHash;
      /** How the cohort was read, or `null` (a plain file, or a part that could not be used). */
      imported: ImportSpec | null;
    }
  | {
      ok: false;
      /** `unusable`: a Cohortscope bundle that cannot be read (refuse it); else not a bundle. */
      kind: 'unusable' | 'not-a-bundle';
      message: string;
    };

/**
 * Writes a bundle as pretty JSON.
 *
 * @example JSON.parse(writeBundle({ app: '0.1.0', name: 'x', description: '', csv: 'id', hash: '#v=1' })).format // 'cohortscope-bundle'
 */
export function writeBundle(parts: Omit<Bundle, 'format' | 'version'>): string {
  const bundle: Bundle = { format: BUNDLE_FORMAT, version: 1, ...parts };
  return JSON.stringify(bundle, null, 2) + '\n';
}

/**
 * Reads a bundle written by {@link writeBundle}; never throws. Text that is not a bundle
 * (including ordinary JSON cohorts) gives `ok: false` with the reason.
 *
 * @example readBundle('{"patients": []}').ok // false
 */
export function readBundle(text: string): ReadBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'not-a-bundle', message: 'not JSON' };
  }
  const not = (message: string) => ({ ok: false as const, kind: 'not-a-bundle' as const, message });
  const unusable = (message: string) => ({
    ok: false as const,
    kind: 'unusable' as const,
    message,
  });
  if (!json || typeof json !== 'object') return not('not a JSON object');
  const o = json as Record<string, unknown>;
  if (o.format !== BUNDLE_FORMAT) return not('not a Cohortscope bundle');
  if (o.version !== 1) {
    const version = JSON.stringify(o.version ?? null).slice(0, 40);
    return unusable(
      `a Cohortscope bundle of version ${version}, which this version of Cohortscope cannot read (it reads bundle version 1); open it with the version that wrote it${typeof o.app === 'string' ? ` (${o.app.slice(0, 20)})` : ''}.`,
    );
  }
  if (typeof o.csv !== 'string') {
    return unusable('a Cohortscope bundle without its cohort ("csv" must be the cohort as text).');
  }
  const str = (v: unknown, fallback: string) =>
    typeof v === 'string' ? v.slice(0, 200) : fallback;
  const decoded = decodeHash(typeof o.hash === 'string' ? o.hash : '');
  const imported = readImportSpec(o.imported);
  return {
    ok: true,
    name: str(o.name, 'Cohort from a bundle'),
    description: str(o.description, ''),
    csv: o.csv,
    decoded: { ...decoded, messages: [...decoded.messages, ...imported.messages] },
    imported: imported.spec,
  };
}
