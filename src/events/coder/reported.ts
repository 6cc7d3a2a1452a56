import type { VerbGroup } from './clauses.js';
import type { ActorMention, CodedEvent, CoderToken } from './types.js';

/** What a verb group codes, whether or not it found a target: its lemma, code, subjects, flags and action span. */
export interface Statement {
  readonly lemma: string;
  readonly code: string;
  readonly sources: readonly ActorMention[];
  /** The act is negated or only supposed ("did not attack", "may attack"): it reports no force. */
  readonly flagged: boolean;
  readonly start: number;
  readonly end: number;
}

/** Verbs that report a claim, whatever code the dictionary gives them ("claim" is 110 in CAMEO.2.0). */
const CLAIM_VERBS = new Set(['say', 'claim', 'state', 'announce', 'allege', 'assert', 'insist', 'report', 'declare', 'maintain', 'add', 'note', 'tell']);

const isStatement = (s: Statement): boolean => s.code.startsWith('01') || CLAIM_VERBS.has(s.lemma);
/** Uses of force, CAMEO 18–20: what a claim turns into an accusation or a claim of responsibility. */
const isForce = (code: string): boolean => /^(18|19|20)/.test(code);
const same = (a: ActorMention, b: ActorMention): boolean => a === b || (a.link !== undefined && a.link === b.link) || a.code === b.code;

/** Between a statement verb and the clause it reports: at most "that" and the clause's subject, no comma or other opener. */
function reports(words: readonly CoderToken[], said: VerbGroup, act: VerbGroup): boolean {
  for (let i = said.end; i < act.start; i++) {
    const w = words[i]?.lower ?? '';
    if (w === ',' || w === ';' || w === '"' || (/^(because|since|after|before|while|when|if|although|as)$/.test(w))) return false;
  }
  return true;
}

/**
 * A use of force reported by a statement is the speaker's act, as PETRARCH-2's verb ontology
 * codes it: "Chad claimed it had shelled Sudan" is a claim of responsibility (015) towards
 * the attacked; "Chad claimed Libya had shelled Sudan" an accusation (112) of the attacker. The
 * reported attack by another actor stays, flagged hypothetical: it is a claim, not a fact. The
 * statement's own reading of the attacker as its object is replaced by the accusation.
 */
export function reportedActs(groups: readonly VerbGroup[], words: readonly CoderToken[], byGroup: readonly CodedEvent[][], statements: readonly (Statement | undefined)[]): CodedEvent[] {
  const out = byGroup.map((events) => events.slice());
  for (let gi = 1; gi < groups.length; gi++) {
    const said = statements[gi - 1];
    const saidGroup = groups[gi - 1] as VerbGroup;
    if (!said || !isStatement(said) || !reports(words, saidGroup, groups[gi] as VerbGroup)) continue;
    const acts = out[gi] ?? [];
    const kept: CodedEvent[] = [];
    const added: CodedEvent[] = [];
    for (const e of acts) {
      if (!isForce(e.code) || e.negated || e.hypothetical) {
        kept.push(e);
        continue;
      }
      const action = { start: saidGroup.start, end: e.action.end };
      if (said.sources.some((s) => same(s, e.source))) {
        if (e.target) added.push({ ...e, code: '015', action, governor: said.lemma });
        continue;
      }
      kept.push({ ...e, hypothetical: true });
      for (const speaker of said.sources) {
        if (!added.some((a) => a.source === speaker && a.target === e.source)) {
          added.push({ source: speaker, target: e.source, code: '112', action, negated: false, hypothetical: false, verb: said.lemma });
        }
      }
      out[gi - 1] = (out[gi - 1] ?? []).filter((s) => !s.target || !same(s.target, e.source));
    }
    // "Chad said Libya had shelled itself": no dyad was coded, the accusation still stands.
    const act = statements[gi];
    if (acts.length === 0 && act && isForce(act.code) && !act.flagged && act.sources.length > 0 && !said.sources.some((s) => act.sources.some((a) => same(s, a)))) {
      for (const speaker of said.sources) for (const accused of act.sources) {
        added.push({ source: speaker, target: accused, code: '112', action: { start: saidGroup.start, end: act.end }, negated: false, hypothetical: false, verb: said.lemma });
      }
      out[gi - 1] = (out[gi - 1] ?? []).filter((s) => !s.target || !act.sources.some((a) => same(s.target as ActorMention, a)));
    }
    out[gi] = [...added, ...kept];
  }
  return out.flat();
}
