import { clear, createStore, get, set, type UseStore } from 'idb-keyval';

/** A cohort too large for a link, kept in this browser so that a reload brings it back. */
export interface StoredCohort {
  name: string;
  description: string;
  csv: string;
}

const KEY = 'last-large-cohort';
const SESSION_KEY = 'session';
/** The record key of the column mappings remembered in this browser (`mappingMemory.ts`). */
export const MAPPINGS_KEY = 'mappings';
let store: UseStore | null = null;

/** Cohortscope's one store in this browser's IndexedDB (database `cohortscope`, store `session`). */
export function sessionStore(): UseStore {
  store ??= createStore('cohortscope', 'session');
  return store;
}
const open = sessionStore;

/**
 * Keeps the last cohort that was too large for a link in this browser's IndexedDB (never sent
 * anywhere). Failures (storage disabled, quota) are ignored: the page works without storage.
 *
 * @example await storeCohort({ name: 'large', description: '', csv })
 */
export async function storeCohort(cohort: StoredCohort): Promise<void> {
  try {
    await set(KEY, { ...cohort }, open());
  } catch {
    // Storage is a convenience; without it a reload asks for the file again.
  }
}

/** The kept cohort if its name is `name`, else `null` (also when storage is unavailable). */
export async function readStoredCohort(name: string): Promise<StoredCohort | null> {
  try {
    const value: unknown = await get(KEY, open());
    if (!value || typeof value !== 'object') return null;
    const v = value as Record<string, unknown>;
    if (v.name !== name || typeof v.csv !== 'string') return null;
    return {
      name,
      description: typeof v.description === 'string' ? v.description : '',
      csv: v.csv,
    };
  } catch {
    return null;
  }
}

/**
 * The session record kept in this browser, unchecked (validate it before use), or `undefined`
 * when there is none or storage is unavailable.
 *
 * @example readPersistedSession(await readSessionRecord())
 */
export async function readSessionRecord(): Promise<unknown> {
  try {
    return await get(SESSION_KEY, open());
  } catch {
    return undefined;
  }
}

/**
 * Replaces the session record in one write (one IndexedDB transaction, so another tab reads
 * either the old record or the new one, never a mix); resolves `false` if storage failed.
 *
 * @example await writeSessionRecord(session)
 */
export async function writeSessionRecord(record: object): Promise<boolean> {
  try {
    await set(SESSION_KEY, record, open());
    return true;
  } catch {
    return false;
  }
}

/** What was kept before {@link clearStoredData} deleted it. */
export interface ClearedData {
  /** Whether the storage was cleared. */
  ok: boolean;
  /** The session record that was kept (unchecked), or `undefined`. */
  session: unknown;
  /** Name of the large cohort that was kept, or `null`. */
  largeCohort: string | null;
  /** How many column mappings were remembered. */
  mappings: number;
}

/**
 * Deletes everything Cohortscope keeps in this browser (session, large cohort, remembered column
 * mappings, anything else in its store) and reports what was there; never throws.
 *
 * @example (await clearStoredData()).ok // true unless storage is disabled
 */
export async function clearStoredData(): Promise<ClearedData> {
  let session: unknown;
  let largeCohort: string | null = null;
  let mappings = 0;
  try {
    session = await get(SESSION_KEY, open());
    const remembered: unknown = await get(MAPPINGS_KEY, open());
    if (Array.isArray(remembered)) mappings = remembered.length;
    const large: unknown = await get(KEY, open());
    if (large && typeof large === 'object') {
      const name = (large as Record<string, unknown>).name;
      largeCohort = typeof name === 'string' ? name : null;
    }
  } catch {
    // Reading what was there is only for the message; clearing is what matters.
  }
  try {
    await clear(open());
    return { ok: true, session, largeCohort, mappings };
  } catch {
    return { ok: false, session, largeCohort, mappings };
  }
}
