/**
 * Verbs governing verbs. CAMEO codes "A agreed to meet B" as an intent to meet (036), "A
 * threatened to attack B" as a threat of force (138), "A refused to negotiate" as a rejection;
 * PETRARCH-2 does this by adding codes in its internal ontology. These tables are the same idea
 * written as CAMEO codes: the governed verb's root picks the code within the governor's family.
 */

/** Verbs that turn the action they govern into an expressed intent (CAMEO 03). */
export const INTENT_VERBS = new Set(['agree', 'promise', 'pledge', 'vow', 'plan', 'intend', 'offer', 'decide', 'commit', 'undertake', 'expect', 'hope', 'aim', 'seek', 'want', 'wish', 'try', 'attempt', 'volunteer', 'consent']);
/** Verbs that turn the action they govern into a threat (CAMEO 13). */
export const THREAT_VERBS = new Set(['threaten', 'warn', 'vow to']);
/** Verbs that turn the action they govern into a refusal (CAMEO 12). */
export const REFUSAL_VERBS = new Set(['refuse', 'reject', 'decline', 'fail']);
/** Verbs that make the governed action the event itself, coded as the action ("ordered an airstrike"). */
export const DELEGATING_VERBS = new Set(['authorize', 'authorise', 'order', 'approve', 'launch', 'carry out', 'conduct', 'begin', 'start', 'continue', 'resume', 'stage']);

const INTENT_BY_ROOT: Readonly<Record<string, string>> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '01': '030', '02': '030', '03': '030' };
const REFUSAL_BY_ROOT: Readonly<Record<string, string>> = { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124', '03': '120' };

/** What a governing verb does to the code of the verb it governs. */
export interface Combined {
  readonly code: string;
  /** The governed action did not happen (yet): an intent to attack, a refusal to meet. */
  readonly hypothetical: boolean;
}

/** Combines governor and governed codes; undefined when the governor adds nothing and the governed code stands. */
export function combine(governor: string, code: string): Combined | undefined {
  const root = code.slice(0, 2);
  // A code outside CAMEO's twenty roots (a test dictionary's own) has no family to move within.
  if (!(Number(root) >= 1 && Number(root) <= 20)) return undefined;
  const conflict = Number(root) >= 10;
  if (INTENT_VERBS.has(governor)) {
    if (!conflict && INTENT_BY_ROOT[root]) return { code: INTENT_BY_ROOT[root] ?? '030', hypothetical: false };
    // "wants to attack", "vowed to wage war": a stated intent to use force is a threat of it (138).
    if (Number(root) >= 15) return { code: '138', hypothetical: false };
    return { code, hypothetical: true };
  }
  if (THREAT_VERBS.has(governor)) {
    if (Number(root) >= 15) return { code: '138', hypothetical: false };
    if (root === '16') return { code: '131', hypothetical: false };
    return { code: '130', hypothetical: false };
  }
  if (REFUSAL_VERBS.has(governor)) {
    if (!conflict && REFUSAL_BY_ROOT[root]) return { code: REFUSAL_BY_ROOT[root] ?? '120', hypothetical: false };
    return { code, hypothetical: true };
  }
  return undefined;
}

/**
 * "X will not / would not give Y permission": a cooperative act (CAMEO 03–08) refused for the
 * future is a rejection (12x), as "refused to" would code it. A negated past ("has not met") is
 * not: it says what did not happen, not what was refused.
 */
export function refusedCode(code: string): string | undefined {
  const root = code.slice(0, 2);
  return Number(root) < 10 ? REFUSAL_BY_ROOT[root] : undefined;
}
