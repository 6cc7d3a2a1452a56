/**
 * Word shape: each letter becomes `X` or `x`, each digit `d`, other characters stay.
 * The long shape keeps length (`Xxxxx` for "Paris"); the short shape collapses runs (`Xx`), so
 * "Merkel" and "Paris" share it while "EU" (`X`) and "1996-08-22" (`d-d-d`) stand apart.
 */
export function longShape(word: string): string {
  let out = '';
  const n = Math.min(word.length, 12);
  for (let i = 0; i < n; i++) out += shapeChar(word.charCodeAt(i), word.charAt(i));
  return word.length > 12 ? `${out}~` : out;
}

/** The collapsed shape: runs of one class written once (`Xx`, `X`, `d.d`, `x-x`). */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = shapeChar(word.charCodeAt(i), word.charAt(i));
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeChar(code: number, char: string): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return char;
  // Non-ASCII letters ("Zürich", "Ł"): decide case by comparing with the case-mapped form.
  const lower = char.toLowerCase();
  if (lower !== char) return 'X';
  if (char.toUpperCase() !== char) return 'x';
  return 'o';
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** True when the word has a letter and no lower-case letter ("EU", "U.S.", "BRUSSELS"). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
