import { UsageError } from './command.ts';
import { readInputFile } from './readInputFile.ts';

/**
 * Reads a JSON file named on the command line; a file that cannot be read or parsed is a usage
 * error naming it. The value is unchecked: validate it before use.
 * @example const json = await readJsonFile('scenario.json'); // or "scenario.json: not valid JSON (…)"
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readInputFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
