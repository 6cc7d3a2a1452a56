import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createGazetteer, GAZETTEER_TYPES, loadGazetteer, markGazetteer } from '../src/nlp/ner/gazetteer.js';
import { averageModels } from '../src/nlp/ner/perceptron.js';
import { emptyModel } from '../src/nlp/ner/model.js';
import { addCountries, foldAccents } from '../src/train/gazetteer-npm.js';

const PER = 1 << GAZETTEER_TYPES.indexOf('PER');
const CITY = 1 << GAZETTEER_TYPES.indexOf('CITY');

describe('city and town types of the gazetteer', () => {
  it('reads the C and T letters of the compiled file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const path = join(dir, 'gazetteer.tsv.gz');
    writeFileSync(path, gzipSync('lisbonne\tC\t\nwhitby\tT\t\nbill lincoln\tP\t\n'));
    const gazetteer = loadGazetteer(path);
    expect(gazetteer.phrases.get('lisbonne')?.types).toBe(CITY);
    expect(gazetteer.phrases.get('whitby')?.types).toBe(1 << GAZETTEER_TYPES.indexOf('TOWN'));
    expect(markGazetteer(gazetteer, ['flew', 'to', 'lisbonne']).begin[2]).toBe(CITY);
  });

  it('keeps a surname that is also a city: towns are often named after people', () => {
    const gazetteer = createGazetteer(new Map([['abe lincolnshaw', { types: PER }], ['lincolnshaw', { types: CITY }]]));
    expect(gazetteer.surnames?.has('lincolnshaw')).toBe(true);
  });
});

describe('npm gazetteer sources', () => {
  it('folds accents the way English news writes foreign names', () => {
    expect(foldAccents('São Paulo')).toBe('Sao Paulo');
    expect(foldAccents('Zürich')).toBe('Zurich');
  });

  it('adds country names as places and demonyms as nationalities, with the ISO-3 code', () => {
    const added: string[] = [];
    addCountries((raw, letter, country) => added.push(`${raw}|${letter}|${country ?? ''}`));
    expect(added).toContain('Germany|L|DEU');
    expect(added).toContain('German|N|DEU');
    expect(added.some((a) => a.startsWith('DE|'))).toBe(false);
  });
});

describe('averaging models trained in different orders', () => {
  it('takes the element-wise mean of weights and transitions', () => {
    const config = { bits: 2, groups: [] };
    const a = emptyModel(['O', 'B-PER'], config);
    const b = emptyModel(['O', 'B-PER'], config);
    a.weights[3] = 2;
    b.weights[3] = 4;
    b.transitions[1] = 1;
    const mean = averageModels([a, b]);
    expect(mean.weights[3]).toBe(3);
    expect(mean.transitions[1]).toBe(0.5);
  });

  it('refuses models with different tag sets', () => {
    const config = { bits: 2, groups: [] };
    expect(() => averageModels([emptyModel(['O'], config), emptyModel(['O', 'B-PER'], config)])).toThrow(/E_ENSEMBLE_MISMATCH/);
  });
});
