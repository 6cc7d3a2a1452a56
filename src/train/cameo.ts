/**
 * Compiles the CAMEO codebook `models/cameo.json.gz` from GDELT's Goldstein table, the
 * CAMEO2PLOVER-2021 table and the PETRARCH-2 verb dictionary's block headers under the data folder
 * (default `../shared/data`). Run: `npm run train:cameo` or `node dist/train/cameo.js [--data DIR] [--out FILE]`.
 * The output is deterministic: entries sorted by code, gzip without a timestamp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { flag, onlyFlags } from './args.js';
import { buildCodebook } from './cameo-build.js';
import { readGoldstein, readPlover, readVerbHeaders } from './cameo-sources.js';

function main(): void {
  onlyFlags(['data', 'out'], []);
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? 'models/cameo.json.gz';
  const goldstein = readGoldstein(readFileSync(join(data, 'cameo-lookups/CAMEO.goldsteinscale.txt'), 'utf8'));
  const plover = readPlover(readFileSync(join(data, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8'));
  const verbs = readVerbHeaders(readFileSync(join(data, 'petrarch2/dictionaries/CAMEO.2.0.txt'), 'utf8'));
  const { data: codebook, rejected } = buildCodebook(goldstein, plover.codes, verbs);
  writeFileSync(out, gzipSync(JSON.stringify(codebook), { level: 9 }));
  const e = codebook.entries;
  const count = (test: (x: (typeof e)[number]) => boolean): number => e.filter(test).length;
  const log = [
    `cameo: ${e.length} codes, ${count((x) => x.goldsteinFrom === 'own')} with their own Goldstein value`,
    `${count((x) => x.goldsteinFrom !== undefined && x.goldsteinFrom !== 'own')} inherited, ${count((x) => x.goldstein === undefined)} without`,
    `${count((x) => x.plover !== undefined)} with PLOVER, ${count((x) => x.verbs !== undefined)} with verbs → ${out}`,
  ].join(', ');
  process.stdout.write(`${log}\n`);
  const only = (keys: Iterable<string>, label: string): void => {
    const missing = [...keys].filter((k) => !goldstein.has(k)).sort();
    if (missing.length > 0) process.stdout.write(`  ${label} codes not in the Goldstein table: ${missing.join(' ')}\n`);
  };
  only(plover.codes.keys(), 'PLOVER');
  only(verbs.keys(), 'verb dictionary');
  const noPlover = e.filter((x) => !x.plover && goldstein.has(x.code)).map((x) => x.code);
  if (noPlover.length > 0) process.stdout.write(`  Goldstein codes without PLOVER: ${noPlover.join(' ')}\n`);
  if (plover.duplicates.length > 0) process.stdout.write(`  PLOVER lines for a code already read (first kept): ${plover.duplicates.join(' | ')}\n`);
  if (rejected.length > 0) process.stdout.write(`  left out (root not 01–20): ${rejected.join(' ')}\n`);
}

main();
