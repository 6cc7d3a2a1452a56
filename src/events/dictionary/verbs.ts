import type { CodePair, MarkerSlot, PatternSlot, VerbBlock, VerbDictionary, VerbForm, VerbPattern, WordSlot } from './types.js';
import { dictionaryWords, plural, stripComments, verbForms } from './words.js';

/** A bracketed code: `[042:043]` is 042 one way and 043 back, `[:173]` only back; undefined without brackets. */
function eventCodes(raw: string | undefined): CodePair | undefined {
  if (raw === undefined) return undefined;
  const [forward = '', back] = raw.split(':').map((p) => p.trim());
  const code = forward.length > 0 ? forward : '---';
  return back !== undefined && back.length > 0 && back !== '---' ? { code, reverse: back } : { code };
}

/** Product of word runs: `{&MILITARY HOSPITAL}` is every military phrase followed by "hospital". */
function product(parts: readonly (readonly (readonly string[])[])[]): string[][] {
  let out: string[][] = [[]];
  for (const alternatives of parts) {
    out = out.flatMap((prefix) => alternatives.map((alt) => [...prefix, ...alt]));
    if (out.length > 5000) break;
  }
  return out;
}

/** Parser state carried across lines: synsets defined so far and the block being read. */
interface VerbParser {
  readonly synsets: Map<string, string[][]>;
  readonly blocks: (CodePair & { name: string; patterns: VerbPattern[] })[];
  readonly forms: Map<string, VerbForm[]>;
  synset?: { name: string; plurals: boolean; phrases: { words: string[]; plural: boolean }[] };
}

const MARKERS: Readonly<Record<string, MarkerSlot['marker']>> = { $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };

/** Alternatives of one pattern word: a synset's phrases, or the word (and its plural). */
function wordAlternatives(p: VerbParser, word: string): string[][] | undefined {
  if (word.startsWith('&')) return p.synsets.get(word.slice(1).replace(/_$/, '').toUpperCase());
  if (word.length === 0) return undefined;
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(w) && w.length > 3 ? [[w], [plural(w)]] : [[w]];
}

/**
 * Slots of one chunk of a pattern: words joined by `_` must follow one another, so a run of them
 * is one slot whose alternatives are the product of its words' alternatives; an actor marker
 * joined to words (`SUGGESTED_+`) is a slot of its own. Undefined when a synset is unknown.
 */
function chunkSlots(p: VerbParser, chunk: string): PatternSlot[] | undefined {
  const slots: PatternSlot[] = [];
  let parts: string[][][] = [];
  const flush = (): void => {
    if (parts.length > 0) slots.push(product(parts) as WordSlot);
    parts = [];
  };
  for (const word of chunk.split('_').filter((w) => w.length > 0)) {
    const marker = MARKERS[word];
    if (marker) {
      flush();
      slots.push({ marker });
      continue;
    }
    const alternatives = wordAlternatives(p, word);
    if (!alternatives) return undefined;
    parts.push(alternatives);
  }
  flush();
  return slots;
}

/**
 * Slots of one side of a pattern. `{A B}` is a noun phrase whose words follow one another;
 * words of `(TO BORDER)` and bare words are slots of their own, gaps allowed between them.
 */
function sideSlots(p: VerbParser, side: string): PatternSlot[] | undefined {
  const slots: PatternSlot[] = [];
  const groups = side.match(/\{[^}]*\}|[^\s(){}]+/g) ?? [];
  for (const group of groups) {
    const chunk = group.startsWith('{') ? group.slice(1, -1).trim().split(/\s+/).join('_') : group;
    if (chunk.length === 0) continue;
    const chunkSlotsFound = chunkSlots(p, chunk);
    if (!chunkSlotsFound) return undefined;
    slots.push(...chunkSlotsFound);
  }
  return slots;
}

/** `- PRE * POST [CODE]`; old-style `IN_*` and `*_OUT` attach words to the verb's sides. */
function readPattern(p: VerbParser, body: string): VerbPattern | undefined {
  const codes = eventCodes(/\[([^\]]*)\]/.exec(body)?.[1]);
  if (codes === undefined) return undefined;
  const words = body.replace(/\[[^\]]*\][\s\S]*$/, '').replace(/^\s*-/, '');
  const star = words.indexOf('*');
  if (star < 0) return undefined;
  const pre = sideSlots(p, words.slice(0, star));
  const post = sideSlots(p, words.slice(star + 1));
  if (!pre || !post) return undefined;
  return { pre: pre.reverse(), post, ...codes };
}

/** The verb word and the words around it of `+ASK_FOR` or `WIRE_+TAP` (no `+`: the first word). */
function splitVerb(raw: string): { verb: string; before: string[]; after: string[] } {
  const parts = raw.split('_').filter((w) => w.length > 0);
  let at = parts.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  const lower = parts.map((w) => w.replace(/^\+/, '').toLowerCase());
  return { verb: lower[at] ?? '', before: lower.slice(0, at), after: lower.slice(at + 1) };
}

