import { readFile } from 'node:fs/promises';
import { isoDate } from '../kb/index.js';

/** One expected event: actor codes and CAMEO code as the record gives them. */
export interface ExpectedEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

/** One PETRARCH validation record with what it expects and the `<Config>` switches in force for it. */
export interface EventRecord {
  readonly id: string;
  readonly category?: string;
  readonly date?: string;
  readonly text: string;
  /** Scored records: `sentence="true"` in the unit tests, `evaluate="true"` in the GSR file. */
  readonly scored: boolean;
  readonly expected: readonly ExpectedEvent[];
  /** The record expects no event (`noevents="True"`) or an error (`error=…`): correct when nothing is coded. */
  readonly expectsNothing: boolean;
  readonly config: Readonly<Record<string, string>>;
}

/** The dictionaries a validation file's `<Environment>` names, as file names. */
export interface Environment {
  readonly verbs?: string;
  readonly actors: readonly string[];
  readonly agents: readonly string[];
  readonly discards: readonly string[];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const list = (s: string | undefined): string[] => (s ?? '').split(',').map((f) => f.trim()).filter((f) => f.length > 0);

/**
 * Reads a PETRARCH validation file with its expected events, applying `<Config option value>`
 * switches in document order (each stays in force until changed). Lines starting with `#` are
 * dropped first (PETR2_GSR_validation.xml has banner lines outside comments), then XML comments.
 */
export async function readEventRecords(path: string): Promise<{ environment: Environment; records: EventRecord[] }> {
  const xml = (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '');
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  const tag = (name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(env)?.[1]?.trim();
  const verbs = tag('Verbfile');
  const environment: Environment = { ...(verbs ? { verbs } : {}), actors: list(tag('Actorfile')), agents: list(tag('Agentfile')), discards: list(tag('Discardfile')) };
  const body = xml.slice(xml.indexOf('</Environment>') + 1);
  const config: Record<string, string> = {};
  const records: EventRecord[] = [];
  const pieces = body.split(/(?=<Sentence\b)|(?=<Config\b)/);
  for (const piece of pieces) {
    if (piece.startsWith('<Config')) {
      const open = piece.slice(0, piece.indexOf('>'));
      const option = attribute(open, 'option');
      const value = attribute(open, 'value');
      if (option && value !== undefined) config[option] = value.toLowerCase();
      continue;
    }
    if (!piece.startsWith('<Sentence')) continue;
    const open = piece.slice(0, piece.indexOf('>'));
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(piece)?.[1];
    if (text === undefined) continue;
    const expected: ExpectedEvent[] = [];
    let expectsNothing = false;
    for (const coding of piece.match(/<EventCoding\b[^>]*>/g) ?? []) {
      if (/noevents="true"/i.test(coding) || /\berror=/i.test(coding)) {
        expectsNothing = true;
        continue;
      }
      const source = attribute(coding, 'sourcecode');
      const target = attribute(coding, 'targetcode');
      const code = attribute(coding, 'eventcode');
      if (source !== undefined && target !== undefined && code !== undefined) expected.push({ source, target, code });
    }
    const date = isoDate(attribute(open, 'date') ?? '');
    const category = attribute(open, 'category');
    records.push({
      id: attribute(open, 'id') ?? String(records.length),
      ...(category ? { category } : {}),
      ...(date ? { date } : {}),
      text: unescapeXml(text).replace(/\s+/g, ' ').trim(),
      scored: /\b(sentence|evaluate)="true"/i.test(open),
      expected,
      expectsNothing: expectsNothing || expected.length === 0,
      config: { ...config },
    });
  }
  return { environment, records };
}
