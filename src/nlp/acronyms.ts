import type { Token } from '../doc/index.js';

/** An acronym defined in the text: the long form's tokens `[longStart, longEnd)` and the acronym's token. */
export interface AcronymDefinition {
  readonly longStart: number;
  readonly longEnd: number;
  readonly acronym: number;
}

/** Lower-case words a long form may contain, which may or may not give the acronym a letter. */
const JOINERS = new Set(['of', 'on', 'to', 'and', 'for', 'the', 'in', 'at', 'de', 'du', 'des', 'la', 'le', 'el', '&']);
/** Words searched back from the bracket for the long form. */
const WINDOW = 12;

/**
 * Whether `words` spell `letters`: every capitalized word gives its initial, a joiner may give
 * its own or none. "Program on New Approaches to Research and Security" spells PONARS with "on"
 * counted and "to", "and" skipped.
 */
function spells(words: readonly { initial: string; joiner: boolean }[], letters: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const id = w * 64 + l;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const word = words[w]!;
    const matches = l < letters.length && word.initial === letters[l];
    const result = (matches && go(w + 1, l + 1)) || (word.joiner && go(w + 1, l));
    memo.set(id, result);
    return result;
  };
  return go(0, 0);
}

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Finds "Long Form Name (LFN)" definitions: a capitalized acronym alone in brackets, right after
 * the shortest run of capitalized words and joiners, starting with a capitalized word, whose
 * initials spell it. The entity recognizer uses them to keep a long form whole, the linker to
 * join the acronym to it.
 *
 * @example
 * // "… co-director of the Program on New Approaches to Research and Security (PONARS) in Eurasia"
 * findAcronyms(text, tokens) // [{longStart: <Program>, longEnd: <)> - 2, acronym: <PONARS>}]
 */
export function findAcronyms(text: string, tokens: readonly Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const word = (i: number): string => text.slice(tokens[i]!.start, tokens[i]!.end);
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (word(i) !== '(' || word(i + 2) !== ')') continue;
    const acronym = word(i + 1);
    if (!/^[A-Z][A-Za-z]*[A-Z]$/.test(acronym) || acronym.length > 10) continue;
    const letters = acronym.toLowerCase();
    const words: { initial: string; joiner: boolean }[] = [];
    for (let start = i - 1; start >= Math.max(0, i - WINDOW); start--) {
      const raw = word(start);
      const capitalized = isCapitalized(raw);
      const joiner = JOINERS.has(raw) && !capitalized;
      if (!joiner && !capitalized) break;
      words.unshift({ initial: raw.charAt(0).toLowerCase(), joiner });
      if (!joiner && spells(words, letters)) {
        out.push({ longStart: start, longEnd: i, acronym: i + 1 });
        break;
      }
    }
  }
  return out;
}
