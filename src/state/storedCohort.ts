import { clear, createStore, get, set, type UseStore } from 'idb-keyval';

/** A cohort too large for a link, kept in this browser so that a reload brings it back. */
export interface StoredCohort {
  name: string;
  description: string;
  csv: string;
}

const KEY = 'last-large-cohort';
let store: UseStore | null = null;

function open(): UseStore {
  store ??= createStore('cohortscope', 'session');
  return store;
}

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

/** Deletes everything Cohortscope keeps in this browser; resolves `false` if storage failed. */
export async function clearStoredData(): Promise<boolean> {
  try {
    await clear(open());
    return true;
  } catch {
    return false;
  }
}
