import { isoDate } from '../../kb/index.js';
import type { ActorCode } from '../../kb/index.js';
import type { ActorPhrase, AgentPhrase, Discards, IssuePhrase } from './types.js';
import { dictionaryWords, plural, stripComments } from './words.js';

/** `RUSGOV`, `ELR/GAL`, `RUSGOV >080508`, `<080508` or `700101-990809` as a code; undefined for `---` or a bad date. */
export function dictionaryCode(raw: string): ActorCode | undefined {
  // The test dictionary spaces its restrictions: "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]".
  const [code = '', ...rest] = raw.trim().split(/\s+/);
  const restriction = rest.length > 0 ? rest.join('') : undefined;
  // "[FRO/BIL/SAM]": a phrase standing for several actors at once (each is coded).
  if (!code.split('/').every((part) => /^[A-Za-z0-9]{3,}$/.test(part))) return undefined;
  const upper = code.toUpperCase();
  if (restriction === undefined) return { code: upper };
  const m = /^([<>])?(\d+)(?:-(\d+))?$/.exec(restriction);
  if (!m) return undefined;
  const first = isoDate(m[2] ?? '');
  const second = m[3] !== undefined ? isoDate(m[3]) : undefined;
  if (!first || (m[3] !== undefined && !second)) return undefined;
  if (m[1] === '>') return { code: upper, from: first };
  if (m[1] === '<') return { code: upper, to: first };
  return second ? { code: upper, from: first, to: second } : undefined;
}

/**
 * Reads an actor dictionary: a primary phrase starts a record, `+` lines add synonyms and
 * tab-indented `[CODE date]` lines add date-bounded codes; every phrase of a record gets all its
 * codes. `; comment` tails (the CountryInfo marks) are dropped.
 */
export function readActors(text: string): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  let names: string[][] = [];
  let codes: ActorCode[] = [];
  const flush = (): void => {
    if (codes.length > 0) for (const words of names) out.push({ words, codes });
    names = [];
    codes = [];
  };
  for (const line of stripComments(text)) {
    const body = line.split(';')[0] ?? '';
    if (body.trim().length === 0) continue;
    const lineCodes = [...body.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => {
      const c = dictionaryCode(m[1] ?? '');
      return c ? [c] : [];
    });
    const phrase = dictionaryWords(body.replace(/\[[^\]]*\]/g, '').replace(/^\s*\+/, ''));
    if (/^\s/.test(body)) {
      codes.push(...lineCodes);
      continue;
    }
    if (!body.startsWith('+') && (codes.length > 0 || lineCodes.length > 0)) flush();
    if (phrase.length > 0) names.push(phrase);
    codes.push(...lineCodes);
  }
  flush();
  return out;
}

/**
 * Reads an agents dictionary: `PHRASE {PLURAL} [~CODE]` (code after the actor's) or `[CODE~]`
 * (before it), `!MACRO! = A, B` substitutions; a regular plural is formed unless `{…}` gives one,
 * and `{}` means none.
 */
export function readAgents(text: string): AgentPhrase[] {
  const macros = new Map<string, string[]>();
  const out: AgentPhrase[] = [];
  for (const raw of stripComments(text)) {
    const line = raw.trim();
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1] ?? '', (macro[2] ?? '').split(',').map((w) => w.trim()).filter((w) => w.length > 0));
      continue;
    }
    const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z0-9]+)\s*(~?)\s*\]/.exec(line);
    if (!entry) continue;
    const code = (entry[4] ?? '').toUpperCase();
    const prefix = entry[5] === '~' && entry[3] !== '~';
    let phrases = [entry[1] ?? ''];
    for (const [name, words] of macros) {
      phrases = phrases.flatMap((p) => (p.includes(name) ? words.map((w) => p.split(name).join(w)) : [p]));
    }
    const explicit = entry[2];
    for (const phrase of phrases) {
      const words = dictionaryWords(phrase);
      if (words.length === 0) continue;
      out.push({ words, code, prefix });
      if (explicit === undefined) out.push({ words: [...words.slice(0, -1), plural(words[words.length - 1] ?? '')], code, prefix });
      else if (explicit.trim()) out.push({ words: dictionaryWords(explicit), code, prefix });
    }
  }
  return out;
}

/** Reads a discard list: a `+` line discards the whole story, any other line the sentence. */
export function readDiscards(text: string): Discards {
  const sentence: string[][] = [];
  const story: string[][] = [];
  for (const raw of stripComments(text)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const words = dictionaryWords(line.replace(/^\+/, ''));
    if (words.length > 0) (line.startsWith('+') ? story : sentence).push(words);
  }
  return { sentence, story };
}

/**
 * Reads an issues dictionary (`n:word [CODE]`, `early+childhood education [CODE]`): phrases with
 * their issue code. `~` exclusion lines and the `n:`/`+` markers' extra rules are not kept: the
 * words must occur in a row.
 */
export function readIssues(text: string): IssuePhrase[] {
  const out: IssuePhrase[] = [];
  for (const raw of stripComments(text)) {
    const m = /^([^~<[][^[]*?)\s*\[([A-Z0-9_]+)\]/.exec(raw.trim());
    if (!m) continue;
    const words = dictionaryWords((m[1] ?? '').replace(/\b[a-z]+:/g, '').replace(/\+/g, ' '));
    if (words.length > 0) out.push({ words, code: m[2] ?? '' });
  }
  return out;
}
