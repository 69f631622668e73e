/**
 * Registers the site's service worker (`sw.js`, written by the build) once the page has loaded,
 * so the site keeps its own files for offline use. Does nothing where service workers are not
 * available (an old browser, a page opened from a file); a refusal is silent, the site then
 * simply needs the network as before.
 * @example if (import.meta.env.OFFLINE_CACHE) registerOfflineCache();
 */
export function registerOfflineCache(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () =>
    void navigator.serviceWorker
      .register('./sw.js', { updateViaCache: 'none' })
      .catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
