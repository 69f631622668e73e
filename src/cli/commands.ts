import type { Command } from './command.ts';
import { analyzeCommand } from './analyze.ts';
import { reconstructCommand } from './reconstruct.ts';

/** Every sub-command, in the order `--help` lists them. */
export const commands: Command[] = [analyzeCommand, reconstructCommand];
