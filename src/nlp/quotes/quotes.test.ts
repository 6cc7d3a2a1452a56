import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc, type Doc, type Link, type LinkKind, type LinkMention, type Quote } from '../../doc/index.js';
import { splitParagraphs } from '../paragraphs.js';
import { splitSentences } from '../sentences.js';
import { tokenize } from '../tokenize.js';
import { findQuotes } from './quotes.js';

/**
 * A Doc with paragraphs, tokens, sentences and hand-made links: each link lists its mentions as
 * `[surface, occurrence]` (the n-th occurrence of the surface in the text, from 0).
 */
function article(text: string, links: readonly { kind: LinkKind; mentions: readonly (readonly [string, number?])[] }[] = []): Doc {
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, paragraphs);
  const at = (surface: string, n = 0): LinkMention => {
    const found = [...text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))][n];
    if (found?.index === undefined) throw new Error(`no '${surface}' #${n}`);
    const start = found.index;
    return { start, end: start + surface.length, kind: /^(he|she|they)$/i.test(surface) ? 'pronoun' : 'name' };
  };
  const built: Link[] = links
    .map((l) => ({ kind: l.kind, mentions: l.mentions.map(([s, n]) => at(s, n)).sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((l, id) => ({ id, kind: l.kind, mentions: l.mentions, start: l.mentions[0]!.start, end: l.mentions[0]!.end }));
  return { ...createDoc(text, { format: 'text' }), layers: { paragraphs, tokens, sentences, links: built } };
}

/** Runs the stage, checks the Doc stays valid, and returns each quote as readable text. */
function quotes(doc: Doc) {
  const found = findQuotes(doc);
  expect(validateDoc({ ...doc, layers: { ...doc.layers, quotes: found } })).toEqual([]);
  const t = (s: { start: number; end: number } | undefined) => (s ? doc.text.slice(s.start, s.end) : undefined);
  return found.map((q: Quote) => ({
    kind: q.kind,
    content: q.content.map(t),
    cue: t(q.cue),
    speaker: t(q.speaker),
    link: q.speakerLink,
    ...(q.addressee ? { addressee: t(q.addressee) } : {}),
  }));
}

describe('direct quotes', () => {
  it('finds a straight-quoted sentence with its speaker after it', () => {
    const doc = article('"We will not give up," Lee said on Monday.', [{ kind: 'person', mentions: [['Lee']] }]);
    expect(quotes(doc)).toEqual([{ kind: 'direct', content: ['"We will not give up,"'], cue: 'said', speaker: 'Lee', link: 0 }]);
  });

  it('reads curly marks, a cue before the quote and a nested single quote', () => {
    const doc = article('Minister Ann Lee told reporters: “They called it ‘a mistake’ and moved on.”', [{ kind: 'person', mentions: [['Ann Lee']] }]);
    expect(quotes(doc)).toEqual([
      { kind: 'direct', content: ['“They called it ‘a mistake’ and moved on.”'], cue: 'told', speaker: 'Minister Ann Lee', link: 0, addressee: 'reporters' },
    ]);
  });

  it('reads single quote marks as a quotation', () => {
    const doc = article("Lee said: 'The port will stay open to every ship.'", [{ kind: 'person', mentions: [['Lee']] }]);
    expect(quotes(doc).map((q) => [q.content, q.speaker])).toEqual([[["'The port will stay open to every ship.'"], 'Lee']]);
  });

  it('joins a quote broken by its attribution', () => {
    const doc = article('"We cannot think of any alternative," Ray said, "and we should not have to."', [{ kind: 'person', mentions: [['Ray']] }]);
    expect(quotes(doc)).toEqual([
      { kind: 'direct', content: ['"We cannot think of any alternative,"', '"and we should not have to."'], cue: 'said', speaker: 'Ray', link: 0 },
    ]);
  });

  it('runs a quote over paragraphs that reopen with a mark and stops at an unbalanced one', () => {
    const text = 'Ray said: "The first part of the plan is ready.\n\n"The second part comes next year."\n\nThe report had "unclosed words about the port.\n\nThe rest is not a quote.';
    const doc = article(text, [{ kind: 'person', mentions: [['Ray']] }]);
    expect(quotes(doc)).toEqual([
      { kind: 'direct', content: ['"The first part of the plan is ready.', '"The second part comes next year."'], cue: 'said', speaker: 'Ray', link: 0 },
    ]);
  });

  it('resolves "he" through the links layer', () => {
    const doc = article('Bob Ray arrived late. "The talks went well," he said.', [{ kind: 'person', mentions: [['Bob Ray'], ['he']] }]);
    expect(quotes(doc)).toEqual([{ kind: 'direct', content: ['"The talks went well,"'], cue: 'said', speaker: 'he', link: 0 }]);
  });

  it('ignores inch marks and apostrophes', () => {
    const doc = article('The 12" screen and the leaders\' talks don\'t count. The 5\'11" guard scored.');
    expect(quotes(doc)).toEqual([]);
  });

  it('makes reported speech around a partial quote mixed', () => {
    const doc = article('Lee told the minister during a visit that it is "our common goal to normalize relations".', [{ kind: 'person', mentions: [['Lee']] }]);
    expect(quotes(doc)).toEqual([
      { kind: 'mixed', content: ['that it is "our common goal to normalize relations"'], cue: 'told', speaker: 'Lee', link: 0, addressee: 'the minister' },
    ]);
  });
});

describe('continuations', () => {
  it('joins the next quote of the same paragraph and gives a later paragraph the same speaker', () => {
    const text = '"The plan works," Lee said. "It has for years."\n\n"We will keep it going until the harbor reopens."';
    const doc = article(text, [{ kind: 'person', mentions: [['Lee']] }]);
    expect(quotes(doc).map((q) => [q.content, q.speaker])).toEqual([
      [['"The plan works,"', '"It has for years."'], 'Lee'],
      [['"We will keep it going until the harbor reopens."'], 'Lee'],
    ]);
  });

  it('reads a transcript line as speech of the name before the colon', () => {
    const doc = article('WALLACE: Will the minister be there tomorrow night?', [{ kind: 'person', mentions: [['WALLACE']] }]);
    expect(quotes(doc)).toEqual([{ kind: 'indirect', content: ['Will the minister be there tomorrow night'], cue: ':', speaker: 'WALLACE', link: 0 }]);
  });
});

describe('indirect speech', () => {
  it('finds "X says …" with a parenthesis between speaker and verb', () => {
    const doc = article('Chancellor Ann Lee, on a rare visit to Xland, says the two capitals must keep talking.', [{ kind: 'person', mentions: [['Chancellor Ann Lee']] }]);
    expect(quotes(doc)).toEqual([
      { kind: 'indirect', content: ['the two capitals must keep talking'], cue: 'says', speaker: 'Chancellor Ann Lee', link: 0 },
    ]);
  });

  it('finds "…, sources said" and "according to X, …"', () => {
    const doc = article('The convoy was rerouted before dawn, sources said. According to the ministry, the crew is safe and well.');
    expect(quotes(doc).map((q) => [q.content[0], q.cue, q.speaker])).toEqual([
      ['The convoy was rerouted before dawn', 'said', 'sources'],
      ['the crew is safe and well', 'According to', 'the ministry'],
    ]);
  });

  it('gives a participle cue the subject of its clause', () => {
    const doc = article('In Xcity, Ray mocked the plan on Friday, saying the port would never reopen.', [{ kind: 'place', mentions: [['Xcity']] }, { kind: 'person', mentions: [['Ray']] }]);
    expect(quotes(doc)).toEqual([{ kind: 'indirect', content: ['the port would never reopen'], cue: 'saying', speaker: 'Ray', link: 1 }]);
  });

  it('survives hundreds of quotes and stray marks without a span outside the text', () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? `He said "unbalanced ${i}.` : `"Line ${i} is fine," she said.`)).join('\n\n');
    const found = quotes(article(text));
    expect(found.length).toBeGreaterThan(200);
    expect(found.every((q) => q.content.every((c) => (c ?? '').length < 40))).toBe(true);
  });
});

describe('robustness', () => {
  it('stays linear on one huge sentence full of marks and cues', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `"part ${i}" he said and`).join(' ') + ' so on.';
    const started = performance.now();
    const found = quotes(article(text));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(found.length).toBeGreaterThan(0);
  });
});
