import { normalizeName } from '../kb/normalize.js';

/** English plural of a role noun's last word, as PETRARCH forms it for agents without `{…}`. */
function plural(word: string): string {
  if (/man$/.test(word)) return word.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * Reads PETRARCH's agents dictionary into normalized phrase → agent code: `PRESIDENT [~GOV]`
 * gives "president" and "presidents" → "GOV"; `!PERSON!`-style macros expand to each of their
 * words; an explicit `{PLURAL}` replaces the formed plural and `{}` means none.
 */
export function readAgents(text: string): Record<string, string> {
  const macros = new Map<string, string[]>();
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.split('#')[0]?.trim() ?? '';
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1] ?? '', (macro[2] ?? '').split(',').map((w) => w.trim()));
      continue;
    }
    const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!entry) continue;
    const code = entry[3] ?? '';
    let phrases = [entry[1] ?? ''];
    for (const [name, words] of macros) {
      phrases = phrases.flatMap((p) => (p.includes(name) ? words.map((w) => p.split(name).join(w)) : [p]));
    }
    const explicit = entry[2];
    for (const phrase of phrases) {
      const key = normalizeName(phrase);
      if (key.length === 0) continue;
      const forms = explicit === undefined ? [key, key.replace(/\S+$/, plural)] : [key, ...(explicit.trim() ? [normalizeName(explicit)] : [])];
      for (const form of forms) if (!(form in out)) out[form] = code;
    }
  }
  return out;
}
