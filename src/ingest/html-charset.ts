/** The HTML spec's prescan looks at the first 1024 bytes for a charset declaration; so do we. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The charset an HTML page declares in `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, read from its first 1024
 * bytes; undefined when it declares none.
 *
 * @example declaredCharset(Buffer.from('<meta charset="iso-8859-1">')) // 'iso-8859-1'
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1];
}
