import { isMarker, type EventDictionaries, type VerbDictionary, type VerbPattern } from '../dictionary/types.js';
import { asides, CLAUSE_OPENERS, SUBJECT_PRONOUNS, CONDITIONALS, COORDINATORS, FUTURES, HYPOTHETICAL_OPENERS, isAuxiliary, isBe, isNegation, MODALS, RELATIVES, verbGroups, type VerbGroup } from './clauses.js';
import { retagged } from './retag.js';
import { combine, DELEGATING_VERBS, refusedCode } from './combine.js';
import { bestPattern, findVerb, type Bound, type FoundVerb, type PatternMatch, type PatternText } from './patterns.js';
import { refineAppeals } from './appeals.js';
import { reportedActs, type Statement } from './reported.js';
import type { ActorMention, CodedEvent, CoderOptions, CoderSentence, CoderToken } from './types.js';

const PREPOSITIONS_BEFORE_NON_SUBJECT = new Set([
  'in', 'at', 'to', 'from', 'with', 'for', 'on', 'into', 'against', 'by', 'near', 'over', 'about', 'between', 'among', 'than', 'like',
  'after', 'before', 'since', 'during', 'outside', 'inside', 'within', 'without', 'across', 'around', 'throughout', 'through', 'under',
  'via', 'toward', 'towards', 'beyond', 'amid', 'despite', 'both', 'across',
]);

/** The sentence's reading the coder builds once: tokens, actors and noun phrases by their ends, asides, groups. */
interface Reading extends PatternText {
  readonly s: CoderSentence;
  readonly aside: readonly boolean[];
  readonly groups: readonly VerbGroup[];
  readonly groupOf: readonly number[];
}

const NOUN_PHRASE_TAG = /^(DT|PDT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|PRP|PRP\$|POS)$/;

/** Noun phrases a pattern's `^` passes over: NP chunks and actor mentions, else runs of nominal tags. */
function nounPhrases(s: CoderSentence): { phraseEnd: Map<number, number>; phraseStart: Map<number, number> } {
  const phraseEnd = new Map<number, number>();
  const phraseStart = new Map<number, number>();
  const add = (start: number, end: number): void => {
    if (end > (phraseEnd.get(start) ?? start)) phraseEnd.set(start, end);
    if (start < (phraseStart.get(end - 1) ?? end)) phraseStart.set(end - 1, start);
  };
  if (s.chunks && s.chunks.length > 0) {
    for (const c of s.chunks) if (c.type === 'NP') add(c.start, c.end);
  } else {
    for (let i = 0; i < s.tokens.length; ) {
      let j = i;
      while (j < s.tokens.length && NOUN_PHRASE_TAG.test(s.tokens[j]?.tag ?? '')) j++;
      if (j > i) add(i, j);
      i = Math.max(j, i + 1);
    }
  }
  for (const a of s.actors) add(a.start, a.end);
  return { phraseEnd, phraseStart };
}

function read(s: CoderSentence): Reading {
  const actorEndingAt = new Map<number, ActorMention>();
  const actorStartingAt = new Map<number, ActorMention>();
  for (const a of s.actors) {
    const prev = actorEndingAt.get(a.end - 1);
    if (!prev || a.end - a.start > prev.end - prev.start) actorEndingAt.set(a.end - 1, a);
    const next = actorStartingAt.get(a.start);
    if (!next || a.end - a.start > next.end - next.start) actorStartingAt.set(a.start, a);
  }
  const { phraseEnd, phraseStart } = nounPhrases(s);
  const groups = verbGroups(s);
  const groupOf = new Array<number>(s.tokens.length).fill(-1);
  groups.forEach((g, gi) => {
    for (let i = g.start; i < g.end; i++) groupOf[i] = gi;
  });
  // A token inside an actor is never part of a verb group ("the Armed Forces", "United States").
  for (const a of s.actors) for (let i = a.start; i < a.end; i++) groupOf[i] = -1;
  return { s, words: s.tokens, actorEndingAt, actorStartingAt, phraseEnd, phraseStart, aside: asides(s), groups, groupOf };
}

const MODIFIER = /^(DT|JJ|JJS|JJR|PRP\$|RB)$/;

/** Words that join the actors of a compound ("neither A nor B" acts as both). */
const CONJUNCTIONS = new Set(['and', 'or', 'nor']);

