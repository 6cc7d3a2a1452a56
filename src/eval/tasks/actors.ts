import { createDoc } from '../../doc/index.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { DEFAULT_STAGES } from '../../nlp/index.js';
import { readActorRecords } from '../petrarch-records.js';
import { limitFlag } from '../segmentation.js';
import type { EvalTask } from '../task.js';

function percent(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

/**
 * Actor coding against PETRARCH validation records: each sentence is analysed with the default
 * pipeline at its date, and an expected source or target code counts as produced when one of
 * the sentence's links has it (exactly, and with the first three letters, the country or
 * IGO, matching). Precision is over the codes the links produce in sentences that expect events.
 *
 * @example
 * newsgraph eval actors --gold ../shared/data/petrarch2/validation/PETR2_GSR_validation.xml
 */
export const task: EvalTask = {
  name: 'actors',
  description: 'CAMEO actor codes of linked entities vs PETRARCH validation records (--gold FILE.xml)',
  async run({ gold, flags, report }) {
    const all = await readActorRecords(gold);
    const records = all.slice(0, limitFlag(flags) ?? all.length);
    const analyzer = createAnalyzer({ stages: DEFAULT_STAGES, errors: 'record' });
    let expected = 0;
    let exact = 0;
    let prefix = 0;
    let produced = 0;
    let producedExact = 0;
    let producedPrefix = 0;
    const started = performance.now();
    for (const record of records) {
      const doc = analyzer.analyze(createDoc(record.text, { format: 'text', ...(record.date ? { published: record.date } : {}) }));
      const codes = [...new Set((doc.layers.links ?? []).flatMap((l) => (l.code ? [l.code] : [])))];
      if (record.codes.length === 0) continue;
      const missed: string[] = [];
      for (const code of record.codes) {
        expected += 1;
        if (codes.includes(code)) exact += 1;
        else missed.push(code);
        if (codes.some((c) => c.slice(0, 3) === code.slice(0, 3))) prefix += 1;
      }
      produced += codes.length;
      producedExact += codes.filter((c) => record.codes.includes(c)).length;
      producedPrefix += codes.filter((c) => record.codes.some((g) => g.slice(0, 3) === c.slice(0, 3))).length;
      if (missed.length > 0) report(`  miss ${record.id}: expected ${missed.join(' ')}; linked ${codes.join(' ') || '(none)'} — ${record.text.slice(0, 90)}`);
    }
    const ms = performance.now() - started;
    report(`actors: ${records.length} sentences, ${expected} expected actor codes from ${gold}`);
    report(`  exact   ${exact}/${expected} = ${percent(exact, expected)} of expected codes produced`);
    report(`  prefix3 ${prefix}/${expected} = ${percent(prefix, expected)} (first three letters: country or IGO)`);
    report(`  precision of produced codes: exact ${percent(producedExact, produced)}, prefix3 ${percent(producedPrefix, produced)} (${produced} codes)`);
    report(`  ${(ms / Math.max(1, records.length)).toFixed(1)} ms per sentence (whole pipeline)`);
    const ratio = (n: number, d: number): number => (d === 0 ? 0 : Math.round((10000 * n) / d) / 10000);
    return {
      task: 'actors',
      sentences: records.length,
      expected,
      recall: ratio(exact, expected),
      recallPrefix3: ratio(prefix, expected),
      precision: ratio(producedExact, produced),
      precisionPrefix3: ratio(producedPrefix, produced),
      produced,
    };
  },
};
