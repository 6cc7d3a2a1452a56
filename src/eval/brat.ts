import type { Span } from '../doc/index.js';

/** One text-bound brat annotation (`T` line): a label over one or more fragments of the text. */
export interface BratSpan {
  readonly id: string;
  readonly label: string;
  /** Character offsets into the `.txt` file, in UTF-16 code units for BMP text; one per fragment. */
  readonly fragments: readonly Span[];
}

/**
 * Reads the text-bound annotations of a brat standoff `.ann` file:
 * `T<n>\t<Label> <start> <end>[;<start> <end>…]\t<covered text>`. Relations, events, notes and
 * malformed lines are skipped. Offsets are kept as written, so callers must check them against
 * the text they read.
 *
 * @example
 * parseBratSpans('T1\tSource 110 112\twe') // [{ id: 'T1', label: 'Source', fragments: [{ start: 110, end: 112 }] }]
 */
export function parseBratSpans(ann: string): BratSpan[] {
  const spans: BratSpan[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [id, middle] = line.split('\t');
    const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle ?? '');
    if (!id || !match?.[1] || !match[2]) continue;
    const fragments = match[2].split(';').map((pair) => {
      const [start, end] = pair.split(' ').map(Number);
      return { start: start ?? 0, end: end ?? 0 };
    });
    spans.push({ id, label: match[1], fragments });
  }
  return spans;
}

/** One brat event (`E` line): its type and its arguments by role, each the id of a `T` span. */
export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly args: Readonly<Record<string, string>>;
}

/**
 * Reads the events of a brat standoff `.ann` file: `E<n>\t<Type>:T<a> <Role>:T<b> …`. The
 * trigger's type is `type`; every other `Role:T` pair is an argument.
 *
 * @example
 * parseBratEvents('E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1')[0].args.Source // 'T1'
 */
export function parseBratEvents(ann: string): BratEvent[] {
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const [id, body] = line.split('\t');
    const pairs = (body ?? '').trim().split(/\s+/).map((p) => p.split(':'));
    const [trigger, ...rest] = pairs;
    if (!id || !trigger?.[0]) continue;
    const args: Record<string, string> = {};
    for (const [role, ref] of rest) if (role && ref) args[role] = ref;
    events.push({ id, type: trigger[0], args });
  }
  return events;
}