/**
 * Conjoined actors around `first` ("Russia and China", "Russia, China and Iran", "Fornost and
 * the embattled Gondor": up to three determiners and adjectives before a conjunct), in text order.
 */
function conjuncts(r: Reading, first: ActorMention): ActorMention[] {
  const out = [first];
  let at = first.start - 1;
  for (;;) {
    let i = at;
    for (let k = 0; k < 3 && MODIFIER.test(r.words[i]?.tag ?? '') && r.words[i]?.lower !== 'and'; k++) i--;
    if (CONJUNCTIONS.has(r.words[i]?.lower ?? '')) i--;
    if (r.words[i]?.lower === ',') i--;
    if (i === at) break;
    const prev = r.actorEndingAt.get(i);
    if (!prev) break;
    out.unshift(prev);
    at = prev.start - 1;
  }
  at = first.end;
  for (;;) {
    let i = at;
    if (r.words[i]?.lower === ',') i++;
    if (CONJUNCTIONS.has(r.words[i]?.lower ?? '')) i++;
    if (i === at) break;
    for (let k = 0; k < 3 && !r.actorStartingAt.has(i) && MODIFIER.test(r.words[i]?.tag ?? ''); k++) i++;
    const next = r.actorStartingAt.get(i);
    if (!next) break;
    out.push(next);
    at = next.end;
  }
  return out;
}

/** First token of the clause a group is in: after the nearest clause opener to its left (asides skipped). */
function clauseStart(r: Reading, g: VerbGroup): { start: number; opener?: string } {
  for (let i = g.start - 1; i >= 0; i--) {
    if (r.aside[i]) continue;
    const w = r.words[i] as CoderToken;
    if (CLAUSE_OPENERS.has(w.lower) && !(w.lower === 'that' && r.groupOf[i + 1] === -1 && i + 1 < g.start && !r.actorStartingAt.has(i + 1) && r.words[i + 1]?.tag.startsWith('N'))) {
      return { start: i + 1, opener: w.lower };
    }
  }
  return { start: 0 };
}

/**
 * End (exclusive) of the clause after a group: the next clause opener or verb group. A lone
 * "-ing" word right after a common noun modifies it ("boycotted the rally backing Chad"), as
 * does a participle with its agent ("welcomed the memos sent by Chad"): neither ends the clause.
 */
function clauseEnd(r: Reading, g: VerbGroup): number {
  for (let i = g.end; i < r.words.length; i++) {
    const w = r.words[i] as CoderToken;
    if (CLAUSE_OPENERS.has(w.lower) || COORDINATORS.has(w.lower) && r.groupOf[i + 1] !== -1 && r.groupOf[i + 1] !== undefined) return i;
    const gi = r.groupOf[i];
    if (gi === -1 || gi === undefined || r.aside[i]) continue;
    const group = r.groups[gi] as VerbGroup;
    const single = group.end - group.start === 1 && /^NNS?$/.test(r.words[i - 1]?.tag ?? '');
    const reducedRelative = /^VB[DN]$/.test(w.tag) && /^(by|from)$/.test(r.words[i + 1]?.lower ?? '');
    const modifier = single && (w.tag === 'VBG' || reducedRelative);
    if (!modifier) return i;
  }
  return r.words.length;
}

/**
 * How far a verb's patterns may read: its clause, and through a "that" into the clause it
 * governs ("conceded that Chad is not a really safe place": a pattern may name "really safe").
 */
function patternReach(r: Reading, end: number): number {
  if (r.words[end]?.lower !== 'that') return end;
  const next = r.groups.find((h) => h.start > end);
  return next ? clauseEnd(r, next) : r.words.length;
}

/** "Sanctions against X were imposed by Y": a passive with no actor subject acts on the actor its subject is against. */
function subjectComplement(r: Reading, from: number, to: number): ActorMention | undefined {
  // Only a plain noun phrase: "the civilians jailed for acting against X" has a verb of its own.
  for (let i = from; i < to; i++) if (r.groupOf[i] !== -1) return undefined;
  for (let i = from; i < to; i++) {
    const a = r.actorStartingAt.get(i);
    if (a && a.end <= to && /^(against|on|over|toward|towards)$/.test(r.words[i - 1]?.lower ?? '')) return a;
  }
  return undefined;
}

