import { get, set } from 'idb-keyval';
import type { ColumnMapping } from '../../io/mapping/columnMapping.ts';
import { readMapping } from '../../io/mapping/readMapping.ts';
import { MAPPINGS_KEY, sessionStore } from './browserStorage.ts';
/** Most mappings remembered; the oldest is forgotten first. */
export const MAX_REMEMBERED_MAPPINGS = 50;

/** A mapping remembered for a set of headers (`mappingKey`), and when it was last used. */
export interface RememberedMapping {
  key: string;
  mapping: ColumnMapping;
  savedAt: number;
}

async function readAll(): Promise<RememberedMapping[]> {
  const value: unknown = await get(MAPPINGS_KEY, sessionStore());
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const e = entry as Record<string, unknown>;
    const read = readMapping(e.mapping);
    if (typeof e.key !== 'string' || typeof e.savedAt !== 'number' || !read.ok) return [];
    return [{ key: e.key, mapping: read.mapping, savedAt: e.savedAt }];
  });
}

/**
 * The mapping last used in this browser for files with these headers (`mappingKey`), checked
 * again with `readMapping`, or `null` (also when storage is unavailable). Never throws.
 * @example const kept = await recallMapping(mappingKey(tables));
 */
export async function recallMapping(key: string): Promise<RememberedMapping | null> {
  try {
    return (await readAll()).find((e) => e.key === key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Remembers a mapping for files with these headers, in this browser only (IndexedDB, never sent
 * anywhere; "Delete everything kept in this browser" forgets it), keeping the last
 * `MAX_REMEMBERED_MAPPINGS`. Resolves `false` when storage failed; the page works without it.
 * @example await rememberMapping(mappingKey(tables), mapping)
 */
export async function rememberMapping(key: string, mapping: ColumnMapping): Promise<boolean> {
  try {
    const others = (await readAll()).filter((e) => e.key !== key);
    const entries = [{ key, mapping, savedAt: Date.now() }, ...others].slice(
      0,
      MAX_REMEMBERED_MAPPINGS,
    );
    await set(MAPPINGS_KEY, entries, sessionStore());
    return true;
  } catch {
    return false;
  }
}
