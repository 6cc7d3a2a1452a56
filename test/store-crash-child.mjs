// Child process of store-crash.test.ts: saves synthetic articles in batches until done or killed.
// Plain JavaScript importing the store compiled by the test, because Node 20 cannot run
// TypeScript directly and the project adds no TypeScript runner.
//
// usage: node store-crash-child.mjs COMPILED_DIR DB_PATH ARTICLES BATCH_SIZE
// prints `committed BATCH ADDED` after each batch's transaction has returned, then `done`.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [compiled, dbPath, total, batchSize] = process.argv.slice(2);
const { openSqliteStore } = await import(pathToFileURL(join(compiled, 'store/index.js')).href);
const { createDoc, diagnostic } = await import(pathToFileURL(join(compiled, 'doc/index.js')).href);

const WORDS = ['sanctions', 'talks', 'minister', 'border', 'ceasefire', 'summit', 'envoy', 'treaty', 'vote'];

/**
 * Article `n`: a header sentence that states the article's own paragraph, sentence and token
 * counts (so the parent can check the stored layers without sharing code), then 1–5 paragraphs of
 * 1–4 sentences of 2–10 words each.
 */
function makeDoc(n) {
  const body = [];
  for (let p = 0; p < 1 + (n % 5); p++) {
    const sentences = [];
    for (let s = 0; s < 1 + ((n + p) % 4); s++) {
      const words = [];
      for (let w = 0; w < 2 + ((n * 7 + p + s) % 9); w++) words.push(WORDS[(n + p * 3 + s * 5 + w) % WORDS.length]);
      sentences.push(words);
    }
    body.push(sentences);
  }
  const bodySentences = body.reduce((sum, ss) => sum + ss.length, 0);
  const bodyTokens = body.flat().reduce((sum, words) => sum + words.length + 1, 0);
  const header = ['Doc', String(n), 'has', String(body.length + 1), 'paragraphs', String(bodySentences + 1), 'sentences', String(bodyTokens + 10), 'tokens'];

  let text = '';
  const paragraphs = [];
  const sentences = [];
  const tokens = [];
  const addSentence = (words) => {
    const start = text.length;
    const tokenStart = tokens.length;
    words.forEach((word, i) => {
      if (i > 0) text += ' ';
      tokens.push({ start: text.length, end: text.length + word.length, kind: /^\d+$/.test(word) ? 'number' : 'word' });
      text += word;
    });
    tokens.push({ start: text.length, end: text.length + 1, kind: 'punct' });
    text += '.';
    sentences.push({ start, end: text.length, tokenStart, tokenEnd: tokens.length });
  };
  for (const paragraph of [[header], ...body]) {
    if (text) text += '\n\n';
    const start = text.length;
    paragraph.forEach((words, i) => {
      if (i > 0) text += ' ';
      addSentence(words);
    });
    paragraphs.push({ start, end: text.length });
  }
  const diagnostics = n % 3 === 0 ? [diagnostic('info', 'test', 'test/marker', `article ${n}`, { start: 0, end: 3 })] : [];
  const doc = createDoc(text, { format: 'text', externalId: String(n), source: `source ${n % 4}` }, [], diagnostics);
  return { ...doc, layers: { paragraphs, tokens, sentences } };
}

const store = openSqliteStore(dbPath);
for (let batch = 0; batch * Number(batchSize) < Number(total); batch++) {
  const first = batch * Number(batchSize);
  const docs = [];
  for (let n = first; n < Math.min(first + Number(batchSize), Number(total)); n++) docs.push(makeDoc(n));
  const { added } = await store.saveBatch(docs);
  process.stdout.write(`committed ${batch} ${added.length}\n`);
}
await store.close();
process.stdout.write('done\n');