/** An actor right after a preposition ("talks in Moscow") is not a subject. */
function governedByPreposition(r: Reading, a: ActorMention): boolean {
  let i = a.start - 1;
  while (i >= 0 && /^(DT|JJ|PRP\$|CD)$/.test(r.words[i]?.tag ?? '')) i--;
  return PREPOSITIONS_BEFORE_NON_SUBJECT.has(r.words[i]?.lower ?? '');
}

/**
 * The subject of a group: the nearest actor to its left within the clause, outside asides and
 * prepositional phrases; through a relative pronoun ("X, who attacked Y") the noun before it.
 * Undefined when another verb group comes first (a coordinated verb then shares its subject).
 */
function subject(r: Reading, g: VerbGroup, from: number): ActorMention | undefined {
  for (let i = g.start - 1; i >= from; i--) {
    const w = r.words[i] as CoderToken;
    if (RELATIVES.has(w.lower) && !r.aside[i]) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const a = r.actorEndingAt.get(k);
        if (a) return a;
        if (r.words[k]?.lower !== ',') break;
      }
      return undefined;
    }
    if (r.aside[i]) continue;
    if (r.groupOf[i] !== -1) return undefined;
    const a = r.actorEndingAt.get(i);
    // "In the US and Germany many said": a conjunct of a prepositional phrase is inside it too.
    if (a && !governedByPreposition(r, conjuncts(r, a)[0] ?? a)) return a;
    if (a) i = a.start;
  }
  return undefined;
}

/**
 * A verb group right after a coordinator ("met X and attacked Y") shares the previous group's
 * subject; so does one after a bare comma in a headline-style series ("X and Y agree to talk,
 * set up meeting"), unless an actor follows it at once ("…, said Putin": its subject, inverted)
 * or it is a participle (", expanding its campaign" may hang on any clause before it).
 */
function coordinated(r: Reading, g: VerbGroup): boolean {
  let i = g.start - 1;
  while (i >= 0 && r.words[i]?.tag === 'RB') i--;
  if (r.words[i]?.lower === ',' && !COORDINATORS.has(r.words[i - 1]?.lower ?? '') && r.words[g.start]?.tag !== 'VBG') {
    let after = g.end;
    while (r.words[after]?.tag === 'RP') after++;
    if (!r.actorStartingAt.has(after) && !/^(PRP|NNP|NNPS)$/.test(r.words[after]?.tag ?? '')) return true;
  }
  while (i >= 0 && (r.words[i]?.tag === 'RB' || r.words[i]?.lower === ',')) i--;
  return COORDINATORS.has(r.words[i]?.lower ?? '');
}

/**
 * The first actor after `from` in the clause, skipping the source's own mentions. An actor that
 * is the subject of a finite verb right after it (with its conjuncts) opens a complement clause
 * ("said Trump and Putin agreed") and is not the object; before an infinitive it is ("urged
 * Eriador to respond").
 */
function objectAfter(r: Reading, from: number, to: number, source: readonly ActorMention[]): ActorMention | undefined {
  for (let i = from; i < to; i++) {
    const a = r.actorStartingAt.get(i);
    if (!a) continue;
    if (!source.some((s) => s === a || (s.link !== undefined && s.link === a.link))) {
      const group = conjuncts(r, a);
      let next = (group[group.length - 1] ?? a).end;
      while (r.words[next]?.tag === 'RB') next++;
      const opensClause = !governedByPreposition(r, a) && r.groupOf[next] !== -1 && r.groupOf[next] !== undefined && r.words[next]?.tag !== 'TO' && r.words[next]?.tag !== 'VBG';
      return opensClause ? undefined : a;
    }
    i = a.end - 1;
  }
  return undefined;
}

/** "investigating whether Trump's campaign …": the subject of the clause a verb governs, as its target. */
function complementSubject(r: Reading, end: number): ActorMention | undefined {
  if (!['whether', 'if', 'that'].includes(r.words[end]?.lower ?? '')) return undefined;
  for (let i = end + 1; i < Math.min(r.words.length, end + 5); i++) {
    const a = r.actorStartingAt.get(i);
    if (a) return a;
    if (r.groupOf[i] !== -1) return undefined;
  }
  return undefined;
}