/** A verb line: the verb, optional `{irregular forms}` and optional `[code]`. */
function readVerb(p: VerbParser, line: string): void {
  const block = p.blocks.length - 1;
  if (block < 0) return;
  const head = /^\s*(\S+)/.exec(line)?.[1];
  if (!head) return;
  const codes = eventCodes(/\[([^\]]*)\]/.exec(line)?.[1]);
  const braces = /\{([^}]*)\}/.exec(line)?.[1];
  const main = splitVerb(head);
  const lemma = [...main.before, main.verb, ...main.after].join(' ');
  const entries = braces === undefined
    ? verbForms(main.verb).map((verb) => ({ ...main, verb }))
    : [main, ...braces.trim().split(/\s+/).filter((f) => f.length > 0).map(splitVerb)];
  for (const e of entries) {
    if (!/^[a-z'-]+$/.test(e.verb)) continue;
    const form: VerbForm = {
      block, lemma,
      ...codes,
      ...(e.before.length ? { before: e.before } : {}),
      ...(e.after.length ? { after: e.after } : {}),
    };
    const list = p.forms.get(e.verb) ?? [];
    if (!list.some((f) => f.block === block && f.lemma === lemma && String(f.after) === String(form.after) && String(f.before) === String(form.before))) list.push(form);
    p.forms.set(e.verb, list);
  }
}

function closeSynset(p: VerbParser): void {
  if (!p.synset) return;
  const { name, plurals, phrases } = p.synset;
  p.synsets.set(name, phrases.flatMap(({ words, plural: withPlural }) =>
    plurals && withPlural ? [words, [...words.slice(0, -1), plural(words[words.length - 1] ?? '')]] : [words]));
  delete p.synset;
}

/** A `+PHRASE` of a synset: `_` at the end means no plural; `&OTHER` inside expands to its phrases. */
function synsetMember(p: VerbParser, raw: string): void {
  if (!p.synset) return;
  const noPlural = raw.endsWith('_');
  const parts = raw.replace(/_$/, '').split(/[\s_]+/).filter((w) => w.length > 0).map((w) =>
    w.startsWith('&') ? (p.synsets.get(w.slice(1).replace(/_$/, '').toUpperCase()) ?? []) : [[w.toLowerCase()]]);
  for (const phrase of product(parts)) {
    if (phrase.length === 0) continue;
    p.synset.phrases.push({ words: phrase, plural: !noPlural });
  }
}

/**
 * Reads a PETRARCH verb dictionary (`CAMEO.2.0.txt`, or the older syntax of
 * `PETR.Validate.verbs.txt`): synsets (`&NAME` then `+PHRASE` lines), verb blocks
 * (`--- NAME [CODE] ---`), verb lines with irregular forms and codes, and patterns. `~`
 * transformation lines are not read: the coder combines verbs by its own rules.
 *
 * @example readVerbDictionary(text).forms['met'] // [{ block: 212, lemma: 'meet', … }]
 */
export function readVerbDictionary(text: string): VerbDictionary {
  const p: VerbParser = { synsets: new Map(), blocks: [], forms: new Map() };
  let mode: 'none' | 'synset' | 'block' = 'none';
  for (const line of stripComments(text)) {
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const header = /^---\s*(.+?)\s*\[([^\]]*)\]\s*---/.exec(trimmed);
    if (header) {
      closeSynset(p);
      p.blocks.push({ name: header[1] ?? '', ...(eventCodes(header[2]) ?? { code: '---' }), patterns: [] });
      mode = 'block';
    } else if (trimmed.startsWith('&')) {
      closeSynset(p);
      const name = trimmed.slice(1).split(/\s+/)[0] ?? '';
      p.synset = { name: name.replace(/_$/, '').toUpperCase(), plurals: !name.endsWith('_'), phrases: [] };
      mode = 'synset';
    } else if (mode === 'synset' && trimmed.startsWith('+')) {
      synsetMember(p, trimmed.slice(1).trim());
    } else if (mode === 'block' || (mode === 'synset' && p.blocks.length > 0 && !trimmed.startsWith('+'))) {
      closeSynset(p);
      mode = 'block';
      if (trimmed.startsWith('-')) {
        const pattern = readPattern(p, trimmed);
        const block = p.blocks[p.blocks.length - 1];
        if (pattern && block) block.patterns.push(pattern);
      } else if (!trimmed.startsWith('~')) {
        readVerb(p, trimmed);
      }
    }
  }
  closeSynset(p);
  const forms: Record<string, VerbForm[]> = {};
  for (const key of [...p.forms.keys()].sort()) forms[key] = p.forms.get(key) ?? [];
  const blocks: VerbBlock[] = p.blocks;
  return { forms, blocks };
}
