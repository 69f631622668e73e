/** What the offline cache holds: the build's version and every file of the site. */
export interface Precache {
  /** A hash of every file's name and content: a new build with any change has a new version. */
  version: string;
  /** Every file of the built site, relative to its base, with a hash of its content. */
  files: { url: string; revision: string }[];
}

/** The caches this site keeps start with this; a version's cache is the prefix and the version. */
export const CACHE_PREFIX = 'cohortscope-';

/** How long a page load waits for the network before it is served from the cache. */
export const NAVIGATION_TIMEOUT_MS = 4000;

/** The part of a service worker's global scope this one uses (the page's tests fake it). */
export type OfflineScope = Pick<
  ServiceWorkerGlobalScope,
  'addEventListener' | 'caches' | 'clients' | 'fetch' | 'registration' | 'skipWaiting'
>;

/**
 * The site's service worker: on install it stores every file of the build (`precache`) in a
 * cache named after the build's version and takes over at once; on activate it deletes the
 * caches of other versions. It answers requests for those files from the cache, so every tab,
 * lesson, worker and lazily loaded reader works offline after the first visit; a page load
 * asks the network first (within `NAVIGATION_TIMEOUT_MS`), so a new build is picked up on the
 * next load, and falls back to the cached page offline. It fetches nothing but the site's own
 * files and leaves every other request alone.
 * Assumes it is registered from the site's base (its scope).
 * Reference: the service worker lifecycle (W3C Service Workers, §3); Workbox's precaching.
 * @example serviceWorker(self as unknown as ServiceWorkerGlobalScope, { version: 'a1', files: [{ url: 'index.html', revision: 'b2' }] })
 */
export function serviceWorker(scope: OfflineScope, precache: Precache): void {
  const name = CACHE_PREFIX + precache.version;
  const base = scope.registration.scope;
  const urls = precache.files.map((f) => new URL(f.url, base).href);
  const known = new Set(urls);
  const page = new URL('index.html', base).href;

  scope.addEventListener('install', (event) => {
    const keep = async () => {
      const cache = await scope.caches.open(name);
      await cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })));
      await scope.skipWaiting();
    };
    event.waitUntil(keep());
  });

  scope.addEventListener('activate', (event) => {
    const tidy = async () => {
      for (const key of await scope.caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && key !== name) await scope.caches.delete(key);
      }
      await scope.clients.claim();
    };
    event.waitUntil(tidy());
  });

  const cached = async (url: string) => (await scope.caches.open(name)).match(url);

  const load = async (request: Request): Promise<Response> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await Promise.race([
        scope.fetch(request),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('slow')), NAVIGATION_TIMEOUT_MS);
        }),
      ]);
      if (response.ok) return response;
    } catch {
      // offline or too slow: the cached page below
    } finally {
      clearTimeout(timer);
    }
    return (await cached(page)) ?? Response.error();
  };

  const file = async (url: string, request: Request): Promise<Response> =>
    (await cached(url)) ?? scope.fetch(request);

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    url.hash = '';
    if (request.mode === 'navigate' && url.href.startsWith(base)) {
      event.respondWith(load(request));
    } else if (known.has(url.href)) {
      event.respondWith(file(url.href, request));
    }
  });
}
