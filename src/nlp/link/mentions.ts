import { normalizeName } from '../../kb/index.js';
import type { Entity, KindEvidence } from '../../doc/index.js';
import type { AcronymDefinition } from '../acronyms.js';
import { agentAt, agentEndingAt } from './agents.js';
import { isCapitalized, type LinkContext } from './context.js';
import { nameKey, nameStarts, span } from './draft-span.js';
import type { Draft } from './drafts.js';
import { bareRoles, igoCode, modifiedRole, roleOfCountry } from './roles.js';

/** Words before a place that make it a location, not an actor: "in Moscow", not "Moscow must". */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'around', 'via', 'through', 'toward', 'towards', 'inside', 'within', 'of']);

/** The country a mention stands for as a modifier: a demonym ("Russian") or a country name ("US"). */
function modifierCountry(ctx: LinkContext, entity: Entity, key: string): string | undefined {
  if (entity.country) return entity.country;
  const demonym = ctx.kb.demonyms.get(key);
  if (demonym) return demonym;
  const entries = ctx.kb.byAlias.get(key) ?? [];
  const country = entries.map((i) => ctx.kb.entries[i]).find((e) => e?.kind === 'country');
  return country?.country;
}

/** The country of a town or region the KB knows under one country only: "Nablus" → PSE. */
function placeCountry(ctx: LinkContext, key: string): string | undefined {
  const countries = new Set((ctx.kb.byAlias.get(key) ?? []).map((i) => ctx.kb.entries[i]).filter((e) => e?.kind === 'place').map((e) => e?.country));
  const [only] = countries;
  return countries.size === 1 ? only : undefined;
}

/** Courtesy titles that are not part of a name: "Mr Blair" is "Blair", the Tony Blair named before. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof']);

/** A person's key without a leading courtesy title, when a name remains after it. */
function personKey(key: string): string {
  const space = key.indexOf(' ');
  return space > 0 && HONORIFICS.has(key.slice(0, space)) ? key.slice(space + 1) : key;
}

/** The token of a relative "who" right after a name ("Hale, who is co-director…"), if any. */
function whoAfter(ctx: LinkContext, end: number): number | undefined {
  const next = ctx.words[end] === '' ? end + 1 : end;
  return ctx.words[next] === 'who' && ctx.sentenceOf[next] === ctx.sentenceOf[end - 1] ? next : undefined;
}

/** The token of a capitalized courtesy title starting a name or right before it ("Mr. Krantz"), if any. */
function honorificAt(ctx: LinkContext, entity: Entity): number | undefined {
  if (entity.tokenEnd - entity.tokenStart > 1 && HONORIFICS.has(ctx.words[entity.tokenStart] ?? '')) return entity.tokenStart;
  // "Mr." may be two tokens, "Mr" and ".".
  const dot = ctx.words[entity.tokenStart - 1] === '' && ctx.text.slice(ctx.tokens[entity.tokenStart - 1]?.start ?? 0, ctx.tokens[entity.tokenStart - 1]?.end ?? 0) === '.';
  const before = entity.tokenStart - (dot ? 2 : 1);
  const same = before >= 0 && ctx.sentenceOf[before] === ctx.sentenceOf[entity.tokenStart];
  return same && HONORIFICS.has(ctx.words[before] ?? '') && isCapitalized(ctx, before) ? before : undefined;
}

/**
 * The cue that a name the tagger did not type PER, and the KB does not know, is a person: a
 * courtesy title before it, or a relative "who" after it. Either outweighs a tagger trained on
 * 1996 news, which types "Trump" ORG and "Tillerson" LOC.
 */
function personCue(ctx: LinkContext, entity: Entity, tokenEnd: number, key: string): KindEvidence | undefined {
  if (entity.type === 'PER' || ctx.kb.byAlias.has(key)) return undefined;
  const honorific = honorificAt(ctx, entity);
  const who = honorific === undefined ? whoAfter(ctx, tokenEnd) : undefined;
  const at = honorific ?? who;
  const t = at === undefined ? undefined : ctx.tokens[at];
  return t && { start: t.start, end: t.end, cue: honorific === undefined ? 'who' : 'honorific' };
}

/** A capitalized title right before a name: "Secretary of State Rex Tillerson", "President Trump". */
function titleBefore(ctx: LinkContext, tokenStart: number, floor: number): Draft | undefined {
  const agent = agentEndingAt(ctx, tokenStart, floor);
  if (!agent || !isCapitalized(ctx, agent.start) || ctx.sentenceOf[agent.start] !== ctx.sentenceOf[tokenStart]) return undefined;
  // A demonym the tagger missed at a sentence start still gives the title its country.
  const before = agent.start - 1;
  const country = before >= floor && isCapitalized(ctx, before) ? ctx.kb.demonyms.get(ctx.words[before] ?? '') : undefined;
  const start = country && ctx.sentenceOf[before] === ctx.sentenceOf[tokenStart] ? before : agent.start;
  return { ...span(ctx, start, agent.end), kind: 'title', key: '', agent: agent.code, role: agent.role, titleOf: tokenStart, ...(start === before && country ? { country } : {}) };
}

/**
 * The end of a name the tagger cut short, when the KB knows a longer one: "US State" tagged, "US
 * State department" in the KB. Only for names the KB does not know as tagged, up to three tokens.
 */
