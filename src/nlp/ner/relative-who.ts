import type { Entity, Token } from '../../doc/index.js';

const UPPER = /^\p{Lu}\p{Ll}/u;
const WHO = /^(who|whose)$/i;

/**
 * Adds the person the tagger missed in "Hale, who is co-director of …": a capitalized word no
 * mention covers, right before ", who" or ", whose", that news writes capitalized in mid-sentence
 * (`names`, see `models/capitalized.txt.gz`). The relative pronoun says a person; the list keeps
 * out the common words that merely open a sentence ("Critics, who …"). A one-word ORG or LOC
 * mention there becomes PER too, unless `known` says the word names a place, organization or
 * nationality ("Hamas, who …" stays an organization).
 */
export function addRelativeWhoPersons(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  names: ReadonlySet<string>,
  known: (key: string) => boolean,
): Entity[] {
  const covered = new Uint8Array(tokens.length);
  for (const e of entities) covered.fill(1, e.tokenStart, e.tokenEnd);
  const word = (i: number): string => (tokens[i] ? text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const beforeWho = (i: number): boolean => word(i + 1) === ',' && WHO.test(word(i + 2));
  const retyped = entities.map((e) => {
    if ((e.type !== 'ORG' && e.type !== 'LOC') || e.tokenEnd - e.tokenStart !== 1 || !beforeWho(e.tokenStart)) return e;
    const w = word(e.tokenStart);
    return UPPER.test(w) && !known(w.toLowerCase()) ? { ...e, type: 'PER' as const } : e;
  });
  const added: Entity[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = word(i);
    if (covered[i] || tokens[i]!.kind !== 'word' || !UPPER.test(w) || !beforeWho(i)) continue;
    if (!names.has(w.toLowerCase())) continue;
    added.push({ start: tokens[i]!.start, end: tokens[i]!.end, type: 'PER', tokenStart: i, tokenEnd: i + 1 });
  }
  if (added.length === 0) return retyped;
  return [...retyped, ...added].sort((x, y) => x.start - y.start || x.end - y.end);
}
