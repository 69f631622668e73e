/** Where a command writes: standard output for results, standard error for messages. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One sub-command of the `cohortscope` CLI, as its module exports it. */
export interface Command {
  /** Full help text: usage line, options, output. */
  help: string;
  /** Runs the command; resolves to the process exit status (0 ok, 2 bad input or arguments). */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/**
 * One line of the command table: the name and summary that `--help` lists without loading
 * anything, and how to load the command's module when it is used.
 */
export interface CommandEntry {
  name: string;
  /** One line shown in the command list. */
  summary: string;
  load: () => Promise<Command>;
}

/** An error in the user's arguments or input: printed as its message alone, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
