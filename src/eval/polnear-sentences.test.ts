import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { task } from './tasks/sentences.js';

/** A PolNeAR-shaped folder with one article whose speaker and cue must stay in one sentence. */
function polnearFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-polnear-'));
  mkdirSync(join(root, 'dev', 'text'), { recursive: true });
  mkdirSync(join(root, 'dev', 'attributions'));
  const text = 'Sens. Jon Tester and Gov. Jack Markell told reporters the vote was close. It passed.';
  writeFileSync(join(root, 'dev', 'text', 'a.txt'), text);
  writeFileSync(join(root, 'dev', 'attributions', 'a_0001.ann'),
    'T1\tSource 0 37\tSens. Jon Tester and Gov. Jack Markell\nT2\tCue 38 42\ttold\nT3\tContent 53 73\tthe vote was close\n');
  return root;
}

describe('sentences task on a PolNeAR folder', () => {
  it('counts source and cue fragments that no sentence boundary splits', async () => {
    const lines: string[] = [];
    const metrics = await task.run({ gold: polnearFolder(), flags: {}, report: (l) => lines.push(l) });
    expect(metrics).toMatchObject({ task: 'sentences', format: 'polnear', documents: 1, sentences: 2, checked: 2,
      broken: 0, integrity: 1 });
    expect(lines[1]).toContain('kept whole: 1.0000');
  });
});
