/**
 * The key a name is looked up by: lower case, accents dropped, dictionary underscores and hyphens
 * as spaces, every other non-alphanumeric character removed, so "U.S." and the dictionary's
 * `U.S._` both become "us" and "Al-Assad" and `AL_ASSAD_` both "al assad".
 *
 * @example
 * normalizeName('VLADIMIR_V._PUTIN_') // 'vladimir v putin'
 */
export function normalizeName(raw: string): string {
  // Most tokens are plain ASCII words: lower-casing is all they need, and it is 10× cheaper.
  if (/^[A-Za-z0-9]+$/.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFD')
    .toLowerCase()
    .replace(/[_\-\u2010-\u2015]+/g, ' ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/ +/g, ' ')
    .trim();
}
