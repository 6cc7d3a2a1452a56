#!/usr/bin/env node
// Turns the Reuters-21578 SGML files into newsgraph JSONL (text, title, published, source) on
// stdout, for load tests on a corpus of newswire size. Stories without a body are skipped.
//
//   node bench/reuters-jsonl.mjs ../shared/data/reuters21578 > /tmp/reuters.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/reuters-jsonl.mjs DIR > out.jsonl');
  process.exit(2);
}
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#3;': '' };
const unescape = (s) => s.replace(/&(?:lt|gt|amp|quot|#3);/g, (m) => ENTITIES[m]).replace(/\x03/g, '');
let n = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort()) {
  // The files are Latin-1; one <REUTERS> element per story.
  for (const [story] of readFileSync(join(dir, name), 'latin1').matchAll(/<REUTERS[\s\S]*?<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story);
    if (!body) continue;
    const text = unescape(body[1]).trim();
    if (text.length < 50) continue;
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(story);
    const date = /<DATE>([\s\S]*?)<\/DATE>/.exec(story);
    const record = { text, source: 'Reuters', ...(title ? { title: unescape(title[1]).trim() } : {}), ...(date ? { published: date[1].trim().slice(0, 20) } : {}) };
    process.stdout.write(`${JSON.stringify(record)}\n`);
    n += 1;
  }
}
console.error(`${n} stories`);
