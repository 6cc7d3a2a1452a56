import { readFile } from 'node:fs/promises';
import { isoDate } from '../kb/index.js';

/** One validation sentence: id, date (ISO), text, and the actor codes its expected events name. */
export interface ActorRecord {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  /** Distinct expected source and target codes, in file order ("USAGOV", "CHN"). */
  readonly codes: readonly string[];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Reads a PETRARCH validation file (`<Sentence date id>` with `<EventCoding sourcecode targetcode>`
 * and `<Text>`). Lines starting with `#` are dropped first: PETR2_GSR_validation.xml has banner
 * lines outside XML comments. Records expecting no event (`noevents="True"`) have no codes.
 */
export async function readActorRecords(path: string): Promise<ActorRecord[]> {
  const xml = (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: ActorRecord[] = [];
  for (const block of xml.split(/<Sentence\b/).slice(1)) {
    const open = block.slice(0, block.indexOf('>'));
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1];
    if (text === undefined) continue;
    const codes = new Set<string>();
    for (const coding of block.match(/<EventCoding\b[^>]*>/g) ?? []) {
      for (const name of ['sourcecode', 'targetcode']) {
        const code = attribute(coding, name);
        if (code) codes.add(code);
      }
    }
    const date = isoDate(attribute(open, 'date') ?? '');
    out.push({ id: attribute(open, 'id') ?? String(out.length), ...(date ? { date } : {}), text: unescapeXml(text).replace(/\s+/g, ' ').trim(), codes: [...codes] });
  }
  return out;
}
