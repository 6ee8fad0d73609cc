// Folds text the way the database's relatio_fold does: lower case, no accents, single spaces.
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Escapes LIKE wildcards in user input.
export function escapeLike(value: string): string {
  return value.replace(/[%_\\]/g, '\\$&');
}
