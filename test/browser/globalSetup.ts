import { rm } from 'node:fs/promises';
import { buildSite, DIST_ENV } from './buildSite.ts';

/**
 * Optional Vitest global setup: builds the site once for every browser test file and shares
 * the folder through `COHORTSCOPE_BROWSER_DIST`; without it each file builds its own copy.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const site = await buildSite();
  process.env[DIST_ENV] = site.dir;
  return async () => {
    if (site.owned) await rm(site.dir, { recursive: true, force: true });
  };
}
