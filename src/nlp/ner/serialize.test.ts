import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { emptyModel } from './model.js';
import { deserializeModel, serializeModel } from './serialize.js';

/**
 * A small model with a few weights; `tag` names its second tag, so its length sets the header's.
 * The largest weight is 32767, the Int16 limit, so the file stores every weight exactly.
 */
function model(tag: string): ReturnType<typeof emptyModel> {
  const m = emptyModel(['O', tag], { bits: 6, groups: ['affix'] });
  [3, 40, 41, 127].forEach((k, i) => (m.weights[k] = [32767, -2, 5, 1][i] as number));
  m.transitions[1] = -0.5;
  return m;
}

/** The header length of a serialized model: its weights start at an odd byte when this is odd. */
function headerLength(bytes: Buffer): number {
  return gunzipSync(bytes).readUInt32LE(0);
}

describe('model files', () => {
  it('read back the same weights whether the weights start at an even or an odd byte', () => {
    const even = serializeModel(model('B-PER'));
    const odd = serializeModel(model('B-PERS'));
    expect(headerLength(even) % 2).not.toBe(headerLength(odd) % 2);
    for (const [bytes, original] of [
      [even, model('B-PER')],
      [odd, model('B-PERS')],
    ] as const) {
      const back = deserializeModel(bytes);
      expect([...back.weights]).toEqual([...original.weights]);
      expect([...back.transitions]).toEqual([...original.transitions]);
    }
  });

  it('refuse a file whose weights are cut short', () => {
    const raw = gunzipSync(serializeModel(model('B-PER')));
    expect(() => deserializeModel(gzipSync(raw.subarray(0, raw.length - 10)))).toThrow(/E_MODEL_FORMAT: the weights are cut short/);
  });
});
