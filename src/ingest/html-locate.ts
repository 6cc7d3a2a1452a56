import type { SourceSegment } from '../doc/index.js';

/**
 * How far past the last mapped position a whole run is looked for. Readability drops navigation,
 * ads and inline scripts between paragraphs, so the next run can start tens of KB further on.
 */
const RUN_WINDOW = 256 * 1024;
/** How far a single word, or a whole run before it is anchored, is looked for. */
const WORD_WINDOW = 256;

/**
 * Maps one collapsed text run back into the HTML source, searching forward from `cursor.at` and
 * moving the cursor past what it mapped. Returns segments with `start`/`end` relative to the run.
 *
 * Best effort: the whole run is tried verbatim first; failing that (a paragraph wrapped over two
 * source lines, `&amp;` inside it), each word is looked for right after the previous one, and
 * neighbouring words are joined into one segment when one plain space separates them in the source
 * too. A word that only exists in the source as entities (`AT&amp;T`) stays unmapped.
 */
export function locateRun(run: string, html: string, cursor: { at: number }): SourceSegment[] {
  // Look for the whole run nearby first and anchor on its first word further out: a run missing
  // from the source (wrapped lines, entities) then costs a short scan, not the rest of the page.
  const first = /\S+/.exec(run);
  let whole = indexWithin(html, run, cursor.at, WORD_WINDOW);
  if (whole === -1 && first) {
    const anchor = indexWithin(html, first[0], cursor.at, RUN_WINDOW) - first.index;
    if (anchor >= cursor.at && html.startsWith(run, anchor)) whole = anchor;
  }
  if (whole !== -1) {
    cursor.at = whole + run.length;
    return [{ start: 0, end: run.length, sourceStart: whole }];
  }
  const out: SourceSegment[] = [];
  let window = RUN_WINDOW;
  for (const match of run.matchAll(/\S+/g)) {
    const word = match[0];
    const found = indexWithin(html, word, cursor.at, window);
    if (found === -1) continue;
    window = WORD_WINDOW;
    const last = out[out.length - 1];
    const start = match.index;
    if (last && last.end + 1 === start && html[found - 1] === ' ' && last.sourceStart + (last.end - last.start) + 1 === found) {
      out[out.length - 1] = { start: last.start, end: start + word.length, sourceStart: last.sourceStart };
    } else {
      out.push({ start, end: start + word.length, sourceStart: found });
    }
    cursor.at = found + word.length;
  }
  return out;
}

/**
 * `indexOf` bounded to a window, so a run that is not in the source costs the window, not the
 * page. Skips matches inside a tag (the word "main" must not map into `<div class="main">`) and
 * matches whose "&" begins an entity (the "&" decoded from "&amp;" is not the source's "&").
 */
function indexWithin(html: string, needle: string, from: number, window: number): number {
  const area = html.slice(from, from + window + needle.length);
  for (let found = area.indexOf(needle); found !== -1; found = area.indexOf(needle, found + 1)) {
    const at = from + found;
    if (html.lastIndexOf('<', at) <= html.lastIndexOf('>', at) && !startsEntity(html, at, needle)) return at;
  }
  return -1;
}

function startsEntity(html: string, at: number, needle: string): boolean {
  for (let i = needle.indexOf('&'); i !== -1; i = needle.indexOf('&', i + 1)) {
    if (/^&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i.test(html.slice(at + i, at + i + 12))) return true;
  }
  return false;
}
