import type { Token, TokenKind } from '../doc/index.js';
import { StoreError } from './errors.js';

/**
 * The byte stored for each token kind. This is on-disk format: never renumber, only add. Typed as
 * a `Record` so a new `TokenKind` without a code is a compile error.
 */
const KIND_CODE: Readonly<Record<TokenKind, number>> = {
  word: 0,
  number: 1,
  punct: 2,
  symbol: 3,
  url: 4,
  email: 5,
};

const KIND_BY_CODE: readonly TokenKind[] = Object.entries(KIND_CODE)
  .sort((a, b) => a[1] - b[1])
  .map(([kind]) => kind as TokenKind);

/** Bytes per token: a Uint32 start, a Uint32 end and a Uint8 kind. */
const BYTES_PER_TOKEN = 9;

/**
 * Packs a tokens layer into one buffer: all starts (Uint32, little-endian), then all ends, then all
 * kinds (one byte each) — 9 bytes a token. Column-wise rather than token-wise so each array is one
 * contiguous, 4-byte-aligned run that a reader could view as a typed array. Little-endian is
 * explicit so a database file reads the same on any machine.
 *
 * @example
 * packTokens([{ start: 0, end: 5, kind: 'word' }]).length; // 9
 */
export function packTokens(tokens: readonly Token[]): Buffer {
  const n = tokens.length;
  const out = Buffer.allocUnsafe(n * BYTES_PER_TOKEN);
  const ends = n * 4;
  const kinds = n * 8;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    out.writeUInt32LE(token.start, i * 4);
    out.writeUInt32LE(token.end, ends + i * 4);
    out[kinds + i] = KIND_CODE[token.kind];
  }
  return out;
}

/** Reverses {@link packTokens} exactly; a blob of the wrong size or an unknown kind is `E_STORE_CORRUPT`. */
export function unpackTokens(packed: Uint8Array, count: number): Token[] {
  if (packed.length !== count * BYTES_PER_TOKEN) {
    throw new StoreError('E_STORE_CORRUPT', `token blob has ${packed.length} bytes, expected ${count * BYTES_PER_TOKEN} for ${count} tokens`);
  }
  const view = Buffer.from(packed.buffer, packed.byteOffset, packed.length);
  const ends = count * 4;
  const kinds = count * 8;
  const tokens = new Array<Token>(count);
  for (let i = 0; i < count; i++) {
    const kind = KIND_BY_CODE[view[kinds + i]!];
    if (kind === undefined) throw new StoreError('E_STORE_CORRUPT', `token ${i} has unknown kind code ${view[kinds + i]}`);
    tokens[i] = { start: view.readUInt32LE(i * 4), end: view.readUInt32LE(ends + i * 4), kind };
  }
  return tokens;
}
