import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { task } from './tasks/events.js';
import { EventTally, tripleKey } from './event-score.js';

it('scores records by exact multiset and triples by precision and recall', () => {
  const t = new EventTally();
  expect(t.add([tripleKey('A', 'B', '190'), tripleKey('A', 'B', '190')], [tripleKey('A', 'B', '190')])).toBe(false);
  expect(t.add([], [])).toBe(true);
  expect(t.add([tripleKey('C', 'D', '042')], [tripleKey('D', 'C', '042'), tripleKey('C', 'D', '042')])).toBe(false);
  expect(t.metrics()).toMatchObject({ records: 3, correct: 1, gold: 3, predicted: 3, matched: 2, precision: 0.6667, recall: 0.6667 });
});

it('runs JSON-lines gold through the pipeline, scoring CAMEO codes or PLOVER types', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-events-'));
  const gold = join(dir, 'gold.jsonl');
  writeFileSync(gold, [
    JSON.stringify({ id: 'a', text: 'Egypt launched airstrikes against Libya on Sunday.', date: '2015-02-16', events: [{ source: 'EGY', target: 'LBY', code: '195' }] }),
    JSON.stringify({ id: 'b', text: 'Syria did not attack Turkey.', date: '2015-02-16', events: [] }),
    JSON.stringify({ id: 'c', text: 'Israel was attacked by Iran.', date: '2015-02-16', events: [{ source: 'IRN', target: 'ISR', plover: 'ASSAULT' }] }),
  ].join('\n'));
  const lines: string[] = [];
  const metrics = await task.run({ gold, flags: {}, report: (l) => lines.push(l) });
  expect(metrics).toMatchObject({ task: 'events', format: 'jsonl', records: 3, gold: 2, matched: 2, correct: 3 });
});
