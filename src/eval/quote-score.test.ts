import { describe, expect, it } from 'vitest';
import { createDoc, type Quote } from '../doc/index.js';
import { parseBratEvents } from './brat.js';
import { emptyCounts, isDirect, scoreArticle, type GoldAttribution } from './quote-score.js';

describe('parseBratEvents', () => {
  it('reads the trigger type and the arguments by role, skipping other lines', () => {
    const ann = 'T1\tSource 0 3\tLee\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nE2\tAttribution-no-source:T8 Content:T7 Cue:T6\n';
    expect(parseBratEvents(ann)).toEqual([
      { id: 'E1', type: 'Attribution', args: { Content: 'T3', Cue: 'T2', Source: 'T1' } },
      { id: 'E2', type: 'Attribution-no-source', args: { Content: 'T7', Cue: 'T6' } },
    ]);
  });
});

describe('scoreArticle', () => {
  const text = '“We agree,” Lee said. “Fully.” The port stays open, officials said.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const doc = createDoc(text, { format: 'text' });

  it('counts a quote cut into one fragment per sentence as an exact match, with speaker and cue', () => {
    const gold: GoldAttribution[] = [{ content: [at('“We agree,”'), at('“Fully.”')], cue: [at('said')], source: [at('Lee')] }];
    const predicted: Quote[] = [{ ...at('“We agree,” Lee said. “Fully.”'), kind: 'direct', content: [at('“We agree,”'), at('“Fully.”')], cue: at('said'), speaker: at('Lee') }];
    expect(isDirect(text, gold[0]!.content)).toBe(true);
    const counts = emptyCounts();
    scoreArticle(doc, gold, predicted, counts);
    expect(counts).toMatchObject({ gold: 1, predicted: 1, exactGold: 1, exactPredicted: 1, goldWords: 3, sharedWords: 3, matched: 1, speakerCorrect: 1, cueCorrect: 1 });
  });

  it('scores a partly found content by word overlap and a missing speaker as wrong', () => {
    const gold: GoldAttribution[] = [{ content: [at('The port stays open')], cue: [{ start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 }], source: [at('officials')] }];
    const predicted: Quote[] = [{ ...at('port stays open'), kind: 'indirect', content: [at('port stays open')] }];
    expect(isDirect(text, gold[0]!.content)).toBe(false);
    const counts = emptyCounts();
    scoreArticle(doc, gold, predicted, counts);
    expect(counts).toMatchObject({ exactGold: 0, goldWords: 4, predictedWords: 3, sharedWords: 3, matched: 1, speakerGold: 1, speakerCorrect: 0, cueCorrect: 0 });
  });
});