/** "signed an accord on Thursday to supply Gondor": with no object of its own, a verb takes the object of the purpose infinitive after it. */
function purposeObject(r: Reading, end: number, source: readonly ActorMention[]): ActorMention | undefined {
  const gi = r.groupOf[end];
  if (gi === undefined || gi < 0 || r.words[end]?.tag !== 'TO') return undefined;
  const g = r.groups[gi] as VerbGroup;
  return objectAfter(r, g.end, clauseEnd(r, g), source);
}

/** The agent of a passive ("was attacked by X"): the actor after "by" in the clause. */
function passiveAgent(r: Reading, from: number, to: number): ActorMention | undefined {
  for (let i = from; i < to; i++) {
    if (r.words[i]?.lower !== 'by') continue;
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      const a = r.actorStartingAt.get(k);
      if (a) return a;
    }
  }
  return undefined;
}

/** The verbs of a group the dictionary knows, skipping auxiliaries ("has", "was"), in order. */
function dictionaryVerbs(dict: VerbDictionary, r: Reading, g: VerbGroup, end: number): FoundVerb[] {
  const out: FoundVerb[] = [];
  for (let i = g.start; i < end; i++) {
    const w = r.words[i] as CoderToken;
    if (!w.tag.startsWith('VB') || isAuxiliary(w)) continue;
    const found = findVerb(dict, r.words, i);
    if (found) out.push(found);
  }
  return out;
}

/** A verb's coding where it stands: codes both ways, the last token used and the actors its pattern's markers bound. */
interface Coding {
  readonly code: string;
  readonly reverse?: string;
  readonly start: number;
  readonly end: number;
  /** The pattern names the negation or the modal of its group ("DID N'T *", "SAID WOULD *"): it has coded them. */
  readonly negationCoded?: boolean;
  readonly modalityCoded?: boolean;
  readonly bound: Bound;
}

const NEGATION_WORDS = new Set(['not', "n't", 'never']);
const MODALITY_WORDS = new Set([...MODALS, ...CONDITIONALS]);

/** Does a pattern name, before its verb, one of these words? */
const namesBefore = (pattern: VerbPattern, words: ReadonlySet<string>): boolean =>
  pattern.pre.some((slot) => !isMarker(slot) && slot.some((run) => run.some((w) => words.has(w))));

/**
 * The CAMEO code of a verb where it stands: the best pattern of its blocks (a word may head more
 * than one), else its own code, else its block's.
 */
function verbCode(dict: VerbDictionary, r: Reading, verb: FoundVerb, start: number, end: number, passiveSubject?: { from: number; to: number }): Coding {
  const forms = [verb.form, ...(verb.others ?? [])];
  let match: PatternMatch | undefined;
  for (const form of forms) {
    const block = dict.blocks[form.block];
    // Pre slots read from the verb itself, so a pattern may name the group's auxiliaries ("DID N'T *").
    const found = block ? bestPattern(r, block.patterns, verb.end, verb.start, start, end) : undefined;
    if (found && (!match || found.weight > match.weight)) match = found;
    // "Evidence against X was presented by Y": the passive's subject is what "* EVIDENCE" names.
    const asObject = block && passiveSubject ? bestPattern(r, block.patterns, verb.end, verb.start, start, end, passiveSubject) : undefined;
    if (asObject && (!match || asObject.weight > match.weight)) match = asObject;
  }
  if (match) {
    const { code, reverse } = match.pattern;
    const negationCoded = namesBefore(match.pattern, NEGATION_WORDS);
    const modalityCoded = namesBefore(match.pattern, MODALITY_WORDS);
    return { code, ...(reverse ? { reverse } : {}), start: match.start, end: match.end, bound: match.bound, ...(negationCoded ? { negationCoded } : {}), ...(modalityCoded ? { modalityCoded } : {}) };
  }
  const codings = forms.map((form): { code: string; reverse?: string } | undefined => (form.code !== undefined ? { code: form.code, ...(form.reverse ? { reverse: form.reverse } : {}) } : dict.blocks[form.block]));
  const own = codings.find((c) => c && (isCode(c.code) || isCode(c.reverse ?? '---'))) ?? codings[0];
  return { code: own?.code ?? '---', ...(own?.reverse ? { reverse: own.reverse } : {}), start: verb.start, end: verb.end, bound: {} };
}

