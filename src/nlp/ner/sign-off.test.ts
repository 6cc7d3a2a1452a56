import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { signOffAgency } from './sign-off.js';

function signOff(text: string): string | undefined {
  const tokens = tokenize(text);
  const range = signOffAgency(text, tokens);
  return range && text.slice(tokens[range.start]!.start, tokens[range.end - 1]!.end);
}

describe('signOffAgency', () => {
  it("finds an agency's name set apart at the end: its own line, after a table, after a run of spaces", () => {
    expect(signOff('Copper prices rose on Monday, traders said.\n Reuter\n')).toBe('Reuter');
    expect(signOff('Copper prices rose on Monday, traders said.\n\nAFP.')).toBe('AFP');
    expect(signOff('Net profit 1.2 mln vs 0.9 mln\n    Sales 25.7 mln vs 22.2 mln\n Reuter')).toBe('Reuter');
    expect(signOff('Exports were 55.8 (33.7).        REUTER')).toBe('REUTER');
  });

  it('leaves a byline, a name that is no agency and a last word inside a sentence alone', () => {
    expect(signOff('Copper prices rose on Monday, traders said.\nLeroy Wright')).toBeUndefined();
    expect(signOff('Copper prices rose on Monday, traders said.\nSmith')).toBeUndefined();
    expect(signOff('Copper prices rose on Monday, said Reuter')).toBeUndefined();
    expect(signOff('Reuter')).toBeUndefined();
  });
});
