import { readFile } from 'node:fs/promises';

/** One token line: `columns[0]` is the word form, the rest are its tags (POS, chunk, NER…). */
export interface ConllToken {
  readonly form: string;
  readonly columns: readonly string[];
}

/** A run of token lines between blank lines; `line` is the 1-based line of its first token. */
export interface ConllSentence {
  readonly line: number;
  readonly tokens: readonly ConllToken[];
}

/** The sentences between two `-DOCSTART-` lines; `line` is 1-based, of the first sentence. */
export interface ConllDocument {
  readonly line: number;
  readonly sentences: readonly ConllSentence[];
}

/**
 * Reads CoNLL column text lazily, one document at a time: columns separated by spaces or tabs
 * (any count: the 2-column NER files and the 4-column CoNLL-2003 `word POS chunk NER` files alike),
 * blank lines between sentences, `-DOCSTART-` lines between documents. A file without
 * `-DOCSTART-` is one document. Tags are returned as written; see {@link iob1ToBio} for the tag
 * scheme. Never throws; `\r\n` line ends are accepted.
 *
 * @example
 * for (const doc of iterateConll('-DOCSTART- O\n\nEU B-ORG\nrejects O\n')) doc.sentences[0].tokens[0].form // "EU"
 */
export function* iterateConll(text: string): Generator<ConllDocument> {
  let sentences: ConllSentence[] = [];
  let tokens: ConllToken[] = [];
  let docLine = 1;
  let sentenceLine = 1;
  let lineNumber = 0;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).trim();
    lineNumber++;
    pos = eol + 1;
    if (line.length === 0 || line.startsWith('-DOCSTART-')) {
      if (tokens.length > 0) sentences.push({ line: sentenceLine, tokens });
      tokens = [];
      if (line.length > 0) {
        if (sentences.length > 0) yield { line: docLine, sentences };
        sentences = [];
      }
      continue;
    }
    if (tokens.length === 0) sentenceLine = lineNumber;
    if (tokens.length === 0 && sentences.length === 0) docLine = lineNumber;
    const columns = line.split(/[ \t]+/);
    tokens.push({ form: columns[0] ?? '', columns });
  }
  if (tokens.length > 0) sentences.push({ line: sentenceLine, tokens });
  if (sentences.length > 0) yield { line: docLine, sentences };
}

/** Reads a whole CoNLL file (UTF-8) into documents; see {@link iterateConll}. */
export async function readConllFile(path: string): Promise<ConllDocument[]> {
  return [...iterateConll(await readFile(path, 'utf8'))];
}

/**
 * Converts IOB1 tags (CoNLL-2003: `I-` starts an entity unless it continues one of the same type,
 * `B-` only separates two adjacent entities of one type) to BIO (every entity starts with `B-`).
 * BIO input comes back unchanged.
 *
 * @example
 * iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC']) // ['B-PER', 'I-PER', 'O', 'B-LOC']
 */
export function iob1ToBio(tags: readonly string[]): string[] {
  let previous = 'O';
  return tags.map((tag) => {
    const out = tag.startsWith('I-') && previous.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
    previous = tag;
    return out;
  });
}
