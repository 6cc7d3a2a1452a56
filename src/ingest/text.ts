import type { SourceSegment } from '../doc/index.js';
import { inputError } from './errors.js';
import { mergeMeta } from './meta.js';
import type { ReaderMeta } from './meta.js';
import { sliceMap } from './source-map.js';
import type { ReadResult } from './types.js';

/** A first line longer than this is a paragraph, not a headline, even when a blank line follows. */
const MAX_TITLE_CHARS = 300;

/**
 * Reads a plain-text article. CRLF and lone CR become LF, a leading BOM and leading blank lines are
 * dropped and trailing whitespace is trimmed; nothing else changes, because every later span must
 * map back to the source through `sourceMap` (one segment per run of unchanged text — a CRLF keeps
 * its LF verbatim, a lone CR becomes a generated LF with no segment). Offsets in `sourceMap` are
 * into `text` as passed in. A first line followed by a blank line is the title (`meta.title`,
 * unless the caller gave one) and stays in the text as the first paragraph.
 *
 * @example readTextArticle('Floods close A9\n\nThe road shut at dawn.', { origin: 'a.txt' })
 */
export function readTextArticle(text: string, meta: ReaderMeta): ReadResult {
  const { out, map } = normalizeNewlines(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const from = /^(?:[^\S\n]*\n)*/.exec(out)?.[0].length ?? 0;
  const to = out.trimEnd().length;
  if (to <= from) {
    return { ok: false, error: inputError(meta.origin, 'E_EMPTY', 'the article is empty or holds only whitespace') };
  }
  const body = out.slice(from, to);
  const article = {
    text: body,
    meta: mergeMeta('text', { title: titleOf(body) }, meta),
    sourceMap: sliceMap(map, from, to),
    diagnostics: [],
  };
  return { ok: true, article };
}

function normalizeNewlines(text: string, from: number): { out: string; map: SourceSegment[] } {
  let cr = text.indexOf('\r', from);
  // Most files have no CR at all (the BBC corpus has none): one segment, no copying.
  if (cr === -1) {
    const out = from === 0 ? text : text.slice(from);
    return { out, map: out.length > 0 ? [{ start: 0, end: out.length, sourceStart: from }] : [] };
  }
  const parts: string[] = [];
  const map: SourceSegment[] = [];
  let length = 0;
  let runStart = from;
  const pushRun = (end: number): void => {
    if (end <= runStart) return;
    parts.push(text.slice(runStart, end));
    map.push({ start: length, end: length + end - runStart, sourceStart: runStart });
    length += end - runStart;
  };
  for (; cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    pushRun(cr);
    if (text.charCodeAt(cr + 1) !== 10) {
      parts.push('\n');
      length += 1;
    }
    runStart = cr + 1;
  }
  pushRun(text.length);
  return { out: parts.join(''), map };
}

function titleOf(text: string): string | undefined {
  const newline = text.indexOf('\n');
  if (newline === -1 || !/^\n[^\S\n]*\n/.test(text.slice(newline, newline + 2 + MAX_TITLE_CHARS))) return undefined;
  const title = text.slice(0, newline).trim();
  return title.length > 0 && title.length <= MAX_TITLE_CHARS ? title : undefined;
}