function extendByKb(ctx: LinkContext, entity: Entity): number {
  if (entity.type === 'PER' || ctx.kb.byAlias.has(nameKey(ctx, entity.tokenStart, entity.tokenEnd))) return entity.tokenEnd;
  for (let end = Math.min(ctx.tokens.length, entity.tokenEnd + 3); end > entity.tokenEnd; end--) {
    if (ctx.sentenceOf[end - 1] === ctx.sentenceOf[entity.tokenStart] && ctx.kb.byAlias.has(nameKey(ctx, entity.tokenStart, end))) return end;
  }
  return entity.tokenEnd;
}

/**
 * Turns the entities layer and the acronym definitions into drafts: names, titles, demonyms,
 * groups, capitals and the long form and acronym of each definition. Entities inside a defined
 * long form ("Program on New Approaches", "Research and Security") become that one long form.
 */
export function draftMentions(ctx: LinkContext, acronyms: readonly AcronymDefinition[]): Draft[] {
  const out: Draft[] = [];
  const covered = (e: Entity): AcronymDefinition | undefined => acronyms.find((a) => e.tokenStart < a.longEnd && a.longStart < e.tokenEnd);
  for (const a of acronyms) {
    const longKey = nameKey(ctx, a.longStart, a.longEnd);
    out.push({ ...span(ctx, a.longStart, a.longEnd), kind: 'name', key: longKey, type: 'ORG' });
    const entity = ctx.entityAt[a.acronym] ?? -1;
    const draft: Draft = { ...span(ctx, a.acronym, a.acronym + 1), kind: 'acronym', key: ctx.words[a.acronym] ?? '', type: 'ORG', role: longKey };
    out.push(entity >= 0 ? { ...draft, entity } : draft);
  }
  let titledUpTo = 0;
  ctx.entities.forEach((entity, index) => {
    if (covered(entity) || (acronyms.some((a) => a.acronym === entity.tokenStart))) return;
    const tokenEnd = extendByKb(ctx, entity);
    const tagged = nameKey(ctx, entity.tokenStart, tokenEnd);
    const cue = personCue(ctx, entity, tokenEnd, tagged);
    const key = entity.type === 'PER' || cue ? personKey(tagged) : tagged;
    if (key === '') return;
    // A name that is itself a role noun and no KB entry ("Congress") is that role, country unknown.
    const agent = ctx.kb.byAlias.has(key) ? undefined : ctx.kb.agents.get(key);
    const base = { ...span(ctx, entity.tokenStart, tokenEnd), entity: index, type: cue ? 'PER' as const : entity.type, key, ...(agent ? { agent } : {}), ...(cue ? { personCue: cue } : {}) };
    const country = entity.type === 'PER' ? undefined : modifierCountry(ctx, entity, key);
    const igo = country || entity.type === 'PER' ? undefined : igoCode(ctx, key);
    if (igo) {
      const agent = agentAt(ctx, tokenEnd);
      if (agent && ctx.sentenceOf[agent.start] === ctx.sentenceOf[entity.tokenStart] && !nameStarts(ctx, agent.end)) {
        const group = span(ctx, entity.tokenStart, agent.end);
        out.push({ ...group, kind: 'group', key: normalizeName(ctx.text.slice(group.start, group.end)), codeBase: igo, agent: agent.code, role: agent.role });
      }
    }
    // "the mayor of Nablus" is an official of the town's country, as "a court in Guyana" is of Guyana's.
    const town = !country && entity.type === 'LOC' ? placeCountry(ctx, key) : undefined;
    const townRole = town ? roleOfCountry(ctx, entity, town) : undefined;
    if (townRole) out.push(townRole);
    if (country) {
      const role = roleOfCountry(ctx, entity, country);
      if (role) out.push(role);
      if (modifiedRole(ctx, entity, index, country, out)) {
        titledUpTo = out[out.length - 1]!.tokenEnd;
        return;
      }
      if (entity.country || ctx.kb.demonyms.has(key)) {
        out.push({ ...base, kind: 'demonym', country });
        return;
      }
    }
    if (entity.tokenStart >= titledUpTo) {
      const title = titleBefore(ctx, entity.tokenStart, titledUpTo);
      if (title) out.push(title);
    }
    const inner = agentAt(ctx, entity.tokenStart, entity.tokenEnd - 1);
    if (entity.type === 'PER' && inner && isCapitalized(ctx, inner.start)) {
      // "President Putin" tagged as one PER: the title is evidence, the name is the rest.
      out.push({ ...span(ctx, inner.start, inner.end), kind: 'title', key: '', agent: inner.code, role: inner.role, titleOf: inner.end });
      out.push({ ...base, ...span(ctx, inner.end, entity.tokenEnd), kind: 'name', key: nameKey(ctx, inner.end, entity.tokenEnd) });
      return;
    }
    const locative = LOCATIVE.has(ctx.words[entity.tokenStart - 1] ?? '');
    // The role marks a place name used as a place, so a capital there is not its government.
    out.push({ ...base, kind: 'name', ...(locative ? { role: 'locative' } : {}) });
  });
  return bareRoles(ctx, out).sort((a, b) => a.start - b.start || a.end - b.end);
}
