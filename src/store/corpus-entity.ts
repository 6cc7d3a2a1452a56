import type { ArticleSummary } from './store.js';

/**
 * One entity across the corpus: the KB entry the linker found, or a kind and name seen in more
 * than one article ("Henry Hale"). `mentions` counts every mention in every article; first and
 * last seen are publication dates (the storing time for undated articles).
 */
export interface CorpusEntity {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly kbId: string | null;
  /** The CAMEO actor code of its latest stored article. */
  readonly code: string | null;
  readonly mentions: number;
  readonly articles: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** Everything `newsgraph entity NAME` shows about one entity. */
export interface EntityReport {
  readonly entity: CorpusEntity;
  /** The names the articles used for it ("Putin", "Vladimir Putin", "Russian President"), most used first. */
  readonly aliases: readonly { readonly text: string; readonly count: number }[];
  /** Its newest articles, with how often each mentions it. */
  readonly articles: readonly (ArticleSummary & { readonly mentions: number })[];
  /** The entities named in the most of the same articles. */
  readonly coMentions: readonly (CorpusEntity & { readonly together: number })[];
}
