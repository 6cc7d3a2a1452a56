import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '../doc/index.js';
import { EvalInputError } from './task.js';

/** One gold TIMEX3 of a TimeML document: its span in the plain text, type and value. */
export interface GoldTimex extends Span {
  readonly type: string;
  readonly value: string;
}

/** A TimeML document as plain text with its gold time expressions and creation time (DCT). */
export interface TimemlDocument {
  readonly file: string;
  readonly text: string;
  /** The value of the TIMEX3 with functionInDocument="CREATION_TIME": the reference date. */
  readonly dct: string | undefined;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

/**
 * Reads one TimeML document: the `<TEXT>` element with its inline tags removed and entities
 * decoded, each `<TIMEX3>` inside it as a span of that text, and the DCT's value.
 */
export function parseTimeml(file: string, xml: string): TimemlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? attribute(dctTag, 'value') : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new EvalInputError('E_EVAL_GOLD', `${file} has no <TEXT> element; is it a TimeML (.tml) file?`);
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) {
      text += decodeEntities(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) open = { start: text.length, type: attribute(piece, 'type') ?? '', value: attribute(piece, 'value') ?? '' };
    else if (/^<\/TIMEX3>/.test(piece) && open) {
      timexes.push({ start: open.start, end: text.length, type: open.type, value: open.value });
      open = undefined;
    }
  }
  return { file, text, dct, timexes };
}

/** Every `.tml` file under `dir`, its subfolders included, read and parsed, in name order. */
export async function readTimemlFolder(dir: string, limit?: number): Promise<TimemlDocument[]> {
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.tml')) files.push(path);
    }
  };
  if (!(await stat(dir)).isDirectory()) throw new EvalInputError('E_EVAL_GOLD', `--gold expects a folder of TimeML .tml files, got the file ${dir}`);
  await walk(dir);
  if (files.length === 0) throw new EvalInputError('E_EVAL_GOLD', `no .tml files under ${dir}`);
  const chosen = limit === undefined ? files : files.slice(0, limit);
  return Promise.all(chosen.map(async (f) => parseTimeml(f, await readFile(f, 'utf8'))));
}
