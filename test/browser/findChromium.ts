import { existsSync } from 'node:fs';

/** Where the browser tests look for Chromium: `CHROMIUM_PATH`, else Debian's package. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a visible line,
 * except under `CI=true`, where a missing browser is an error.
 */
export function chromiumAvailable(): boolean {
  const path = chromiumPath();
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`browser tests need Chromium at ${path} (set CHROMIUM_PATH) under CI=true`);
  }
  console.warn(`\n  browser tests skipped: no Chromium at ${path} (set CHROMIUM_PATH)\n`);
  return false;
}
