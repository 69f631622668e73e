/** What the client-built state tests use (see `importForClient`). */
export { flushSync } from 'svelte';
export { AppState } from '../../../src/state/AppState.svelte.ts';
