import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { task as sentencesTask } from './tasks/sentences.js';
import { task as tokensTask } from './tasks/tokens.js';

const GOLD = [
  '-DOCSTART- -X- -X- O', '',
  'Fire NN O', 'hits VBZ O', 'Paris NNP B-LOC', '', 'PARIS NNP B-LOC', '1996-08-30 CD O', '',
  'Police NNS O', 'did VBD O', "n't RB O", 'say VB O', '. . O', '', 'It PRP O', 'burned VBD O', '. . O', '',
  '-DOCSTART- -X- -X- O', '',
  'Mr NNP O', '. . O', 'Smith NNP B-PER', 'left VBD O', '. . O', '',
].join('\n');

function goldFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), 'gold.txt');
  writeFileSync(path, GOLD);
  return path;
}

describe('segmentation eval tasks', () => {
  it('scores token boundaries and reports the disagreements', async () => {
    const lines: string[] = [];
    const metrics = await tokensTask.run({ gold: goldFile(), flags: {}, report: (l) => lines.push(l) });
    // "Mr ." is written "Mr." and read back as one token: one gold pair missed, one extra token.
    expect(metrics).toMatchObject({ task: 'tokens', gold: 18, predicted: 17, correct: 16 });
    expect(lines.some((l) => l.includes('Mr .  →  Mr.'))).toBe(true);
  });

  it('scores sentence ends and exact spans, and honours --limit', async () => {
    const metrics = await sentencesTask.run({ gold: goldFile(), flags: { limit: '1' }, report: () => undefined });
    expect(metrics).toMatchObject({ task: 'sentences', gold: 4, predicted: 4, correct: 4, f1: 1, spanF1: 1 });
  });

  it('refuses a bad --limit with a clear error', async () => {
    await expect(tokensTask.run({ gold: goldFile(), flags: { limit: 'all' }, report: () => undefined }))
      .rejects.toThrow(/E_EVAL_LIMIT/);
  });
});
