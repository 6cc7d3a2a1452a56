import type { Doc } from '../doc/index.js';
import type { Store } from '../store/store.js';

/** What looking an article up by a full or short id found. */
export type Lookup =
  | { readonly kind: 'found'; readonly doc: Doc }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] };

/** Finds an article by its id or an unambiguous prefix of it (as `git` does with commits). */
export async function findArticle(store: Store, idOrPrefix: string): Promise<Lookup> {
  const exact = await store.getDoc(idOrPrefix);
  if (exact) return { kind: 'found', doc: exact };
  const ids = await store.resolveId(idOrPrefix, 5);
  if (ids.length > 1) return { kind: 'ambiguous', ids };
  const doc = ids[0] === undefined ? undefined : await store.getDoc(ids[0]);
  return doc ? { kind: 'found', doc } : { kind: 'missing' };
}
