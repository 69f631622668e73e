import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildSite, DIST_ENV } from './buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built once for every browser test file. */
    cohortscopeDist: string;
  }
}

/**
 * Optional Vitest global setup (`test.globalSetup`): builds the site once for every browser
 * test file and hands the folder to them (`inject('cohortscopeDist')`, and the
 * `COHORTSCOPE_BROWSER_DIST` variable); without it each file builds its own copy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await buildSite();
  process.env[DIST_ENV] = site.dir;
  project.provide('cohortscopeDist', site.dir);
  return async () => {
    if (site.owned) await rm(site.dir, { recursive: true, force: true });
  };
}
