import { version } from '../../package.json';
import { UsageError, type CliIo } from './command.ts';
import { commands } from './commands.ts';

const overview = () => {
  const width = Math.max(12, ...commands.map((c) => c.name.length + 2));
  return [
    'cohortscope: endpoints and uncertainty for small single-arm cohorts',
    '',
    'Usage: cohortscope COMMAND [ARGS] [--help]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `cohortscope COMMAND --help` for the options of one command,',
    '`cohortscope --version` for the version.',
    '',
  ].join('\n');
};

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit status.
 * Usage errors and refused input print one message to stderr and give status 2; never a stack trace.
 * @example await runCli(['analyze', 'cohort.csv'], { stdout: console.log, stderr: console.error })
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(
      `cohortscope: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})\n`,
    );
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cohortscope ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`cohortscope ${name}: unexpected error: ${message}\n`);
    return 1;
  }
}
