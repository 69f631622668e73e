import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_TESTS } from '../vite.config.ts';

const root = resolve(import.meta.dirname, '..');
const testFiles = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => relative(root, join(root, 'test', f)).replaceAll('\\', '/'));

/** What makes a test file a browser test: it drives Chromium or builds the site. */
const DRIVES_A_BROWSER =
  /from '(playwright-core|vite)'|browser\/(findChromium|buildSite|session)\.ts'/;

describe('the test projects', () => {
  it('name browser test files by the two conventions of the browser project', () => {
    expect(BROWSER_TESTS).toEqual(['test/browser/**/*.test.ts', 'test/**/*.browser.test.ts']);
  });

  it('keep every file that drives Chromium or builds the site out of the unit project', () => {
    const misplaced = testFiles.filter(
      (f) =>
        DRIVES_A_BROWSER.test(readFileSync(join(root, f), 'utf8')) &&
        !f.startsWith('test/browser/') &&
        !f.endsWith('.browser.test.ts'),
    );
    expect(misplaced, 'rename them *.browser.test.ts or move them to test/browser/').toEqual([]);
  });
});
