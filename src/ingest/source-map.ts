import type { SourceMap, SourceSegment } from '../doc/index.js';

/**
 * Keeps the part of a source map that falls inside `[from, to)` of the text and re-bases it so
 * offset `from` becomes 0: used after trimming, e.g. dropping leading blank lines moves every
 * segment left.
 */
export function sliceMap(map: SourceMap, from: number, to: number): SourceSegment[] {
  const out: SourceSegment[] = [];
  for (const s of map) {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (start < end) out.push({ start: start - from, end: end - from, sourceStart: s.sourceStart + (start - s.start) });
  }
  return out;
}

/** Moves every segment right by `by` characters: the text got a generated prefix (a title line). */
export function shiftMap(map: SourceMap, by: number): SourceSegment[] {
  return map.map((s) => ({ start: s.start + by, end: s.end + by, sourceStart: s.sourceStart }));
}
