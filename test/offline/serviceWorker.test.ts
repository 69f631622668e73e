import { describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX,
  serviceWorker,
  type OfflineScope,
  type Precache,
} from '../../src/offline/serviceWorker.ts';

// The service worker's decisions with a fake scope: an in-memory cache storage and a network
// that answers from a table (or fails, as offline).

const BASE = 'https://example.org/cohortscope/';
const precache: Precache = {
  version: 'v2',
  files: [
    { url: 'index.html', revision: 'a' },
    { url: 'assets/index-1.js', revision: 'b' },
    { url: 'assets/xlsx-2.js', revision: 'c' },
  ],
};

interface FakeWorld {
  listeners: Map<string, (event: unknown) => void>;
  stores: Map<string, Map<string, Response>>;
  network: Map<string, string>;
  fetched: { url: string; cache: RequestCache }[];
  offline: boolean;
  claimed: number;
  skipped: number;
}

function fakeScope(): { scope: OfflineScope; world: FakeWorld } {
  const world: FakeWorld = {
    listeners: new Map(),
    stores: new Map([['other-app', new Map()]]),
    network: new Map(precache.files.map((f) => [BASE + f.url, `body of ${f.url}`])),
    fetched: [],
    offline: false,
    claimed: 0,
    skipped: 0,
  };
  const fetch = async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    world.fetched.push({ url: request.url, cache: request.cache });
    if (world.offline) throw new TypeError('Failed to fetch');
    const body = world.network.get(request.url.split('#')[0]); // a fragment is never sent
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
  const open = async (name: string) => {
    const store = world.stores.get(name) ?? new Map<string, Response>();
    world.stores.set(name, store);
    return {
      async addAll(requests: Request[]) {
        for (const r of requests) {
          const response = await fetch(r);
          if (!response.ok) throw new TypeError(`${r.url}: ${response.status}`);
          store.set(r.url, response);
        }
      },
      async match(url: string) {
        return store.get(url)?.clone();
      },
    };
  };
  const scope = {
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      world.listeners.set(type, listener),
    caches: {
      open,
      keys: async () => [...world.stores.keys()],
      delete: async (name: string) => world.stores.delete(name),
    },
    clients: { claim: async () => void world.claimed++ },
    fetch,
    registration: { scope: BASE },
    skipWaiting: async () => void world.skipped++,
  } as unknown as OfflineScope;
  return { scope, world };
}

/** Fires a lifecycle event and waits for what it asked to wait for. */
async function lifecycle(world: FakeWorld, type: 'install' | 'activate'): Promise<void> {
  const waits: Promise<unknown>[] = [];
  world.listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
  await Promise.all(waits);
}

/** Fires a fetch event; resolves with the response given, or `null` when left to the browser. */
async function request(world: FakeWorld, init: RequestInit & { url: string }) {
  let answer: Promise<Response> | null = null;
  const { mode = 'cors', ...rest } = init;
  const req = new Request(init.url, rest);
  const event = {
    request: Object.defineProperty(req, 'mode', { value: mode }),
    respondWith: (r: Promise<Response>) => (answer = r),
  };
  world.listeners.get('fetch')!(event);
  return answer === null ? null : await (answer as Promise<Response>);
}

describe('the service worker', () => {
  it('keeps every file of the build in a cache named after its version, fetched afresh', async () => {
    const { scope, world } = fakeScope();
    serviceWorker(scope, precache);
    await lifecycle(world, 'install');
    const cache = world.stores.get(`${CACHE_PREFIX}v2`)!;
    expect([...cache.keys()]).toEqual(precache.files.map((f) => BASE + f.url));
    expect(world.fetched.every((f) => f.cache === 'reload')).toBe(true);
    expect(world.skipped).toBe(1);
  });

  it('deletes the caches of other versions when it takes over, and no one else’s', async () => {
    const { scope, world } = fakeScope();
    world.stores.set(`${CACHE_PREFIX}v1`, new Map());
    serviceWorker(scope, precache);
    await lifecycle(world, 'install');
    await lifecycle(world, 'activate');
    expect([...world.stores.keys()].sort()).toEqual([`${CACHE_PREFIX}v2`, 'other-app']);
    expect(world.claimed).toBe(1);
  });

  it('answers the site’s files from the cache, also offline, and leaves other requests alone', async () => {
    const { scope, world } = fakeScope();
    serviceWorker(scope, precache);
    await lifecycle(world, 'install');
    world.offline = true;
    world.fetched = [];
    const reader = await request(world, { url: `${BASE}assets/xlsx-2.js` });
    expect(await reader!.text()).toBe('body of assets/xlsx-2.js');
    expect(world.fetched).toEqual([]);
    expect(await request(world, { url: `${BASE}assets/unknown.js` })).toBeNull();
    expect(await request(world, { url: 'https://elsewhere.example/x.js' })).toBeNull();
    expect(await request(world, { url: `${BASE}index.html`, method: 'POST' })).toBeNull();
  });

  it('loads the page from the network when it can (a new build shows at once), else from the cache', async () => {
    const { scope, world } = fakeScope();
    serviceWorker(scope, precache);
    await lifecycle(world, 'install');
    world.network.set(BASE, 'the newest page');
    const online = await request(world, { url: `${BASE}#view=km`, mode: 'navigate' });
    expect(await online!.text()).toBe('the newest page');
    world.offline = true;
    const offline = await request(world, { url: `${BASE}?x=1#view=km`, mode: 'navigate' });
    expect(await offline!.text()).toBe('body of index.html');
    world.offline = false;
    world.network.delete(BASE); // the server answers 404
    const missing = await request(world, { url: BASE, mode: 'navigate' });
    expect(await missing!.text()).toBe('body of index.html');
  });
});
