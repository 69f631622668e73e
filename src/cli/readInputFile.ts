import { readFile } from 'node:fs/promises';
import { UsageError } from './command.ts';

/**
 * Reads a file named on the command line, as text with `'utf8'`, else as bytes. One that cannot
 * be read is a usage error naming it (`label`, by default its path): "no such file", or "cannot
 * read" with the system's code.
 * @example const text = await readInputFile('summary.json', 'utf8'); // or "summary.json: no such file"
 */
export async function readInputFile(
  path: string,
  encoding: 'utf8',
  label?: string,
): Promise<string>;
export async function readInputFile(path: string, encoding?: null, label?: string): Promise<Buffer>;
export async function readInputFile(
  path: string,
  encoding: 'utf8' | null = null,
  label = path,
): Promise<string | Buffer> {
  try {
    return encoding ? await readFile(path, encoding) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${label}: no such file` : `${label}: cannot read (${code ?? 'error'})`,
    );
  }
}
