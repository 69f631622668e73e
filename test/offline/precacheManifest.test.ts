import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheManifest } from '../../src/offline/precacheManifest.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A folder holding `files` (path → content). */
async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'precache-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('precacheManifest', () => {
  it('lists every file but the skipped ones, sorted, each with a hash of its content', async () => {
    const dir = await site({
      'index.html': '<p>',
      'assets/a-1.js': 'a',
      'cohorts/x.csv': 'id',
      'sw.js': 'worker',
    });
    const { version, files } = await precacheManifest(dir, ['sw.js']);
    expect(files.map((f) => f.url)).toEqual(['assets/a-1.js', 'cohorts/x.csv', 'index.html']);
    expect(files.every((f) => /^[0-9a-f]{16}$/.test(f.revision))).toBe(true);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a new version when any file changes, appears or goes, and the same one otherwise', async () => {
    const base = { 'index.html': '<p>', 'assets/a-1.js': 'a' };
    const version = async (files: Record<string, string>) =>
      (await precacheManifest(await site(files))).version;
    const v = await version(base);
    expect(await version(base)).toBe(v);
    expect(await version({ ...base, 'index.html': '<p>2' })).not.toBe(v);
    expect(await version({ ...base, 'template.csv': 'id' })).not.toBe(v);
    expect(await version({ 'index.html': '<p>' })).not.toBe(v);
  });
});
