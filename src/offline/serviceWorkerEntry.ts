import { serviceWorker, type Precache } from './serviceWorker.ts';

// The built site's `sw.js`: the build writes the list of its files in place of this name.
declare const __COHORTSCOPE_PRECACHE__: Precache;

serviceWorker(self as unknown as ServiceWorkerGlobalScope, __COHORTSCOPE_PRECACHE__);
