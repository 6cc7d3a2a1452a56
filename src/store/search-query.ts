/**
 * Turns free text into an FTS5 query that cannot be malformed: each whitespace-separated word
 * becomes a quoted phrase (`"` doubled inside), joined by spaces, which FTS5 reads as AND. Words
 * with no letter or digit are dropped, since the tokenizer would find nothing in them. Returns
 * undefined when nothing searchable is left.
 *
 * The store tries the query as the user wrote it first, so FTS5 syntax (`OR`, `NEAR`, `title:`,
 * prefix `*`) works; this is the fallback when that query does not parse.
 *
 * @example
 * literalQuery('"unbalanced AND AND'); // '"""unbalanced" "AND" "AND"'
 */
export function literalQuery(query: string): string | undefined {
  const words = query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return undefined;
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}
