import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/index.js';
import { createAnalyzer } from '../../engine/analyze.js';

const analyzer = createAnalyzer({ stages: ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks', 'entities', 'links', 'quotes', 'events'], errors: 'strict' });

/** Events of a text as `SOURCE>TARGET code [action] flags`, evidence read back from the text. */
function coded(text: string, published = '2019-04-02'): string[] {
  const doc = analyzer.analyze(createDoc(text, { format: 'text', published }));
  return (doc.layers.events ?? []).map((e) => {
    const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : '', e.quoted ? 'quoted' : ''].filter(Boolean).join(' ');
    return `${e.source.code}>${e.target.code} ${e.code} [${text.slice(e.start, e.end)}]${flags ? ` ${flags}` : ''}`;
  });
}

describe('events stage on hand-written sentences', () => {
  it('codes an ordered airstrike as 195 and a negated contact as negated, not as plain contact', () => {
    const events = coded('The French president has not spoken with Turkey since he authorized an airstrike against a Syrian airbase.');
    expect(events).toContain('FRAGOV>SYR 195 [authorized an airstrike]');
    expect(events.filter((e) => e.includes('>TUR') && !e.endsWith('negated'))).toEqual([]);
  });

  it('gives the airstrike its codebook values and evidence spans', () => {
    const text = 'Egypt launched airstrikes against Libya on Sunday.';
    const doc = analyzer.analyze(createDoc(text, { format: 'text', published: '2015-02-16' }));
    const [e] = doc.layers.events ?? [];
    expect(e).toMatchObject({ code: '195', base: '195', root: '19', quadClass: 4, goldstein: -10, lead: true, date: '2015-02-16', sentence: 0 });
    expect(e?.plover?.type).toBe('ASSAULT');
    expect(text.slice(e?.source.start, e?.source.end)).toBe('Egypt');
    expect(text.slice(e?.target.start, e?.target.end)).toBe('Libya');
  });

  it('reads the passive voice: the "by" phrase is the source', () => {
    expect(coded('Israel was attacked by Iran on Friday.')).toEqual(['IRN>ISR 190 [was attacked]']);
  });

  it('splits compound actors into one event per pair', () => {
    expect(coded('Russia and China attacked Ukraine.')).toEqual(['RUS>UKR 190 [attacked]', 'CHN>UKR 190 [attacked]']);
  });

  it('flags negation and modality instead of coding plain events', () => {
    expect(coded('Syria did not attack Turkey.')).toEqual(['SYR>TUR 190 [did not attack] negated']);
    expect(coded('France may attack Germany.')).toEqual(['FRA>DEU 190 [may attack] hypothetical']);
  });

  it('combines a governing verb with the verb it governs', () => {
    expect(coded('The United States agreed to meet Russia in Geneva.')).toEqual(['USA>RUS 036 [agreed to meet]']);
    expect(coded('Germany threatened to impose sanctions on Iran.')).toEqual(['DEU>IRN 138 [threatened to impose sanctions]']);
  });

  it('skips a relative clause between subject and verb', () => {
    expect(coded('Japan, which hosted the summit, accused China of spying.')).toEqual(['JPN>CHN 112 [accused]']);
  });

  it('takes no subject from a prepositional phrase, and reads a past tense before its object as active', () => {
    expect(coded('In Canada and Mexico many officials accused China of dumping steel.')).toEqual([]);
    expect(coded('Russian police arrested Georgian students.')).toEqual(['RUSCOP>GEOEDU 173 [arrested]']);
  });

  it('codes a visit named by a noun in an aside, with the sentence subject as source', () => {
    expect(coded('The German chancellor, on a rare visit to Turkey, said trade must grow.')).toEqual(['DEUGOV>TUR 042 [visit]']);
  });

  it('marks an event inside a quote as the speaker\'s claim', () => {
    const text = 'The minister said: "Sudan attacked Chad last night."';
    const doc = analyzer.analyze(createDoc(text, { format: 'text', published: '2008-02-02' }));
    const e = (doc.layers.events ?? []).find((x) => x.code.startsWith('19'));
    expect(e?.quoted).toBe(true);
    expect(e?.quote).toBe(0);
  });
});
