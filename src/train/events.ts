/**
 * Compiles the event coder's dictionaries `models/events.json.gz` from PETRARCH-2's CAMEO verb
 * dictionary, Phoenix agents, discards and issues under the data folder (default
 * `../shared/data`). Actors are not included: the pipeline codes them through the KB
 * (`npm run train:kb`), built from the same Phoenix actor files. Run: `npm run train:events` or
 * `node dist/train/events.js [--data DIR] [--out FILE]`. Deterministic: forms sorted, gzip without
 * a timestamp.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHOENIX_FILES, readDictionaries } from '../events/dictionary/load.js';
import { flag, onlyFlags } from './args.js';

function main(): void {
  onlyFlags(['data', 'out'], []);
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? 'models/events.json.gz';
  const dictionaries = readDictionaries(join(data, 'petrarch2/dictionaries'), PHOENIX_FILES);
  const bytes = gzipSync(JSON.stringify(dictionaries), { level: 9 });
  writeFileSync(out, bytes);
  const v = dictionaries.verbs;
  const patterns = v.blocks.reduce((n, b) => n + b.patterns.length, 0);
  process.stdout.write(
    `events: ${v.blocks.length} verb blocks, ${Object.keys(v.forms).length} verb forms, ${patterns} patterns, ` +
      `${dictionaries.agents.length} agent phrases, ${dictionaries.discards.sentence.length + dictionaries.discards.story.length} discards, ` +
      `${dictionaries.issues.length} issue phrases → ${out} (${(bytes.length / 1024).toFixed(0)} KB)\n`,
  );
}

main();
