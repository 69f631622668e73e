/**
 * Wraps the loading of a module loaded on demand (a dynamic import) so that every caller shares
 * one load: the first call starts it, later calls get the same promise; a failed load (offline
 * without a cached copy) is forgotten, so the next call tries again.
 * @example const loadCodec = loadOnce(() => import('./compressText.ts')); await loadCodec();
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
