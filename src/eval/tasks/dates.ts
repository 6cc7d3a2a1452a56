import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { recognizeDates } from '../../nlp/dates/index.js';
import { limitFlag } from '../segmentation.js';
import { EvalInputError, type EvalTask } from '../task.js';
import { readTimemlFolder, type TimemlDocument } from '../timeml.js';
import { compareTimexes, emptyCounts, timexScores, type TimexCounts } from '../timex-score.js';

/** Error examples listed per kind (missed, extra, wrong value). */
const EXAMPLES = 12;

function percent(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

/** Parts of the gold folder scored apart: its subfolders holding .tml files (TimeBank, AQUAINT), else the folder itself. */
async function parts(dir: string): Promise<string[]> {
  if (!(await stat(dir)).isDirectory()) throw new EvalInputError('E_EVAL_GOLD', `--gold expects a folder of TimeML .tml files, got the file ${dir}`);
  const subfolders = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(dir, e.name)).sort();
  return subfolders.length > 0 ? subfolders : [dir];
}

/**
 * `--docs even|odd`: every other document of each part, by file name (0-based index), so that rules
 * can be developed on one half and the other half kept unseen; `all` or no flag keeps every one.
 */
function docsFlag(flags: Readonly<Record<string, string | boolean>>): 'even' | 'odd' | undefined {
  const value = flags['docs'];
  if (value === undefined || value === false || value === 'all') return undefined;
  if (value === 'even' || value === 'odd') return value;
  throw new EvalInputError('E_EVAL_DOCS', `--docs expects even, odd or all, got "${String(value)}"`);
}

function half<T>(docs: readonly T[], which: 'even' | 'odd' | undefined): T[] {
  return which === undefined ? [...docs] : docs.filter((_, i) => i % 2 === (which === 'even' ? 0 : 1));
}

function context(doc: TimemlDocument, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  return `${doc.text.slice(from, start)}[${doc.text.slice(start, end)}]${doc.text.slice(end, end + 30)}`.replace(/\s+/g, ' ');
}

/**
 * TIMEX3 recognition and normalisation against TimeML gold (TempEval-3 TBAQ: TimeBank and AQUAINT):
 * strict and relaxed span P/R/F1, type and value accuracy over relaxed matches, and the value F1
 * TempEval-3 ranked by (relaxed F1 × value accuracy). Each document is normalised against its own
 * creation time (the DCT), as the shared task did.
 *
 * @example
 * newsgraph eval dates --gold ../shared/data/tempeval3-tbaq
 * newsgraph eval dates --gold ../shared/data/tempeval3-tbaq/AQUAINT --docs odd --errors 50
 */
export const task: EvalTask = {
  name: 'dates',
  description: 'TIMEX3 extraction P/R/F1 (strict, relaxed), type and value accuracy against TimeML (--gold FOLDER of .tml, e.g. TempEval-3 TBAQ; --docs even|odd for half of each part)',
  async run({ gold: dir, flags, report }) {
    const limit = limitFlag(flags);
    const which = docsFlag(flags);
    const total = emptyCounts();
    const byPart: Record<string, ReturnType<typeof timexScores> & { documents: number; gold: number }> = {};
    const missed: string[] = [];
    const extra: string[] = [];
    const wrong: string[] = [];
    let documents = 0;
    // Every part is read before the first line is printed, so bad gold data fails with no half report.
    const folders = await parts(dir);
    // The half is taken before --limit, so "--docs odd --limit 5" is the first five odd documents.
    const read = await Promise.all(folders.map(async (part) => half(await readTimemlFolder(part, which ? undefined : limit), which).slice(0, limit)));
    report('part          docs  gold  pred | strict P/R/F1       | relaxed P/R/F1      | type acc  value acc  value F1');
    for (const [i, part] of folders.entries()) {
      const docs = read[i]!;
      const counts: TimexCounts = emptyCounts();
      for (const doc of docs) {
        const predicted = recognizeDates(doc.text, doc.dct);
        const result = compareTimexes(doc.timexes, predicted, counts);
        for (const g of result.missed) missed.push(`${g.type} ${g.value}  ${context(doc, g.start, g.end)}`);
        for (const p of result.extra) extra.push(`${p.type} ${p.value ?? '-'}  ${context(doc, p.start, p.end)}`);
        for (const { gold, predicted: p } of result.pairs) {
          if ((p.value ?? '') !== gold.value) wrong.push(`gold ${gold.value} got ${p.value ?? '-'} (DCT ${doc.dct ?? '-'})  ${context(doc, p.start, p.end)}`);
        }
      }
      for (const key of Object.keys(counts) as (keyof TimexCounts)[]) total[key] += counts[key];
      documents += docs.length;
      const s = timexScores(counts);
      byPart[basename(part)] = { ...s, documents: docs.length, gold: counts.gold };
      report(`${basename(part).padEnd(12)} ${String(docs.length).padStart(5)} ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(5)} | ` +
        `${percent(s.strictPrecision)} ${percent(s.strictRecall)} ${percent(s.strictF1)} | ${percent(s.relaxedPrecision)} ${percent(s.relaxedRecall)} ${percent(s.relaxedF1)} | ` +
        `${percent(s.typeAccuracy)}    ${percent(s.valueAccuracy)}     ${percent(s.valueF1)}`);
    }
    const s = timexScores(total);
    report(`${'all'.padEnd(12)} ${String(documents).padStart(5)} ${String(total.gold).padStart(5)} ${String(total.predicted).padStart(5)} | ` +
      `${percent(s.strictPrecision)} ${percent(s.strictRecall)} ${percent(s.strictF1)} | ${percent(s.relaxedPrecision)} ${percent(s.relaxedRecall)} ${percent(s.relaxedF1)} | ` +
      `${percent(s.typeAccuracy)}    ${percent(s.valueAccuracy)}     ${percent(s.valueF1)}`);
    const examples = flags['errors'] === undefined ? EXAMPLES : Number(flags['errors']) || EXAMPLES;
    for (const [title, list] of [['missed (gold, not found)', missed], ['extra (found, not gold)', extra], ['wrong value', wrong]] as const) {
      report(`${title}: ${list.length}`);
      for (const line of list.slice(0, examples)) report(`  ${line}`);
    }
    return { task: 'dates', docs: which ?? 'all', documents, ...total, ...s, parts: byPart };
  },
};