/** "authorized an airstrike": the light verb's object coded as "launch" would code it. */
function delegated(dict: VerbDictionary, r: Reading, verb: FoundVerb, g: VerbGroup, start: number, end: number): Coding | undefined {
  if (!DELEGATING_VERBS.has(verb.form.lemma)) return undefined;
  const launch = dict.forms['launch']?.[0];
  const block = launch ? dict.blocks[launch.block] : undefined;
  const match = block ? bestPattern(r, block.patterns, verb.end, g.start, start, end) : undefined;
  return match && match.pattern.code !== '---' ? { code: match.pattern.code, start: match.start, end: match.end, bound: match.bound } : undefined;
}

const isCode = (code: string): boolean => code !== '---' && code.length > 0;

const discardIndex = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();

/** Does a sentence name a discard phrase ("World Cup")? Then it is not coded. Phrases are indexed by first word once. */
export function discarded(words: readonly CoderToken[], phrases: readonly (readonly string[])[]): boolean {
  let index = discardIndex.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) index.set(p[0] ?? '', [...(index.get(p[0] ?? '') ?? []), p]);
    discardIndex.set(phrases, index);
  }
  for (let i = 0; i < words.length; i++) {
    for (const phrase of index.get(words[i]?.lower ?? '') ?? []) {
      let ok = i + phrase.length <= words.length;
      for (let k = 1; k < phrase.length && ok; k++) ok = words[i + k]?.lower === phrase[k];
      if (ok) return true;
    }
  }
  return false;
}

/**
 * Codes one sentence: for each verb group the dictionary knows, its source (subject, or the
 * "by" agent of a passive), target (first actor after the verb, or the passive's subject), and
 * the CAMEO code of its best pattern, combined with a governing verb ("agreed to meet") or a
 * future; negation and modals ("may", "if") are flags, never dropped. Compound actors give one
 * event per source–target pair.
 *
 * @example codeSentence(sentence, dictionaries, { requireDyad: true }) // [{ source, target, code: '042', … }]
 */
