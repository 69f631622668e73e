import { UsageError } from './command.ts';

/** Parsed command-line arguments: positionals in order and `--flag value` options. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
}

/**
 * Splits `args` into positionals and options, refusing flags not in `known`.
 * Options take one value (`--reps 1000` or `--reps=1000`); names in `switches` take none.
 * @example parseArgs(['a.csv', '--level', '0.9'], { known: ['level'] }) // { positionals: ['a.csv'], options: { level: '0.9' } }
 */
export function parseArgs(
  args: readonly string[],
  { known, switches = [] }: { known: readonly string[]; switches?: readonly string[] },
): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (switches.includes(name)) {
      options[name] = 'true';
      continue;
    }
    if (!known.includes(name)) {
      const allowed = [...known, ...switches].map((k) => `--${k}`).join(', ');
      throw new UsageError(`unknown option --${name} (allowed: ${allowed || 'none'})`);
    }
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positionals, options };
}
