import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Precache } from './serviceWorker.ts';

const hash = (data: string | Buffer) =>
  createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * The offline cache's list of a built site (Node, at build time): every file under `dir` but
 * those named in `skip`, as a URL relative to the site's base with a hash of its content, sorted;
 * the version hashes the whole list, so any changed, added or removed file gives a new version.
 * @example await precacheManifest('dist', ['sw.js']) // { version: '3f…', files: [{ url: 'assets/index-B1.js', revision: '9c…' }, …] }
 */
export async function precacheManifest(dir: string, skip: string[] = []): Promise<Precache> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Precache['files'] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = relative(dir, path).split(sep).join('/');
    if (skip.includes(url)) continue;
    files.push({ url, revision: hash(await readFile(path)) });
  }
  files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { version: hash(files.map((f) => `${f.url} ${f.revision}`).join('\n')), files };
}
