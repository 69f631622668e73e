import type { Command } from './command.ts';
import { analyzeCommand } from './analyze.ts';

/** Every sub-command, in the order `--help` lists them. */
export const commands: Command[] = [analyzeCommand];
