import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { task } from '../src/eval/tasks/ner.js';

const TINY = fileURLToPath(new URL('./fixtures/ner/tiny.conll', import.meta.url));
/** Marks "Angela Merkel" and "German": 3 of TINY's 7 names, so 4 are unseen. */
const SEEN = fileURLToPath(new URL('./fixtures/ner/seen.conll', import.meta.url));

describe('eval ner', () => {
  it('scores the committed model on a hand-written CoNLL file (IOB1 tags in the second document)', async () => {
    const lines: string[] = [];
    const metrics = await task.run({ gold: TINY, flags: {}, report: (l) => lines.push(l) });
    expect(metrics).toMatchObject({ task: 'ner', mode: 'gold-tokens', gold: 7, documents: 2, tokens: 26 });
    expect(metrics['f1']).toBeGreaterThan(0.8);
    expect(lines.some((l) => l.startsWith('overall'))).toBe(true);
  });

  it('scores raw text through the whole pipeline the same way', async () => {
    const metrics = await task.run({ gold: TINY, flags: { raw: true }, report: () => undefined });
    expect(metrics).toMatchObject({ task: 'ner', mode: 'raw', gold: 7, tokens: 26 });
    expect(metrics['f1']).toBeGreaterThan(0.8);
  });

  it('scores the names another file never annotates on their own (--unseen-from)', async () => {
    const lines: string[] = [];
    const metrics = await task.run({ gold: TINY, flags: { 'unseen-from': SEEN }, report: (l) => lines.push(l) });
    expect(metrics['gold']).toBe(7);
    expect(metrics['unseen']).toMatchObject({ from: SEEN, gold: 4 });
    expect(lines.some((l) => l.startsWith('names not in seen.conll'))).toBe(true);
    await expect(task.run({ gold: TINY, flags: { 'unseen-from': SEEN, raw: true }, report: () => undefined })).rejects.toThrow(/E_EVAL_FLAGS/);
    const folder = fileURLToPath(new URL('./fixtures/ner/', import.meta.url));
    await expect(task.run({ gold: TINY, flags: { 'unseen-from': folder }, report: () => undefined })).rejects.toThrow(/E_EVAL_INPUT: --unseen-from expects a CoNLL file, found folder/);
    await expect(task.run({ gold: folder, flags: {}, report: () => undefined })).rejects.toThrow(/E_EVAL_INPUT: --gold expects a CoNLL file, found folder/);
  });
});
