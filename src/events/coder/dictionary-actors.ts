import { codeAt } from '../../kb/index.js';
import type { ActorPhrase, AgentPhrase } from '../dictionary/types.js';
import type { ActorMention, CoderToken } from './types.js';

/** A phrase trie over lower-case words; `value` marks where a phrase ends. */
interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value?: T;
}

function insert<T>(root: Trie<T>, words: readonly string[], value: T): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.value ??= value;
}

/** The longest phrase starting at `i`: its end (exclusive) and value. */
function longest<T>(root: Trie<T>, words: readonly CoderToken[], i: number): { end: number; value: T } | undefined {
  let node: Trie<T> | undefined = root;
  let best: { end: number; value: T } | undefined;
  for (let k = i; node && k < words.length; k++) {
    node = node.next.get(words[k]?.lower ?? '');
    if (node?.value !== undefined) best = { end: k + 1, value: node.value };
  }
  return best;
}

/** Finds actors by dictionary phrase, for dictionary sets the KB was not compiled from (the test records'). */
export interface DictionaryActorFinder {
  (words: readonly CoderToken[], date: string | undefined): ActorMention[];
}

/**
 * Builds a finder from actor and agent phrases. Longest phrase first, left to right; an agent
 * joins the actor right before it ("Gondor police") or after "of"/"from"/"in" + actor ("the
 * foreign minister of Gondor"), its code going after the actor's (or before it for `NGO~`
 * prefixes); an agent with no actor is coded `---` + agent, PETRARCH's anonymous actor.
 */
export function dictionaryActorFinder(actors: readonly ActorPhrase[], agents: readonly AgentPhrase[]): DictionaryActorFinder {
  const actorTrie: Trie<ActorPhrase> = { next: new Map() };
  const agentTrie: Trie<AgentPhrase> = { next: new Map() };
  for (const a of actors) insert(actorTrie, a.words, a);
  for (const a of agents) insert(agentTrie, a.words, a);
  return (words, date) => {
    const found: { start: number; end: number; code?: string; agent?: AgentPhrase }[] = [];
    for (let i = 0; i < words.length; ) {
      const actor = longest(actorTrie, words, i);
      const agent = longest(agentTrie, words, i);
      if (actor && (!agent || actor.end >= agent.end)) {
        const code = codeAt(actor.value.codes, date)?.code;
        if (code) found.push({ start: i, end: actor.end, code });
        i = actor.end;
      } else if (agent) {
        found.push({ start: i, end: agent.end, agent: agent.value });
        i = agent.end;
      } else i++;
    }
    const out: ActorMention[] = [];
    /** "Arnor's foreign minister", "Dagolath's first deputy prime minister": up to three words between. */
    const possessor = (prev: ActorMention | undefined, start: number): boolean => {
      if (!prev || /---/.test(prev.code)) return false;
      if (prev.end === start) return true;
      return words[prev.end]?.lower === "'s" && start - prev.end <= 4;
    };
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (!f) continue;
      const prev = out[out.length - 1];
      if (!f.agent) {
        if (f.code) out.push({ start: f.start, end: f.end, code: f.code });
        continue;
      }
      const agent = f.agent;
      // "White House officials": an actor already coded with the agent's role keeps its code.
      const joinOne = (code: string): string => (code.endsWith(agent.code) && code !== '---' ? code : agent.prefix ? `${agent.code}${code}` : `${code}${agent.code}`);
      const join = (code: string): string => code.split('/').map(joinOne).join('/');
      const linker = words[f.end]?.lower;
      const next = found[k + 1];
      if (prev && possessor(prev, f.start)) {
        out[out.length - 1] = { start: prev.start, end: f.end, code: join(prev.code) };
      } else if (next?.code && (linker === 'of' || linker === 'from' || linker === 'in') && next.start <= f.end + 2) {
        out.push({ start: f.start, end: next.end, code: join(next.code) });
        k++;
        // "the ambassadors of Arnor, Osgiliath and Gondor": the role goes to every conjoined actor.
        for (let after = found[k + 1]; after?.code && /^(,|and|or)$/.test(words[after.start - 1]?.lower ?? ''); after = found[k + 1]) {
          out.push({ start: after.start, end: after.end, code: join(after.code) });
          k++;
        }
      } else out.push({ start: f.start, end: f.end, code: join('---') });
    }
    // "Bree Prime Minister Romendacil": touching mentions are one actor, coded as specifically as
    // either is; "Aid Corps Chad": a prefix agent with no actor yet (`NGO---`) takes the one it touches.
    const merged: ActorMention[] = [];
    for (const m of out) {
      const last = merged[merged.length - 1];
      if (last && last.end === m.start && /^[A-Z]+---$/.test(last.code) && !/---/.test(m.code)) {
        merged[merged.length - 1] = { start: last.start, end: m.end, code: last.code.replace('---', m.code) };
      } else if (last && last.end === m.start && !/^---/.test(last.code) && !/^---/.test(m.code)) {
        merged[merged.length - 1] = { start: last.start, end: m.end, code: m.code.length > last.code.length ? m.code : last.code };
      } else merged.push(m);
    }
    return merged;
  };
}
