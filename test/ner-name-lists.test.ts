import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, type FeatureConfig } from '../src/nlp/ner/features.js';
import { GAZETTEER_TYPES, loadGazetteer } from '../src/nlp/ner/gazetteer.js';
import { personNames } from '../src/train/gazetteer-names.js';

/** A compiled gazetteer with one place, one person, and listed given and family names. */
function gazetteerFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'names-')), 'gazetteer.tsv.gz');
  writeFileSync(path, gzipSync('abdullah\tFP\t\nhope\tF\t\nkowalczyk\tS\t\njordan\tFL\tJOR\nvladimir putin\tP\t\n'));
  return path;
}

/** The sorted feature buckets of each token of `words`. */
function rows(words: readonly string[], config: FeatureConfig, path: string): number[][] {
  const { feats, length } = sentenceFeatures({ words }, config, { gazetteer: loadGazetteer(path) }, documentContext([]));
  const width = feats.length / length;
  return Array.from({ length }, (_, i) => [...feats.subarray(i * width, (i + 1) * width)].filter((b) => b >= 0).sort((a, b) => a - b));
}

describe('listed given and family names in the tagger gazetteer', () => {
  it('are read from the F and S lines and never become phrases of a type', () => {
    const gazetteer = loadGazetteer(gazetteerFile());
    expect([...(gazetteer.listedGiven ?? [])].sort()).toEqual(['abdullah', 'hope', 'jordan']);
    expect([...(gazetteer.listedFamily ?? [])]).toEqual(['kowalczyk']);
    expect(gazetteer.phrases.has('hope')).toBe(false);
    expect(gazetteer.phrases.get('abdullah')?.types).toBe(1 << GAZETTEER_TYPES.indexOf('PER'));
    expect(gazetteer.phrases.get('jordan')).toEqual({ types: 1 << GAZETTEER_TYPES.indexOf('LOC'), country: 'JOR' });
  });

  it('add features only to a model trained with the names group', () => {
    const path = gazetteerFile();
    const words = ['Anna', 'Kowalczyk', 'met', 'Hope', 'Smith'];
    const without = rows(words, { bits: 18, groups: ['affix', 'gazetteer'] }, path);
    const withNames = rows(words, { bits: 18, groups: ['affix', 'gazetteer', 'names'] }, path);
    // "Kowalczyk" is a listed family name, "Hope" a listed given name and "Smith" follows it.
    expect(withNames.map((r, i) => r.length - (without[i] as number[]).length)).toEqual([0, 1, 0, 1, 1]);
    for (const [i, row] of without.entries()) expect(withNames[i]).toEqual(expect.arrayContaining(row));
  });
});

describe('person names from the npm lists', () => {
  it('are lower-cased, accent-folded Latin-script words from every locale', async () => {
    const { given, family } = await personNames();
    expect(given.size).toBeGreaterThan(10_000);
    expect(family.size).toBeGreaterThan(10_000);
    for (const name of ['john', 'giuseppe', 'maria']) expect(given.has(name)).toBe(true);
    for (const name of ['smith', 'nowak', 'dvorak']) expect(family.has(name)).toBe(true);
    for (const name of [...given, ...family]) expect(name).toMatch(/^[a-z][a-z'-]*[a-z]$/);
  });
});
