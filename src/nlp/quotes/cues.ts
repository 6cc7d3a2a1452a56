/**
 * Verbs that report speech or a stated belief, as their lemmas; every inflection is derived
 * below. Kept to verbs that report what someone said, wrote or holds: "found" or "showed" report
 * a study as often as a finding of fact, so they are left out.
 */
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'note', 'warn', 'deny', 'insist', 'claim', 'argue', 'state', 'announce',
  'explain', 'report', 'write', 'ask', 'suggest', 'acknowledge', 'admit', 'declare', 'stress',
  'emphasize', 'emphasise', 'contend', 'maintain', 'predict', 'confirm', 'reply', 'respond', 'tweet',
  'urge', 'vow', 'promise', 'complain', 'recall', 'observe', 'concede', 'testify', 'assert',
  'remark', 'caution', 'counter', 'quip', 'joke', 'yell', 'shout', 'chant', 'muse', 'allege',
  'believe', 'think', 'describe', 'agree', 'point', 'charge', 'boast', 'pledge', 'reiterate',
  'acknowledge', 'indicate', 'mention', 'disclose', 'reveal', 'lament', 'wonder', 'retort',
  'continue', 'conclude', 'estimate', 'hope', 'fear', 'worry', 'demand', 'threaten', 'accuse',
  'blast', 'slam', 'criticize', 'criticise', 'praise', 'propose', 'insinuate', 'guarantee',
  'assure', 'inform', 'call', 'recount', 'speculate', 'surmise', 'opine', 'posit', 'proclaim', 'show', 'find',
];

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  find: ['find', 'finds', 'found', 'finding'],
  think: ['think', 'thinks', 'thought', 'thinking'],
};

/** say → says, said, saying; deny → denies, denied, denying; admit → admitted. */
function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const doubled = /^(admit|regret|quip|commit)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  const s = /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${doubled}ed`, `${doubled}ing`];
}

/** Every inflected form of a speech verb, lowercase: "said", "warns", "denied", "insisting"… */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.flatMap(inflect));

/**
 * Forms that say more often something else than speech when they stand alone, so they are cues
 * only next to a quote: "point" (needs "out"), "continue", "hope", "fear", "agree", "describe"…
 */
export const WEAK_VERBS: ReadonlySet<string> = new Set(
  ['call', 'point', 'continue', 'hope', 'fear', 'worry', 'agree', 'describe', 'demand', 'threaten', 'accuse', 'blast', 'slam', 'criticize', 'criticise', 'praise', 'propose', 'ask', 'charge', 'maintain', 'counter', 'estimate', 'conclude', 'wonder', 'indicate', 'show', 'find'].flatMap(inflect),
);

/**
 * Third-person forms that are as often plural nouns ("battleground states", "news reports", "his
 * claims"): like the weak verbs, cues only next to a quote or before "that".
 */
export const NOUN_FORMS: ReadonlySet<string> = new Set(['states', 'state', 'calls', 'call', 'charges', 'promises', 'hopes', 'fears', 'worries', 'finds', 'shows', 'answers', 'remarks', 'comments', 'counters', 'tweets', 'tweet', 'pledges', 'vows']);

/** Verbs whose object is the person spoken to: "told Germany's foreign minister", "warned reporters". */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'warn', 'assure', 'inform', 'ask', 'urge', 'remind', 'promise'].flatMap(inflect));

/** Words that may stand between a speaker and its verb: "Trump also said", "she has repeatedly warned". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'then', 'later', 'earlier',
  'previously', 'once', 'again', 'further', 'still', 'even', 'already', 'reportedly', 'publicly', 'privately', 'recently', 'now',
  'never', 'not', 'always', 'often', 'just', 'simply', 'only', 'first', 'last', 'long', 'been', 'ever', 'meanwhile', 'however',
  'could', 'might', 'may', 'can', 'should', 'must', 'famously', "n't", 'n’t', 'isn', 'wasn',
]);

/** Pronouns that can speak. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);

/**
 * Words that end a speaker phrase when walking left from the verb: a conjunction, preposition or
 * verb means the phrase before is not the subject ("…, which Trump said").
 */
export const NOT_IN_SPEAKER: ReadonlySet<string> = new Set([
  'that', 'which', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'if', 'when', 'while',
  'because', 'than', 'so', 'what', 'where', 'how', 'why', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here', 'not',
  'be', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'said', 'says', 'told',
]);
