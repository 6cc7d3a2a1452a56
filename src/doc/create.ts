import { createHash } from 'node:crypto';
import type { Doc, DocMeta, SourceMap } from './doc.js';
import type { Diagnostic } from './diagnostic.js';

/** The article id: hex SHA-256 of the text, first 32 characters (128 bits). */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}

/** Makes a Doc with no layers from what a reader produced. */
export function createDoc(
  text: string,
  meta: DocMeta,
  sourceMap: SourceMap = [],
  diagnostics: readonly Diagnostic[] = [],
): Doc {
  return { id: contentId(text), text, meta, sourceMap, layers: {}, diagnostics };
}
