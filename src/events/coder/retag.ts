import { isAuxiliary, isNegation } from './clauses.js';
import type { CoderToken } from './types.js';

/**
 * Repairs of the tagger's verb tags the coder relies on: each corrects one confusion that makes a
 * verb group where there is none or misses one where there is.
 */

/**
 * A modal, or "do" with a negation, is followed by a bare verb: "will not ever meet", "did not
 * even sign". A word the tagger read there as a noun or adjective ("meet/NN") is that verb.
 */
function withVerbsAfterModals(tokens: readonly CoderToken[]): CoderToken[] {
  const out = tokens.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as CoderToken;
    const doNegated = /^(do|does|did)$/.test(t.lower) && isNegation(out[i + 1] ?? t);
    if (t.tag !== 'MD' && !doNegated) continue;
    let k = i + 1;
    while (k < out.length && (out[k]?.tag === 'RB' || out[k]?.tag === 'RBS' || isNegation(out[k] as CoderToken))) k++;
    const next = out[k];
    if (next && /^(NN|JJ)$/.test(next.tag) && /^[a-z]+$/.test(next.lower)) out[k] = { lower: next.lower, tag: 'VB' };
  }
  return out;
}

/** Words after which a participle before a noun modifies it: determiners, numbers, prepositions. */
const BEFORE_MODIFIER = /^(DT|PDT|CD|PRP\$|IN|JJ)$/;

/**
 * A past participle between a determiner, number, preposition or a main verb and a noun is an
 * adjective: "the three jailed reporters", "met with jailed reporters", "freed jailed reporters".
 * After an auxiliary ("has attacked villages") it stays the verb.
 */
function withParticiplesAsModifiers(tokens: CoderToken[]): CoderToken[] {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as CoderToken;
    if (t.tag !== 'VBN' && t.tag !== 'VBD') continue;
    const prev = tokens[i - 1] as CoderToken;
    const next = tokens[i + 1] as CoderToken;
    if (!/^(NN|NNS|NNP|NNPS)$/.test(next.tag)) continue;
    const afterModifierSlot = BEFORE_MODIFIER.test(prev.tag) && prev.lower !== 'that';
    const afterMainVerb = prev.tag.startsWith('VB') && !isAuxiliary(prev);
    if (afterModifierSlot || afterMainVerb) tokens[i] = { lower: t.lower, tag: 'JJ' };
  }
  return tokens;
}

/** An "-ing" word right after a determiner or possessive is a noun: "arranged for the reopening of …". */
function withGerundsAsNouns(tokens: CoderToken[]): CoderToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as CoderToken;
    if (t.tag === 'VBG' && /^(DT|PRP\$)$/.test(tokens[i - 1]?.tag ?? '')) tokens[i] = { lower: t.lower, tag: 'NN' };
  }
  return tokens;
}

/** The sentence's tokens with the repairs applied. */
export function retagged(tokens: readonly CoderToken[]): CoderToken[] {
  return withGerundsAsNouns(withParticiplesAsModifiers(withVerbsAfterModals(tokens)));
}
