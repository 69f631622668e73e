/** Names of the spreadsheets the importer reads. */
export const SPREADSHEET_FILE = /\.(xlsx|xlsm|xls|ods)$/i;
/** Names of SAS transport files. */
export const XPT_FILE = /\.xpt$/i;

/**
 * Whether a file is read as bytes (a spreadsheet or SAS transport file) rather than text, by its
 * name. A module of its own so that the page can decide how to read a file without loading the
 * readers.
 * @example isBinaryFile('visits.xlsx') // true
 */
export function isBinaryFile(name: string): boolean {
  return SPREADSHEET_FILE.test(name) || XPT_FILE.test(name);
}
