import { describe, expect, it } from 'vitest';
import { iterateConll } from './conll.js';
import { detokenize } from './detokenize.js';

function doc(sentences: string[][]) {
  const text = sentences.map((s) => s.map((w) => `${w} O`).join('\n')).join('\n\n');
  const [first] = iterateConll(text);
  if (!first) throw new Error('no document');
  return first;
}

describe('detokenize', () => {
  it('writes news spacing and puts header lines on lines of their own', () => {
    const gold = detokenize(doc([
      ['EU', 'rejects', 'call', '.'], ['BRUSSELS', '1996-08-22'],
      ['Germany', "'s", 'view', ',', 'he', 'said', ',', 'is', '"', 'wrong', '"', '(', 'not', 'right', ')', '.'],
      ['It', 'does', "n't", 'cost', '$', '1.5', 'or', '2', '%', '.'],
    ]));
    expect(gold.text).toBe('EU rejects call.\nBRUSSELS 1996-08-22\n' +
      'Germany\'s view, he said, is "wrong" (not right). It doesn\'t cost $1.5 or 2%.');
  });

  it('keeps gold token and sentence offsets into the rebuilt text', () => {
    const gold = detokenize(doc([['Hello', '.'], ['"', 'Bye', '.'], ['Now', '.', '"']]));
    expect(gold.text).toBe('Hello.\n"Bye. Now."');
    expect(gold.tokens.map((t) => gold.text.slice(t.start, t.end))).toEqual(['Hello', '.', '"', 'Bye', '.', 'Now', '.', '"']);
    expect(gold.sentences.map((s) => gold.text.slice(s.start, s.end))).toEqual(['Hello.', '"Bye.', 'Now."']);
  });

  it('puts a sentence that does not end with a stop on its own line, as table rows were', () => {
    const gold = detokenize(doc([['Results', ':'], ['LG', '2', 'OB', '0'], ['Lotte', '6'], ['Done', '.']]));
    expect(gold.text).toBe('Results:\nLG 2 OB 0\nLotte 6\nDone.');
  });
});
