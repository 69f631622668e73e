/** Where a command writes: standard output for results, standard error for messages. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One sub-command of the `cohortscope` CLI. */
export interface Command {
  name: string;
  /** One line shown in the command list. */
  summary: string;
  /** Full help text: usage line, options, output. */
  help: string;
  /** Runs the command; resolves to the process exit status (0 ok, 2 bad input or arguments). */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** An error in the user's arguments or input: printed as its message alone, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
