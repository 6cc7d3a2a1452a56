/** Words kept in lower case inside a display name ("Program on New Approaches"). */
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'to', 'al', 'el', 'bin', 'van', 'von', 'der', 'du', 'la']);

/**
 * A dictionary phrase as people write it: `VLADIMIR_PUTIN_` → "Vladimir Putin",
 * `RUSSIAN_FEDERATION` → "Russian Federation". A one-word name of up to four characters is an
 * acronym and stays in capitals (`FBI_` → "FBI", `U.N._` → "U.N.").
 */
export function displayName(raw: string): string {
  const words = raw.replace(/_+$/, '').split('_').filter((w) => w.length > 0);
  if (words.length === 1 && (words[0] ?? '').replace(/\./g, '').length <= 4) return words[0] ?? '';
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/(^|[-.'(])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}
