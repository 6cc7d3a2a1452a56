import { describe, expect, it } from 'vitest';
import { boundedLines } from './lines.js';
import type { Line } from './lines.js';
import { collect } from '../../test/fixtures/ingest/helpers.js';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part);
}
const show = (line: Line): string => ('tooLarge' in line ? `${line.number}:TOO_LARGE(${line.tooLarge})` : `${line.number}:${Buffer.from(line.bytes).toString()}`);

describe('boundedLines', () => {
  it('joins lines split across chunks and drops the CR of CRLF', async () => {
    expect((await collect(boundedLines(chunks('ab', 'c\r\nd', 'e\nf'), 100))).map(show)).toEqual(['1:abc', '2:de', '3:f']);
  });

  it('yields blank lines so numbering stays right', async () => {
    expect((await collect(boundedLines(chunks('a\n\nb\n'), 100))).map(show)).toEqual(['1:a', '2:', '3:b']);
  });

  it('counts a line over the limit without keeping it, and goes on', async () => {
    expect((await collect(boundedLines(chunks('ok\n', 'xxxx', 'xxxx', 'xx\nnext'), 5))).map(show)).toEqual(['1:ok', '2:TOO_LARGE(10)', '3:next']);
  });

  it('reports a last line over the limit that has no newline', async () => {
    expect((await collect(boundedLines(chunks('a\n', 'xxxxxxxx'), 5))).map(show)).toEqual(['1:a', '2:TOO_LARGE(8)']);
  });
});
