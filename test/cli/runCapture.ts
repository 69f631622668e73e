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
