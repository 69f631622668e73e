import { expect } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

/** Runs the CLI in-process and captures its exit status and both output streams. */
export async function runCapture(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

/** Runs a command that must succeed and parses its JSON. */
export async function cliJson(argv: string[]) {
  const { status, stdout, stderr } = await runCapture(argv);
  expect(stderr, argv.join(' ')).toBe('');
  expect(status, argv.join(' ')).toBe(0);
  return JSON.parse(stdout);
}

/** Runs a command that must be refused: status 2 and one line on stderr containing `message`. */
export async function cliRefused(argv: string[], message: string) {
  const { status, stdout, stderr } = await runCapture(argv);
  expect(status, argv.join(' ')).toBe(2);
  expect(stdout, argv.join(' ')).toBe('');
  expect(stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
  expect(stderr, argv.join(' ')).toContain(message);
}
