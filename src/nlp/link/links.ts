import { diagnostic, type Diagnostic, type Doc, type KindEvidence, type Link, type LinkMention } from '../../doc/index.js';
import type { Kb } from '../../kb/index.js';
import { findAcronyms } from '../acronyms.js';
import { clusterDrafts } from './cluster.js';
import type { Cluster } from './cluster-types.js';
import { clusterCode } from './code.js';
import { linkContext, type LinkContext } from './context.js';
import { resolveReferences } from './describe.js';
import type { Draft } from './drafts.js';
import { draftMentions } from './mentions.js';
import { aliasSwaps } from './spin.js';

function mention(d: Draft): LinkMention {
  return d.entity === undefined ? { start: d.start, end: d.end, kind: d.kind } : { start: d.start, end: d.end, kind: d.kind, entity: d.entity };
}

/**
 * Why an unlinked person cluster is a person when the tagger never typed any of its names PER:
 * the first cue in text order — a courtesy title or relative "who" beside a name, a title before
 * it, a description or pronoun resolved to it. A KB entry's kind needs no evidence.
 */
function kindEvidence(ctx: LinkContext, c: Cluster): KindEvidence | undefined {
  if (c.kb !== undefined || c.kind !== 'person') return undefined;
  const types = c.drafts.flatMap((d) => (d.entity === undefined ? [] : [ctx.entities[d.entity]?.type]));
  if (types.length === 0 || types.includes('PER')) return undefined;
  const cues = c.drafts.flatMap((d): KindEvidence[] => {
    if (d.personCue) return [d.personCue];
    if (d.kind === 'title' || d.kind === 'description' || d.kind === 'pronoun') return [{ start: d.start, end: d.end, cue: d.kind }];
    return [];
  });
  return cues.sort((a, b) => a.start - b.start)[0];
}

/**
 * The links layer of an article: its entity mentions, acronym definitions, titles, demonyms,
 * descriptions and pronouns clustered into one entry per entity, each linked to the KB when the
 * evidence supports it and coded at the article's date. Sorted by first mention; `id` is the index.
 *
 * @example
 * linkEntities(doc, sharedKb()).find((l) => l.kbId === 'person:vladimir-putin')?.code // 'RUSGOV' (2017)
 */
export function linkEntities(doc: Doc, kb: Kb): Link[] {
  const ctx = linkContext(doc, kb);
  const drafts = draftMentions(ctx, findAcronyms(ctx.text, ctx.tokens));
  const clusters = clusterDrafts(ctx, drafts);
  resolveReferences(ctx, clusters, drafts);
  const links = clusters
    .filter((c) => c.drafts.length > 0)
    .map((c) => {
      const mentions = [...new Map(c.drafts.map((d) => [`${d.start}:${d.end}`, mention(d)])).values()].sort((a, b) => a.start - b.start || a.end - b.end);
      const first = mentions[0]!;
      const entry = c.kb === undefined ? undefined : kb.entries[c.kb];
      const evidence = kindEvidence(ctx, c);
      return {
        start: first.start,
        end: first.end,
        kind: c.kind ?? 'organization',
        mentions,
        ...(entry ? { kbId: entry.id } : {}),
        ...(c.country ? { country: c.country } : {}),
        ...clusterCode(ctx, c),
        ...(evidence ? { kindEvidence: evidence } : {}),
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return links.map((link, id) => ({ ...link, id }));
}

/**
 * Diagnostics of a linked article: `links/no-date` when it has no publication date (codes are
 * then the latest each entity held) and `spin/alias-swap` warnings.
 */
export function linkDiagnostics(doc: Doc): Diagnostic[] {
  const links = doc.layers.links ?? [];
  const out: Diagnostic[] = [];
  if (links.some((l) => l.codeBasis === 'latest')) {
    out.push(diagnostic('info', 'links', 'links/no-date', 'the article has no publication date (meta.published), so actor codes are the latest each entity held; give the date to code at it'));
  }
  return [...out, ...aliasSwaps(doc, links)];
}
