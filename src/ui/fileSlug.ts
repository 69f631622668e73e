/**
 * Turns a cohort name into a safe file-name stem: letters, digits and dashes only.
 *
 * @example fileSlug('HLH treated with anakinra (18)') // 'hlh-treated-with-anakinra-18'
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'cohort';
}
