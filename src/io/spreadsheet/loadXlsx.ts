/** The spreadsheet library's module (SheetJS Community Edition). */
export type XlsxModule = typeof import('@e965/xlsx');

/**
 * Loads the spreadsheet reader on demand (a separate chunk of about 120 KB gzipped), so pages
 * and workers that never see a spreadsheet never download it.
 * @example const xlsx = await loadXlsx();
 */
export function loadXlsx(): Promise<XlsxModule> {
  return import('@e965/xlsx');
}
