import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_PREFIX } from './session.ts';
import { serveStatic } from './staticServer.ts';

/** A changed copy of the built site, served on its own port. */
export interface SiteCopy {
  /** Folder of the copy. */
  dir: string;
  /** Full URL of the copy's page (without hash). */
  url: string;
  /** Stops serving and removes the copy. */
  close(): Promise<void>;
}

/**
 * Copies a built site, lets `change` alter the copy (remove a file, rewrite one) and serves it
 * under the same sub-path as the shared site, for tests that need the site broken or rebuilt.
 */
export async function serveSiteCopy(
  dir: string,
  change: (copy: string) => Promise<void> = async () => undefined,
): Promise<SiteCopy> {
  const copy = await mkdtemp(join(tmpdir(), 'cohortscope-site-copy-'));
  await cp(dir, copy, { recursive: true });
  await change(copy);
  const server = await serveStatic(copy, SITE_PREFIX);
  return {
    dir: copy,
    url: server.origin + SITE_PREFIX,
    async close() {
      await server.close();
      await rm(copy, { recursive: true, force: true });
    },
  };
}
