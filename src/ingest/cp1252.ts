/**
 * Windows-1252's bytes 0x80–0x9F, where it differs from Latin-1: curly quotes, dashes, €, ™ ….
 * The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
 * control of the same number, as the WHATWG Encoding Standard says.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes Windows-1252 bytes. Node 20's `new TextDecoder('windows-1252')` decodes as Latin-1,
 * turning the byte 0x93 (“) into the invisible control U+0093 — so this does it by hand: Latin-1
 * for everything, then the 0x80–0x9F block through the table.
 *
 * @example decodeWindows1252(Buffer.from([0x93, 0x68, 0x69, 0x94])) // '“hi”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c) : latin1;
}