export function codeSentence(input: CoderSentence, dict: EventDictionaries, options: CoderOptions): CodedEvent[] {
  if (input.actors.length === 0 || discarded(input.tokens, dict.discards.sentence)) return [];
  const s: CoderSentence = { ...input, tokens: retagged(input.tokens) };
  const r = read(s);
  const byGroup: CodedEvent[][] = r.groups.map(() => []);
  const statements: (Statement | undefined)[] = [];
  const subjects: (ActorMention | undefined)[] = [];
  r.groups.forEach((g, gi) => {
    const events = byGroup[gi] as CodedEvent[];
    const clause = clauseStart(r, g);
    const end = clauseEnd(r, g);
    let own = subject(r, g, clause.start);
    if (!own && gi > 0 && coordinated(r, g)) own = subjects[gi - 1];
    // "Arnor is about to restore …": an infinitive shares the subject before it. After a noun or
    // an object ("faces calls from Parliament to help Freedonia", "urged Gondor to respond") it is
    // what someone wants done, not what was done: hypothetical.
    const infinitive = gi > 0 && r.words[g.start]?.tag === 'TO';
    let wanted = false;
    if (infinitive) {
      const before = r.groups[gi - 1] as VerbGroup;
      for (let i = before.end; i < g.start; i++) if (/^(NN|NNS|NNP|NNPS|PRP)$/.test(r.words[i]?.tag ?? '') || r.actorStartingAt.has(i)) wanted = true;
    }
    if (!own && infinitive) own = subjects[gi - 1];
    if (!own && SUBJECT_PRONOUNS.has(r.words[g.start - 1]?.lower ?? '')) own = subjects.find((a) => a !== undefined);
    subjects.push(own);
    const verbs = dictionaryVerbs(dict.verbs, r, g, g.end);
    const main = verbs[verbs.length - 1];
    if (!main) return;
    const governor = verbs.length > 1 ? verbs[0] : undefined;
    let negated = false;
    let hypothetical = clause.opener !== undefined && HYPOTHETICAL_OPENERS.has(clause.opener);
    let passive = false;
    let modal = false;
    let future = false;
    for (let i = g.start; i < main.start; i++) {
      const w = r.words[i] as CoderToken;
      if (FUTURES.has(w.lower)) future = true;
      if (isNegation(w)) negated = true;
      if (MODALS.has(w.lower) || CONDITIONALS.has(w.lower)) modal = true;
      if (isBe(w) && r.words[main.start]?.tag === 'VBN') passive = true;
    }
    // A bare participle with no object after it ("Bush website blocked outside US", "the town
    // seized by rebels") is a passive without its auxiliary. One followed by a noun phrase
    // ("police arrested students") is a past tense the tagger read as a participle.
    const auxiliaries = r.words.slice(g.start, main.start);
    let after = main.end;
    while (r.words[after]?.tag === 'RP') after++;
    const objectFollows = /^(DT|NN|NNS|NNP|NNPS|JJ|PRP|PRP\$|CD)$/.test(r.words[after]?.tag ?? '') || r.actorStartingAt.has(after);
    if (r.words[main.start]?.tag === 'VBN' && !auxiliaries.some((w) => isAuxiliary(w)) && !objectFollows) passive = true;
    if (r.words[main.end]?.lower === 'not' || r.words[main.end]?.lower === "n't") negated = true;
    const passiveSubject = passive ? { from: clause.start, to: g.start } : undefined;
    let coded = delegated(dict.verbs, r, main, g, clause.start, end) ?? verbCode(dict.verbs, r, main, clause.start, patternReach(r, end), passiveSubject);
    // A pattern that names the negation ("DID N'T * …" in a test dictionary) has coded it already.
    if (coded.negationCoded) negated = false;
    if (modal && !coded.modalityCoded) hypothetical = true;
    // An infinitive after an object is what someone wants done, unless the pattern itself reaches
    // back over the governing verb ("+ HOSTING * FEAST"): then it names the whole construction.
    if (wanted && coded.start >= g.start) hypothetical = true;
    let governorLemma: string | undefined;
    if (governor) {
      const combined = isCode(coded.code) ? combine(governor.form.lemma, coded.code) : undefined;
      if (combined) {
        const back = coded.reverse ? combine(governor.form.lemma, coded.reverse)?.code : undefined;
        coded = { ...coded, code: combined.code, ...(back ? { reverse: back } : {}) };
        hypothetical ||= combined.hypothetical;
        governorLemma = governor.form.lemma;
      } else if (!isCode(coded.code) && !isCode(coded.reverse ?? '---')) {
        coded = verbCode(dict.verbs, r, governor, clause.start, end);
        governorLemma = undefined;
      }
    }
    if (!isCode(coded.code) && !isCode(coded.reverse ?? '---')) return;
    const refused = negated && future && !governorLemma ? refusedCode(coded.code) : undefined;
    if (refused) {
      // The refusal is stated, not supposed: only an "if"/"whether" clause keeps it hypothetical.
      coded = { code: refused, start: coded.start, end: coded.end, bound: coded.bound };
      negated = false;
      hypothetical = clause.opener !== undefined && HYPOTHETICAL_OPENERS.has(clause.opener);
    }
    const bound = coded.bound;
    // The pattern's markers name the actors they bound; the sentence's reading fills the rest.
    let sourceActor = passive ? passiveAgent(r, main.end, end) : own;
    let targetActor = passive ? own ?? subjectComplement(r, clause.start, g.start) : undefined;
    const boundSource = bound.source ?? (bound.compoundSide === 'pre' ? bound.compound : undefined);
    const boundTarget = bound.target ?? (bound.compoundSide === 'post' ? bound.compound : undefined);
    if (boundTarget) {
      if (sourceActor === boundTarget) sourceActor = undefined;
      targetActor = boundTarget;
    }
    if (boundSource) {
      if (targetActor === boundSource) targetActor = undefined;
      sourceActor = boundSource;
    }
    const sources = sourceActor ? conjuncts(r, sourceActor) : [];
    statements[gi] = { lemma: main.form.lemma, code: coded.code, sources, flagged: negated || hypothetical, start: g.start, end: Math.max(coded.end, main.end) };
    if (wanted && gi > 0 && isCode(coded.code)) byGroup[gi - 1] = refineAppeals(byGroup[gi - 1] ?? [], coded.code, g.start);
    if (!boundTarget && !passive && sources.length > 0) {
      // A statement's complement is what was said, not whom it was said to; other verbs reach into it.
      targetActor = objectAfter(r, main.end, end, sources) ?? (coded.code.startsWith('01') ? undefined : complementSubject(r, end) ?? purposeObject(r, end, sources));
    }
    let targets: (ActorMention | undefined)[] = targetActor ? conjuncts(r, targetActor) : [];
    const action = { start: g.start, end: Math.max(coded.end, main.end) };
    const event = (source: ActorMention, target: ActorMention | undefined, code: string): CodedEvent => ({
      source, ...(target ? { target } : {}), code, action, negated, hypothetical,
      verb: main.form.lemma, ...(governorLemma ? { governor: governorLemma } : {}),
    });
    const root = Number(coded.code.slice(0, 2));
    // "The US, Russia and Switzerland met", a `%` compound with no one on the other side: each
    // member acts on the others, a cooperative act of a compound with no object too.
    const members = bound.compound ? conjuncts(r, bound.compound) : sources;
    const mutual = members.length > 1 && (bound.compound ? (bound.compoundSide === 'pre' ? targets : sources).length === 0 : targets.length === 0 && root >= 3 && root <= 8 && !infinitive);
    if (mutual) {
      if (!isCode(coded.code)) return;
      for (const source of members) for (const target of members) if (source !== target) events.push(event(source, target, coded.code));
      return;
    }
    if (sources.length === 0) return;
    if (targets.length === 0) {
      if (options.requireDyad) return;
      targets = [undefined];
    }
    for (const source of sources) {
      for (const target of targets) {
        // An actor acting on itself ("Filipino crew members gathered in Manila": PHL → PHL) is no dyad.
        if (target && (target === source || (target.link !== undefined && target.link === source.link) || target.code === source.code)) continue;
        if (isCode(coded.code)) events.push(event(source, target, coded.code));
        // "[032:033]": the target hosts the visit the source makes.
        if (target && coded.reverse && isCode(coded.reverse)) events.push(event(target, source, coded.reverse));
      }
    }
  });
  return [...reportedActs(r.groups, r.words, byGroup, statements), ...nominalEvents(dict, r, subjects)].flatMap(eachActorCode);
}

