import { codeAt } from '../../kb/index.js';
import { agentAt, LEADER_ROLE } from './agents.js';
import { addDraft, type Cluster } from './cluster-types.js';
import { isCapitalized, type LinkContext } from './context.js';
import type { Draft } from './drafts.js';
import { personalRoles, rolesOf } from './personal-roles.js';

const PRONOUNS = new Set(['he', 'she']);

/** Whether a cluster can be a person: one already, or an unlinked one-word name the tagger was unsure of. */
function personish(ctx: LinkContext, c: Cluster): boolean {
  if (c.kind === 'person') return true;
  if (c.kb !== undefined || c.kind === 'country' || c.kind === 'place') return false;
  // All capitals is an acronym ("EU", "G7"), never a surname the tagger mistyped.
  return c.drafts.every((d) => d.kind === 'name' && !d.key.includes(' ') && d.type !== 'LOC' && /\p{Ll}/u.test(ctx.text.slice(d.start, d.end)));
}

/** Mentions of the cluster before token `at`. */
function before(c: Cluster, at: number): Draft[] {
  return c.drafts.filter((d) => d.tokenStart < at);
}

/**
 * The cluster a definite description refers to, among person-like clusters already mentioned and
 * not named in the same sentence ("the president's call with Putin" is not Putin), agreeing in
 * country and role, and holding an office with the role's agent on the date when the KB knows
 * them. Candidates with evidence for the role — the role in a title or description of theirs, or
 * in their KB aliases ("prime minister tony blair") — come first: the most
 * mentioned of them (a mention in the previous sentence counts double), and a tie resolves
 * nothing. Without any, only a lone candidate is taken ("the president" after a headline naming
 * Trump and Putin, Putin being in the same sentence).
 */
function resolveDescription(ctx: LinkContext, clusters: readonly Cluster[], d: Draft): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = 0;
  let tie = false;
  const weak: Cluster[] = [];
  for (const c of clusters) {
    const seen = before(c, d.tokenStart);
    if (seen.length === 0 || !personish(ctx, c)) continue;
    if (c.drafts.some((m) => m.sentence === d.sentence && m.kind === 'name')) continue;
    if (d.country && c.country && c.country !== d.country) continue;
    // "the Xlandic leader" names no office, so any office of the country's government will do.
    const specific = d.role !== undefined && d.role !== LEADER_ROLE ? d.role : undefined;
    if (specific && c.roles.size > 0 && !c.roles.has(specific)) continue;
    const entry = c.kb === undefined ? undefined : ctx.kb.entries[c.kb];
    const known = entry && specific ? rolesOf(ctx.kb, entry) : undefined;
    if (known && specific && known.size > 0 && !known.has(specific)) continue;
    // A KB person holds the role only if their code on the date has its agent: in 2009 "the
    // president" is not a former president whose code went back to XLDELI.
    const code = entry && entry.codes.length > 0 ? codeAt(entry.codes, ctx.date)?.code ?? '' : undefined;
    if (code !== undefined && d.agent && !code.slice(3).includes(d.agent)) continue;
    // A code with the agent is not enough: a prime minister and a chancellor are both GBRGOV.
    const evidence = specific === undefined
      ? d.role === LEADER_ROLE && d.country !== undefined && c.country === d.country && (code?.slice(3).includes('GOV') ?? c.agent === 'GOV')
      : c.roles.has(specific) || known?.has(specific) === true;
    if (!evidence) {
      weak.push(c);
      continue;
    }
    const score = seen.length + seen.filter((m) => m.sentence === d.sentence - 1).length;
    if (score > bestScore) [best, bestScore, tie] = [c, score, false];
    else if (score === bestScore) tie = true;
  }
  if (best) return tie ? undefined : best;
  return weak.length === 1 ? weak[0] : undefined;
}

/**
 * The subject-most person named before a pronoun in its sentence, else in the sentence before.
 * Unlike descriptions, a pronoun needs a cluster already known to be a person.
 */
function resolvePronoun(clusters: readonly Cluster[], d: Draft): Cluster | undefined {
  for (const sentence of [d.sentence, d.sentence - 1]) {
    let best: Cluster | undefined;
    let first = Infinity;
    for (const c of clusters) {
      // Only a known person: "He objected…" after "the G7 nations" is not the G7.
      if (c.kind !== 'person') continue;
      const at = c.drafts.find((m) => m.sentence === sentence && m.tokenStart < d.tokenStart && m.kind !== 'pronoun');
      if (at && at.tokenStart < first) [best, first] = [c, at.tokenStart];
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * Resolves "the president"-style descriptions and "he"/"she" before a verb to the most salient
 * compatible entity, in text order, adding each as a mention of the cluster it resolves to.
 * Descriptions come from "the" + a role noun that names people (not followed by a name, which
 * would make it a title) and from groups such as "the US leader".
 */
export function resolveReferences(ctx: LinkContext, clusters: Cluster[], drafts: readonly Draft[]): void {
  const roles = personalRoles(ctx.kb);
  const taken = new Uint8Array(ctx.tokens.length);
  for (const d of drafts) taken.fill(1, d.tokenStart, d.tokenEnd);
  const groups = new Map(drafts.filter((d) => d.kind === 'group').map((d) => [d.tokenStart, d]));
  for (let i = 0; i < ctx.tokens.length; i++) {
    const word = ctx.words[i] ?? '';
    let draft: Draft | undefined;
    if (word === 'the') {
      const group = groups.get(i + 1);
      const agent = group ? undefined : taken[i + 1] ? undefined : agentAt(ctx, i + 1);
      const role = group?.role ?? agent?.role;
      const end = group?.tokenEnd ?? agent?.end ?? 0;
      const singular = !/[^s]s$/.test(role ?? 's');
      if (role && (roles.has(role) || role === LEADER_ROLE) && singular && !isCapitalized(ctx, end) && ctx.sentenceOf[end - 1] === ctx.sentenceOf[i]) {
        const first = ctx.tokens[i + 1]!;
        draft = {
          start: first.start, end: ctx.tokens[end - 1]!.end, tokenStart: i + 1, tokenEnd: end, sentence: ctx.sentenceOf[i] ?? 0,
          kind: 'description', key: '', role,
          ...(group?.country ? { country: group.country } : {}),
          ...((group?.agent ?? agent?.code) ? { agent: group?.agent ?? agent?.code ?? '' } : {}),
        };
      }
    } else if (PRONOUNS.has(word) && !taken[i] && /^\p{Ll}/u.test(ctx.text.slice(ctx.tokens[i + 1]?.start ?? 0, (ctx.tokens[i + 1]?.start ?? 0) + 1))) {
      const t = ctx.tokens[i]!;
      draft = { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: ctx.sentenceOf[i] ?? 0, kind: 'pronoun', key: '' };
    }
    if (!draft) continue;
    const target = draft.kind === 'pronoun' ? resolvePronoun(clusters, draft) : resolveDescription(ctx, clusters, draft);
    if (!target) continue;
    if (draft.kind === 'description') {
      const group = groups.get(draft.tokenStart);
      const owner = group ? clusters.find((c) => c.drafts.includes(group)) : undefined;
      // "the US leader" resolved: the person, not a group of its own.
      if (owner && group) owner.drafts.splice(owner.drafts.indexOf(group), 1);
    }
    addDraft(target, draft);
    if (target.kb === undefined) target.kind = 'person';
  }
}
