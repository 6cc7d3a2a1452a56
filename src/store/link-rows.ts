import type { Doc, KindEvidence, Link, LinkKind, LinkMention, MentionKind, PersonCue } from '../doc/index.js';
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
  /** JSON `[start, end, cue]` of `Link.kindEvidence`, or null. */
  readonly kind_evidence: string | null;
}

/** Mentions as stored: `[start, end, kind, entityIdx | null]`. */
type MentionTuple = [number, number, MentionKind, number | null];

/** The JSON of a link's mentions column. */
export function encodeMentions(mentions: readonly LinkMention[]): string {
  return JSON.stringify(mentions.map((m): MentionTuple => [m.start, m.end, m.kind, m.entity ?? null]));
}

/** The JSON of a link's kind evidence column: `[start, end, cue]`, null when it has none. */
export function encodeKindEvidence(evidence: KindEvidence | undefined): string | null {
  return evidence ? JSON.stringify([evidence.start, evidence.end, evidence.cue]) : null;
}

function decodeKindEvidence(json: string): KindEvidence {
  const [start, end, cue] = JSON.parse(json) as [number, number, PersonCue];
  return { start, end, cue };
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
    ...(row.kind_evidence !== null ? { kindEvidence: decodeKindEvidence(row.kind_evidence) } : {}),
  };
}

/**
 * The name a link goes by in the corpus: a person's longest name ("Vladimir Putin" over "Putin"),
 * anything else's most used name ("Russia" over one "Russian Federation"), else its most used
 * mention of any kind but a pronoun or description ("Russian military personnel").
 */
export function linkName(doc: Doc, link: Link): string {
  const text = (m: LinkMention): string => doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
  const named = link.mentions.filter((m) => m.kind === 'name');
  const pool = named.length > 0 ? named : link.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'description');
  const forms = (pool.length > 0 ? pool : link.mentions).map(text);
  if (link.kind === 'person') return forms.reduce((a, b) => (b.length > a.length ? b : a));
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0].length > a[0].length) ? b : a))[0];
}

/**
 * The corpus entity a link belongs to: its KB entry when it has one, else its kind and normalized
 * name, so "Henry Hale" in two articles is one entity and "Hale" the river is another. A link
 * with no name, no KB entry and no country ("the company", "a spokesman") names nobody in
 * particular: it stays an entity of its own article, or every article's "the company" would add
 * up to one corpus entity, the most mentioned of all.
 */
export function corpusKey(doc: Doc, link: Link): string {
  if (link.kbId) return link.kbId;
  const key = `${link.kind}:${normalizeName(linkName(doc, link))}`;
  const named = link.mentions.some((m) => m.kind === 'name' || m.kind === 'acronym');
  return named || link.country ? key : `${key}@${doc.id}`;
}
