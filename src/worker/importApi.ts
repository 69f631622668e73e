import type { ParseOptions, ParseResult } from '../io/parseCohort.ts';

/** What the import worker exposes over comlink. */
export interface ImportWorkerApi {
  parse(text: string, options: ParseOptions): ParseResult;
}
