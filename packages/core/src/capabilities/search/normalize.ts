/** Lower-cases a term and folds diacritics, so "één" finds "een" and "cafe" finds "café". */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
