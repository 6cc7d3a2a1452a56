import { normalizeName } from '../../kb/index.js';
import type { Entity } from '../../doc/index.js';
import { agentAt, agentEndingAt, leaderAt, type AgentMatch } from './agents.js';
import type { LinkContext } from './context.js';
import { nameKey, nameStarts, possessiveAt, span } from './draft-span.js';
import type { Draft } from './drafts.js';

/** Words that join two modifiers of one role noun: "US and British activists". */
const COORDINATORS = new Set(['and', 'or']);

/** Words after which a role noun on its own names an actor: "the government", "two soldiers". */
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'hundreds', 'thousands', 'dozens']);

/**
 * The code of an international organization a role noun can follow ("UN troops" → IGOUNO), when
 * the KB has one entry for the name and its code is an IGO code.
 */
export function igoCode(ctx: LinkContext, key: string): string | undefined {
  const entries = ctx.kb.byAlias.get(key) ?? [];
  const code = entries.length === 1 ? ctx.kb.entries[entries[0] ?? -1]?.codes[0]?.code : undefined;
  return code?.startsWith('IGO') ? code : undefined;
}

/**
 * A country modifier followed by a role noun: a title when a name follows ("German Chancellor
 * Angela Merkel"), else a group ("Russian military personnel", "Germany's foreign minister", "the
 * Russian leader").
 */
export function modifiedRole(ctx: LinkContext, entity: Entity, index: number, country: string, out: Draft[]): boolean {
  const skip = possessiveAt(ctx, entity.tokenEnd) ? 1 : 0;
  const agent = agentAt(ctx, entity.tokenEnd + skip) ?? leaderAt(ctx, entity.tokenEnd + skip) ?? coordinatedAgent(ctx, entity);
  if (!agent || ctx.sentenceOf[agent.start] !== ctx.sentenceOf[entity.tokenStart]) return false;
  const base = { ...span(ctx, entity.tokenStart, agent.end), country, agent: agent.code, role: agent.role };
  // "Germany's foreign minister" also names Germany; "Russian military personnel" does not name Russia.
  if (skip === 1) out.push({ ...span(ctx, entity.tokenStart, entity.tokenEnd), kind: 'name', key: nameKey(ctx, entity.tokenStart, entity.tokenEnd), entity: index, type: entity.type });
  if (skip === 0 && nameStarts(ctx, agent.end)) {
    out.push({ ...base, kind: 'title', key: '', titleOf: agent.end });
  } else {
    out.push({ ...base, kind: 'group', key: normalizeName(ctx.text.slice(base.start, base.end)) });
  }
  return true;
}

/** The role noun after a coordinated second modifier: "activists" for "US" in "US and British activists". */
function coordinatedAgent(ctx: LinkContext, entity: Entity): AgentMatch | undefined {
  if (!COORDINATORS.has(ctx.words[entity.tokenEnd] ?? '')) return undefined;
  const next = ctx.entities[ctx.entityAt[entity.tokenEnd + 1] ?? -1];
  return next && next.type !== 'PER' ? agentAt(ctx, next.tokenEnd) : undefined;
}

/** Whether a demonym or a country's name ends right before token `at` ("US" in "US commander"). */
function countryEndsAt(ctx: LinkContext, at: number): boolean {
  if (ctx.kb.demonyms.has(ctx.words[at - 1] ?? '')) return true;
  const entity = ctx.entities.find((e) => e.tokenEnd === at);
  if (!entity) return false;
  if (entity.country) return true;
  const entries = ctx.kb.byAlias.get(nameKey(ctx, entity.tokenStart, entity.tokenEnd)) ?? [];
  return entries.some((i) => ctx.kb.entries[i]?.kind === 'country');
}

/** "a court in Guyana", "dissidents from Egypt", "the mayor of Nablus": a role noun, a preposition, then a place of `country`. */
export function roleOfCountry(ctx: LinkContext, entity: Entity, country: string): Draft | undefined {
  const before = ctx.words[entity.tokenStart - 1];
  if (before !== 'in' && before !== 'of' && before !== 'from') return undefined;
  const agent: AgentMatch | undefined = agentEndingAt(ctx, entity.tokenStart - 1);
  if (!agent || ctx.sentenceOf[agent.start] !== ctx.sentenceOf[entity.tokenStart]) return undefined;
  // "the US commander in Iraq" serves the US: a country before the role outranks the place after it.
  if (countryEndsAt(ctx, agent.start)) return undefined;
  const base = span(ctx, agent.start, entity.tokenEnd);
  return { ...base, kind: 'group', key: normalizeName(ctx.text.slice(base.start, base.end)), country, agent: agent.code, role: agent.role };
}

/**
 * Role nouns that are actors on their own, with no name: "Insurgents bombarded…", "the
 * government expressed…" (coded `---REB`, `---GOV` until a country is known). Only at a
 * sentence start or after a determiner, and only where no other mention is.
 */
export function bareRoles(ctx: LinkContext, drafts: Draft[]): Draft[] {
  const taken = new Uint8Array(ctx.tokens.length);
  for (const d of drafts) taken.fill(1, d.tokenStart, d.tokenEnd);
  const out = [...drafts];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (taken[i]) continue;
    const first = i === 0 || ctx.sentenceOf[i] !== ctx.sentenceOf[i - 1];
    if (!first && !DETERMINERS.has(ctx.words[i - 1] ?? '')) continue;
    const agent = agentAt(ctx, i);
    if (!agent || taken.subarray(i, agent.end).some((t) => t === 1) || ctx.sentenceOf[agent.end - 1] !== ctx.sentenceOf[i]) continue;
    if (nameStarts(ctx, agent.end)) continue;
    out.push({ ...span(ctx, i, agent.end), kind: 'group', key: agent.role, agent: agent.code, role: agent.role });
    i = agent.end - 1;
  }
  return out;
}
