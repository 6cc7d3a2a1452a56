import type { DocMeta } from '../doc/index.js';

/** What a caller tells a pure reader about the article: at least where it came from. */
export type ReaderMeta = Partial<DocMeta> & { readonly origin: string };

/** Metadata a reader is still filling in; every field it sets has a value. */
export type MetaFields = { -readonly [K in keyof DocMeta]?: DocMeta[K] };

/** Metadata a reader found in the input; a field it looked for and did not find is undefined. */
export type FoundMeta = { [K in keyof DocMeta]?: DocMeta[K] | undefined };

/**
 * Merges metadata: the caller's values win over what the reader found (a JSONL `title` beats the
 * HTML `<title>`), `format` is the reader's, and absent values are dropped so the object
 * round-trips through JSON unchanged (`exactOptionalPropertyTypes`).
 */
export function mergeMeta(format: string, found: FoundMeta, given: ReaderMeta): DocMeta {
  const out: Record<string, unknown> = {};
  for (const source of [found, given]) {
    for (const [key, value] of Object.entries(source)) if (value !== undefined) out[key] = value;
  }
  out['format'] = format;
  return out as unknown as DocMeta;
}
