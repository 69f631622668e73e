import type { Command } from './command.ts';
import { analyzeCommand } from './analyze.ts';
import { bootstrapCommand } from './bootstrap.ts';
import { coverageCommand } from './coverage.ts';
import { fitCommand } from './fit.ts';
import { simulateCommand } from './simulate.ts';
import { reconstructCommand } from './reconstruct.ts';
import { testCommand } from './test.ts';
import { simonCommand } from './simon.ts';
import { monitorCommand } from './monitor.ts';
import { mapCommand } from './map.ts';

/** Every sub-command, in the order `--help` lists them. */
export const commands: Command[] = [
  analyzeCommand,
  mapCommand,
  reconstructCommand,
  bootstrapCommand,
  simulateCommand,
  fitCommand,
  coverageCommand,
  testCommand,
  simonCommand,
  monitorCommand,
];
