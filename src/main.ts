import { mount } from 'svelte';
import App from './App.svelte';
import { registerOfflineCache } from './offline/registerOfflineCache.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Cohortscope: #app element missing from index.html');
export default mount(App, { target });

// The built site keeps its files for offline use (the build sets OFFLINE_CACHE; the dev server
// does not, and has no service worker).
if (import.meta.env.OFFLINE_CACHE) registerOfflineCache();
