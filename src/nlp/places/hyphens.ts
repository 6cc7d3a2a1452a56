import type { Token } from '../../doc/index.js';
import { textKey, type Gazetteer } from '../../geo/gazetteer.js';
import { candidatesOf } from './resolve.js';

/** A piece of a hyphenated name: its characters, the tokens it lies in and its lookup key. */
export interface HyphenPiece {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly key: string;
}

/** Shorter pieces are party letters or articles, not places: "D-Calif.", "al-Tanf". */
const MIN_PIECE = 3;

/**
 * The places a hyphen joins in a name the gazetteer lacks: "Fargo-Moorhead" is Fargo and
 * Moorhead, "Washington-Moscow" two capitals, "Athens-Clarke County" Athens and Clarke County,
 * "D-Calif." (a member of Congress's party and state) California. The tokenizer keeps a
 * hyphenated word as one token, so pieces are cut by character; a piece after the last hyphen
 * runs to the end of the name. Only capitalized pieces of three letters or more that the gazetteer
 * knows are returned ("Chabad-Shadyside" gives Shadyside); none when the name has no hyphen.
 */
export function hyphenPieces(text: string, tokens: readonly Token[], gaz: Gazetteer, tokenStart: number, tokenEnd: number): HyphenPiece[] {
  const pieces: { start: number; end: number; tokenStart: number; tokenEnd: number }[] = [];
  let from = tokens[tokenStart]!.start;
  let fromToken = tokenStart;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const tok = tokens[t]!;
    const word = text.slice(tok.start, tok.end);
    for (let i = word.indexOf('-'); i > 0 && i < word.length - 1; i = word.indexOf('-', i + 1)) {
      pieces.push({ start: from, end: tok.start + i, tokenStart: fromToken, tokenEnd: t + 1 });
      from = tok.start + i + 1;
      fromToken = t;
    }
  }
  if (pieces.length === 0) return [];
  pieces.push({ start: from, end: tokens[tokenEnd - 1]!.end, tokenStart: fromToken, tokenEnd });
  const out: HyphenPiece[] = [];
  for (const p of pieces) {
    const written = text.slice(p.start, p.end);
    const words = written.replace(/\.$/, '');
    const key = textKey(gaz, words, written.endsWith('.') || text[p.end] === '.');
    if (words.length < MIN_PIECE || !/^\p{Lu}/u.test(words) || candidatesOf(gaz, key).length === 0) continue;
    out.push({ ...p, end: p.start + words.length, key });
  }
  return out;
}
