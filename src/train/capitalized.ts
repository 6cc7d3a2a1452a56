/**
 * Builds `models/capitalized.txt.gz`: the words the unlabeled news (Reuters-21578, BBC, CoNLL-2003
 * train) writes capitalized when nothing else calls for a capital — after a word, a number or a
 * comma, not at a sentence start, after a quote or in an all-caps headline. A word written so in at
 * least `--ratio` (0.9) of at least `--min` (3) such occurrences is a name ("hale", "reuters"); a
 * common word that merely opens sentences ("critics", "meanwhile") is not.
 * Run: `node dist/train/capitalized.js [--data DIR] [--out FILE]`.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { flag, numberFlag, onlyFlags } from './args.js';
import { newsTokenSequences } from './clusters/corpus.js';

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
/** A token after which the next word's capital says nothing: it follows a word, number or comma. */
const RUNNING = /^[\p{L}\p{N},]/u;

function main(): void {
  onlyFlags(['data', 'min', 'out', 'ratio'], []);
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? 'models/capitalized.txt.gz';
  const min = numberFlag('min', 3);
  const ratio = numberFlag('ratio', 0.9);
  const seen = new Map<string, { all: number; capital: number }>();
  for (const tokens of newsTokenSequences(data)) {
    // A headline or table row in capitals says nothing about any of its words.
    const letters = tokens.filter((t) => LETTER.test(t));
    if (letters.length > 0 && letters.filter((t) => t === t.toUpperCase()).length * 2 > letters.length) continue;
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (!LETTER.test(word) || !RUNNING.test(tokens[i - 1]!) || (word.length > 1 && word === word.toUpperCase())) continue;
      const key = word.toLowerCase();
      const counts = seen.get(key) ?? { all: 0, capital: 0 };
      counts.all += 1;
      if (UPPER.test(word)) counts.capital += 1;
      seen.set(key, counts);
    }
  }
  const names = [...seen].filter(([, c]) => c.all >= min && c.capital >= c.all * ratio).map(([w]) => w).sort();
  const header = `# words written capitalized in >= ${ratio} of >= ${min} mid-sentence occurrences in reuters21578 + bbc-news-fulltext + conll2003/train; lowercased`;
  writeFileSync(out, gzipSync(`${header}\n${names.join('\n')}\n`, { level: 9 }));
  process.stdout.write(`capitalized: ${names.length} of ${seen.size} words → ${out}\n`);
}

main();
