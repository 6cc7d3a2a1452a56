import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { iterateConll } from '../../eval/conll.js';
import { decodeBytes, isInputError } from '../../ingest/index.js';
import { tokenize } from '../../nlp/index.js';
import { clusterKey } from '../../resources/cluster-key.js';
import { reutersTexts } from './reuters.js';

/**
 * One named part of the unlabeled corpus, as sequences of cluster keys (one sequence per title,
 * body or CoNLL sentence: context windows never cross from one into the next).
 */
export interface CorpusPart {
  readonly name: string;
  readonly sequences: Iterable<readonly string[]>;
}

/**
 * The unlabeled news the clusters learn from, under `dataDir` (normally `../shared/data`):
 * Reuters-21578 titles, datelines and bodies; the BBC news full texts; and the word column of
 * CoNLL-2003 `train.txt` only — dev and test stay unseen so the tagger's scores on them stay honest.
 * Raw text goes through the project's {@link tokenize}, so "Germany's" gives the keys "germany"
 * and "'s" exactly as the tagger will see it on CoNLL tokens and on raw articles.
 */
export function newsCorpus(dataDir: string): CorpusPart[] {
  return [
    { name: 'reuters21578', sequences: tokenized(reutersFiles(join(dataDir, 'reuters21578'))) },
    { name: 'bbc-news-fulltext', sequences: tokenized(bbcTexts(join(dataDir, 'bbc-news-fulltext'))) },
    { name: 'conll2003/train', sequences: conllSentences(join(dataDir, 'conll2003', 'train.txt')) },
  ];
}

/**
 * The same news as token sequences with their case kept: Reuters and BBC texts through
 * {@link tokenize}, CoNLL-2003 `train.txt` sentences as given. For statistics that need case.
 */
export function* newsTokenSequences(dataDir: string): Generator<string[]> {
  for (const text of [...reutersFiles(join(dataDir, 'reuters21578')), ...bbcTexts(join(dataDir, 'bbc-news-fulltext'))]) {
    yield tokenize(text).map((t) => text.slice(t.start, t.end));
  }
  for (const doc of iterateConll(readFileSync(join(dataDir, 'conll2003', 'train.txt'), 'utf8'))) {
    for (const sentence of doc.sentences) yield sentence.tokens.map((t) => t.form);
  }
}

/**
 * The raw Reuters-21578 texts (titles, datelines, bodies) and BBC news files under `dataDir`, in a
 * fixed order: the unlabeled news other training scripts (self-training of the tagger) read whole.
 */
export function* newsTexts(dataDir: string): Generator<string> {
  yield* reutersFiles(join(dataDir, 'reuters21578'));
  yield* bbcTexts(join(dataDir, 'bbc-news-fulltext'));
}

function* tokenized(texts: Iterable<string>): Generator<string[]> {
  for (const text of texts) {
    const keys = tokenize(text).map((t) => clusterKey(text.slice(t.start, t.end)));
    if (keys.length > 0) yield keys;
  }
}

function* reutersFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort()) {
    // SOURCE.md: the SGML is Latin-1.
    yield* reutersTexts(readFileSync(join(dir, name), 'latin1'));
  }
}

function* bbcTexts(dir: string): Generator<string> {
  for (const path of textFiles(dir)) {
    // One file (sport/199.txt) is not UTF-8; decodeBytes falls back to Windows-1252 for it.
    const decoded = decodeBytes(readFileSync(path), { origin: path });
    if (!isInputError(decoded)) yield decoded.text;
  }
}

function textFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return textFiles(path);
    return e.name.endsWith('.txt') ? [path] : [];
  });
}

function* conllSentences(path: string): Generator<string[]> {
  for (const doc of iterateConll(readFileSync(path, 'utf8'))) {
    for (const sentence of doc.sentences) yield sentence.tokens.map((t) => clusterKey(t.form));
  }
}
