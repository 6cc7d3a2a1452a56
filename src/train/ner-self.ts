/**
 * Pseudo-labels unlabeled news for self-training the entity tagger:
 *
 *   node dist/train/ner-self.js --models A.bin.gz,B.bin.gz [--data ../shared/data] [--out FILE]
 *
 * Every Reuters-21578 text and BBC article under `--data` goes through the pipeline's tokenizer
 * and sentence splitter and is tagged by each teacher model (trained on CoNLL-2003 train only,
 * with different seeds: `node dist/train/ner.js --seed S --out …`). A sentence is kept when all
 * teachers agree on every tag and it holds an entity; the kept sentences of each article stay
 * together, in order, as one document of a CoNLL file (`--out`, default `/tmp/ner-pseudo.txt`)
 * that `node dist/train/ner.js --pseudo FILE --pseudo-ratio R` adds to the training data.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { splitParagraphs, splitSentences, tokenize } from '../nlp/index.js';
import { loadTagger, type TaggerResources } from '../nlp/ner/resources.js';
import { tagDocument } from '../nlp/ner/tagger.js';
import { flag, onlyFlags } from './args.js';
import { newsTexts } from './clusters/corpus.js';
import { agreedSentences, formatPseudoConll } from './ner-pseudo.js';

/** The text's sentences as word lists, cut by the same tokenizer and splitter the pipeline uses. */
function sentenceWords(text: string): string[][] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens, splitParagraphs(text)).map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)));
}

function main(): void {
  onlyFlags(['models', 'data', 'out'], []);
  const modelsFlag = flag('models');
  if (modelsFlag === undefined) throw new Error('E_USAGE: --models A.bin.gz,B.bin.gz (two or more train-only models) is required');
  const teachers: TaggerResources[] = modelsFlag.split(',').map((m) => loadTagger(isAbsolute(m) ? m : resolve(m)));
  if (teachers.length < 2) throw new Error('E_USAGE: --models needs at least two models to agree');
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? '/tmp/ner-pseudo.txt';
  const started = performance.now();
  const docs: { words: readonly string[]; tags: readonly string[] }[][] = [];
  let texts = 0;
  let seen = 0;
  let kept = 0;
  for (const text of newsTexts(data)) {
    texts++;
    const sentences = sentenceWords(text).filter((w) => w.length > 0);
    if (sentences.length === 0) continue;
    const inputs = sentences.map((words) => ({ words }));
    const paths = teachers.map((t) => tagDocument(t.model, inputs, t).map((p) => Array.from(p, (i) => t.model.tags[i] ?? 'O')));
    const agreed = agreedSentences(sentences.map((words, s) => ({ words, paths: paths.map((p) => p[s] ?? []) })));
    seen += sentences.length;
    kept += agreed.length;
    if (agreed.length > 0) docs.push(agreed);
  }
  writeFileSync(out, formatPseudoConll(docs));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(`${texts} texts, ${seen} sentences; kept ${kept} (agreed, with an entity) in ${docs.length} documents; wrote ${out} in ${seconds} s\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`ner-self: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
