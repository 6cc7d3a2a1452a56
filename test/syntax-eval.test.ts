import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EvalInputError } from '../src/eval/task.js';
import { task } from '../src/eval/tasks/syntax.js';

const TINY = fileURLToPath(new URL('./fixtures/syntax/tiny.conll', import.meta.url));

describe('eval syntax', () => {
  it('scores the committed POS and chunk models on a hand-written CoNLL-2003 file', async () => {
    const lines: string[] = [];
    const metrics = await task.run({ gold: TINY, flags: {}, report: (l) => lines.push(l) });
    expect(metrics).toMatchObject({ task: 'syntax', documents: 1, tokens: 14, posBeam: 5 });
    expect(metrics['posAccuracy']).toBeGreaterThan(90);
    expect(metrics['posAccuracyFullViterbi']).toBeGreaterThan(90);
    expect(metrics['chunkF1GoldPos']).toBeGreaterThan(80);
    expect(lines.some((l) => l.startsWith('POS accuracy'))).toBe(true);
  });

  it('names a file without POS and chunk columns', async () => {
    const twoColumns = join(mkdtempSync(join(tmpdir(), 'newsgraph-syntax-')), 'ner-only.conll');
    writeFileSync(twoColumns, 'Merkel B-PER\nspoke O\n');
    await expect(task.run({ gold: twoColumns, flags: {}, report: () => undefined })).rejects.toThrow(EvalInputError);
  });
});