/** An actor coded `FRO/BIL/SAM` (a dictionary phrase naming several actors) gives one event per code pair. */
function eachActorCode(e: CodedEvent): CodedEvent[] {
  if (!e.source.code.includes('/') && !e.target?.code.includes('/')) return [e];
  const out: CodedEvent[] = [];
  for (const source of e.source.code.split('/')) {
    if (!e.target) {
      out.push({ ...e, source: { ...e.source, code: source } });
      continue;
    }
    for (const target of e.target.code.split('/')) if (target !== source) out.push({ ...e, source: { ...e.source, code: source }, target: { ...e.target, code: target } });
  }
  return out;
}

const NOMINAL_OPENERS = new Set(['on', 'during', 'after', 'before', 'following', 'in']);
const NOMINAL_DETERMINERS = /^(DT|PRP\$|JJ|JJS|CD)$/;

/**
 * Events named by a noun in an adverbial phrase: "Merkel, on a rare visit to Russia, says …",
 * "after talks with Putin". The noun must be a form of a dictionary verb ("visit", "talks") and
 * be followed by "to"/"with" and an actor; the source is the subject of the first verb group
 * after the phrase, the code the verb's own (or its block's), never a pattern's.
 */
function nominalEvents(dict: EventDictionaries, r: Reading, subjects: readonly (ActorMention | undefined)[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let i = 0; i < r.words.length; i++) {
    if (!NOMINAL_OPENERS.has(r.words[i]?.lower ?? '')) continue;
    let n = i + 1;
    while (n < r.words.length && n - i <= 4 && NOMINAL_DETERMINERS.test(r.words[n]?.tag ?? '')) n++;
    const noun = r.words[n];
    if (!noun || !/^NNS?$/.test(noun.tag)) continue;
    const linker = r.words[n + 1]?.lower;
    const target = linker === 'to' || linker === 'with' ? r.actorStartingAt.get(n + 2) ?? r.actorStartingAt.get(n + 3) : undefined;
    const form = dict.verbs.forms[noun.lower]?.find((f) => !f.before && !f.after);
    if (!target || !form) continue;
    const code = form.code ?? dict.verbs.blocks[form.block]?.code ?? '---';
    if (!isCode(code)) continue;
    const gi = r.groups.findIndex((g) => g.start > target.end);
    const source = gi >= 0 ? subjects[gi] : undefined;
    if (!source || source.code === target.code || (source.link !== undefined && source.link === target.link)) continue;
    out.push({ source, target, code, action: { start: n, end: n + 1 }, negated: false, hypothetical: false, verb: form.lemma });
  }
  return out;
}
