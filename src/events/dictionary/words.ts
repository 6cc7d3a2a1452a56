/**
 * English word forms PETRARCH generates for dictionary entries, lower case. Over-generating is
 * harmless here (a form no text contains never matches), so a final consonant is both kept and
 * doubled ("stoped", "stopped") instead of guessing the stress.
 */

/** Regular plural, as PETRARCH forms it: `+s`, `y` → `ies`, `ss` → `sses`. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The regular forms of a verb: itself, third person, past and participle, and `-ing`. */
export function verbForms(verb: string): string[] {
  const out = new Set([verb, plural(verb)]);
  if (verb.endsWith('e')) {
    out.add(`${verb}d`);
    out.add(verb.endsWith('ee') ? `${verb}ing` : `${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    out.add(`${verb.slice(0, -1)}ied`);
    out.add(`${verb}ing`);
  } else {
    out.add(`${verb}ed`);
    out.add(`${verb}ing`);
    if (/[^aeiou][aeiou][bdgklmnprtv]$/.test(verb)) {
      const last = verb.slice(-1);
      out.add(`${verb}${last}ed`);
      out.add(`${verb}${last}ing`);
    }
  }
  return [...out];
}

/** Dictionary words to text words: lower case, with the `_` that joins phrase words as a space. */
export function dictionaryWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s_]+/)
    .filter((w) => w.length > 0);
}

/** Drops `#` comments and `<!-- … -->` blocks (the PETR.Validate files open with them). */
export function stripComments(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((line) => {
      const hash = line.indexOf('#');
      return hash >= 0 ? line.slice(0, hash) : line;
    });
}
