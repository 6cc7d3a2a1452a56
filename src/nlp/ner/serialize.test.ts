import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { emptyModel, type LinearModel } from './model.js';
import { deserializeModel, serializeModel } from './serialize.js';

/**
 * A small model with a few weights; `tag` names its second tag, so its length sets the header's.
 * The largest weight is 32767, the Int16 limit, so a file stores every weight exactly.
 */
function model(tag: string): LinearModel {
  const m = emptyModel(['O', tag], { bits: 6, groups: ['affix'] });
  [3, 40, 41, 127].forEach((k, i) => (m.weights[k] = [32767, -2, 5, 1][i] as number));
  m.transitions[1] = -0.5;
  return m;
}

/** The first format, every weight stored (as files written before 2026-12-07 are). */
function formatOne(m: LinearModel): Buffer {
  const json = Buffer.from(JSON.stringify({ format: 'newsgraph-linear-1', tags: m.tags, config: m.config, scale: 1 }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const transitions = Buffer.from(m.transitions.buffer);
  return gzipSync(Buffer.concat([length, json, transitions, Buffer.from(Int16Array.from(m.weights).buffer)]));
}

function expectSame(back: LinearModel, original: LinearModel): void {
  expect([...back.weights]).toEqual([...original.weights]);
  expect([...back.transitions]).toEqual([...original.transitions]);
  expect(back.tags).toEqual(original.tags);
}

describe('model files', () => {
  it('store the non-zero weights only and read back the same model', () => {
    const original = model('B-PER');
    const bytes = serializeModel(original);
    const header = gunzipSync(bytes).subarray(4, 4 + gunzipSync(bytes).readUInt32LE(0)).toString();
    expect(JSON.parse(header).format).toBe('newsgraph-linear-2');
    expectSame(deserializeModel(bytes), original);
    expect(deserializeModel(bytes).sparse?.values.length).toBe(4);
  });

  it('still read the first format, whether its weights start at an even or an odd byte', () => {
    const even = formatOne(model('B-PER'));
    const odd = formatOne(model('B-PERS'));
    expect(gunzipSync(even).readUInt32LE(0) % 2).not.toBe(gunzipSync(odd).readUInt32LE(0) % 2);
    expectSame(deserializeModel(even), model('B-PER'));
    expectSame(deserializeModel(odd), model('B-PERS'));
  });

  it('refuse junk, a file cut short or one with a tag out of range, naming the problem', () => {
    const raw = gunzipSync(serializeModel(model('B-PER')));
    expect(() => deserializeModel(gzipSync(raw.subarray(0, raw.length - 3)))).toThrow(/E_MODEL_FORMAT: the model file is cut short/);
    const damaged = Buffer.from(raw);
    damaged[raw.length - 4 * 2 - 1] = 7;
    expect(() => deserializeModel(gzipSync(damaged))).toThrow(/E_MODEL_FORMAT: tag 7 of 2/);
    for (const junk of [Buffer.alloc(0), Buffer.from('not a model'), gzipSync(Buffer.from([1, 0]))]) {
      expect(() => deserializeModel(junk)).toThrow(/E_MODEL_FORMAT: not a readable model file/);
    }
    const one = gunzipSync(formatOne(model('B-PER')));
    expect(() => deserializeModel(gzipSync(one.subarray(0, one.length - 10)))).toThrow(/E_MODEL_FORMAT: the weights are cut short/);
  });
});
