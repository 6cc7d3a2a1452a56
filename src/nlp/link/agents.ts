import type { LinkContext } from './context.js';

/** A role noun phrase found in the text: tokens `[start, end)` and its agent code ("GOV"). */
export interface AgentMatch {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  /** The normalized phrase ("secretary of state"), the role a description or title names. */
  readonly role: string;
}

/**
 * The longest agents-dictionary phrase starting at token `start` and ending by `limit`:
 * "military personnel" (MIL) rather than "military" in "Russian military personnel were stationed".
 */
export function agentAt(ctx: LinkContext, start: number, limit: number = ctx.tokens.length): AgentMatch | undefined {
  let key = '';
  let best: AgentMatch | undefined;
  const last = Math.min(limit, start + ctx.kb.agentWords);
  for (let end = start + 1; end <= last; end++) {
    const word = ctx.words[end - 1] ?? '';
    if (word === '') break;
    key = key ? `${key} ${word}` : word;
    const code = ctx.kb.agents.get(key);
    if (code) best = { start, end, code, role: key };
    if (!ctx.kb.agentPrefixes.has(key)) break;
  }
  return best;
}

/** The agent phrase that ends exactly at token `end` (exclusive), the longest one. */
export function agentEndingAt(ctx: LinkContext, end: number, floor = 0): AgentMatch | undefined {
  // The last word must end some agent phrase; most words do not, and then no start can match.
  const last = ctx.words[end - 1] ?? '';
  if (last === '' || !ctx.kb.agentLastWords.has(last)) return undefined;
  for (let start = Math.max(floor, end - ctx.kb.agentWords); start < end; start++) {
    const match = agentAt(ctx, start, end);
    if (match && match.end === end) return match;
  }
  return undefined;
}

/**
 * The role of "the Xlandic leader": a noun no actor dictionary lists as an agent, because alone it
 * names any kind of leader ("the party leader"), but after a country it names that country's head
 * of state or government.
 */
export const LEADER_ROLE = 'leader';

/** "leader" at token `start`, read as the government agent a country modifier makes it. */
export function leaderAt(ctx: LinkContext, start: number): AgentMatch | undefined {
  return ctx.words[start] === LEADER_ROLE ? { start, end: start + 1, code: 'GOV', role: LEADER_ROLE } : undefined;
}
