import type { Doc, Link, LinkKind, LinkMention, MentionKind } from '../doc/index.js';
import { normalizeName } from '../kb/normalize.js';

/** A `links` row as read back with its article. */
export interface LinkRow {
  readonly char_start: number;
  readonly char_end: number;
  readonly kind: LinkKind;
  readonly kb_id: string | null;
  readonly country: string | null;
  readonly code: string | null;
  readonly code_basis: NonNullable<Link['codeBasis']> | null;
  readonly mentions: string;
}

/** Mentions as stored: `[start, end, kind, entityIdx | null]`. */
type MentionTuple = [number, number, MentionKind, number | null];

/** The JSON of a link's mentions column. */
export function encodeMentions(mentions: readonly LinkMention[]): string {
  return JSON.stringify(mentions.map((m): MentionTuple => [m.start, m.end, m.kind, m.entity ?? null]));
}

/** A link from its row; `id` is its index in the article's layer. */
export function linkFromRow(row: LinkRow, id: number): Link {
  const mentions = (JSON.parse(row.mentions) as MentionTuple[]).map(([start, end, kind, entity]): LinkMention =>
    entity === null ? { start, end, kind } : { start, end, kind, entity },
  );
  return {
    start: row.char_start,
    end: row.char_end,
    id,
    kind: row.kind,
    mentions,
    ...(row.kb_id !== null ? { kbId: row.kb_id } : {}),
    ...(row.country !== null ? { country: row.country } : {}),
    ...(row.code !== null ? { code: row.code } : {}),
    ...(row.code_basis !== null ? { codeBasis: row.code_basis } : {}),
  };
}

/**
 * The name a link goes by in the corpus: its longest `name` mention ("Vladimir Putin" over
 * "Putin"), else its longest mention of any kind but a pronoun or description.
 */
export function linkName(doc: Doc, link: Link): string {
  const named = link.mentions.filter((m) => m.kind === 'name' || m.kind === 'group');
  const pool = named.length > 0 ? named : link.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'description');
  const best = (pool.length > 0 ? pool : link.mentions).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return doc.text.slice(best.start, best.end).replace(/\s+/g, ' ');
}

/**
 * The corpus entity a link belongs to: its KB entry when it has one, else its kind and normalized
 * name, so "Henry Hale" in two articles is one entity and "Hale" the river is another.
 */
export function corpusKey(doc: Doc, link: Link): string {
  return link.kbId ?? `${link.kind}:${normalizeName(linkName(doc, link))}`;
}
