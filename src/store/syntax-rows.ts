import type { Chunk, ChunkType, PosTag, Token } from '../doc/index.js';
import { StoreError } from './errors.js';

/** The POS layer as stored: its tags joined by one space (the spans are the tokens'). */
export function packPos(pos: readonly PosTag[]): string {
  return pos.map((p) => p.tag).join(' ');
}

/** The POS layer back from {@link packPos}'s text and the article's tokens; `E_STORE_CORRUPT` if they disagree. */
export function unpackPos(tags: string, count: number, tokens: readonly Token[], id: string): PosTag[] {
  const list = count === 0 ? [] : tags.split(' ');
  if (list.length !== count || count !== tokens.length) {
    throw new StoreError('E_STORE_CORRUPT', `article ${id} has ${list.length} POS tags for ${tokens.length} tokens`);
  }
  return tokens.map((t, i) => ({ start: t.start, end: t.end, tag: list[i] as string }));
}

/** Chunks as stored: `TYPE START END` token-index triples joined by spaces. */
export function packChunks(chunks: readonly Chunk[]): string {
  return chunks.map((c) => `${c.type} ${c.tokenStart} ${c.tokenEnd}`).join(' ');
}

/** Chunks back from {@link packChunks}'s text, their spans taken from the article's tokens. */
export function unpackChunks(packed: string, count: number, tokens: readonly Token[], id: string): Chunk[] {
  const parts = count === 0 ? [] : packed.split(' ');
  const out: Chunk[] = [];
  for (let k = 0; k + 2 < parts.length; k += 3) {
    const tokenStart = Number(parts[k + 1]);
    const tokenEnd = Number(parts[k + 2]);
    const first = tokens[tokenStart];
    const last = tokens[tokenEnd - 1];
    if (!first || !last) throw new StoreError('E_STORE_CORRUPT', `article ${id} has a chunk [${tokenStart}, ${tokenEnd}) outside its ${tokens.length} tokens`);
    out.push({ start: first.start, end: last.end, type: parts[k] as ChunkType, tokenStart, tokenEnd });
  }
  if (out.length !== count) throw new StoreError('E_STORE_CORRUPT', `article ${id} lists ${count} chunks but stores ${out.length}`);
  return out;
}
