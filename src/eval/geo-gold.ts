import { readFile } from 'node:fs/promises';
import { EvalInputError } from './task.js';

/** One gold toponym: its span in the article text, its coordinates when it is resolvable, its GeoWebNews type. */
export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly lat?: number;
  readonly lon?: number;
  /** GeoWebNews' pragmatic type ("Literal", "Metonymic", "Demonym"…); LGL has none. */
  readonly type?: string;
}

/** One gold article. */
export interface GeoArticle {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/**
 * GeoWebNews types that annotate no place name and so are not toponyms to recognize: generic
 * expressions ("lot", "citizens"), non-toponyms, homonyms ("Paris Hilton") and languages.
 */
export const NOT_TOPONYMS: ReadonlySet<string> = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym', 'Homonym', 'Language']);

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

/** The inner text of the first `<name>` element of `xml`, CDATA or escaped; undefined when absent. */
function element(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return undefined;
  const inner = m[1] ?? '';
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner.trim());
  return cdata ? (cdata[1] ?? '') : unescape(inner);
}

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

function toponym(xml: string, length: number): GoldToponym | undefined {
  const start = num(element(xml, 'start'));
  const end = num(element(xml, 'end'));
  if (start === undefined || end === undefined || start < 0 || end > length || start >= end) return undefined;
  const lat = num(element(xml, 'lat') ?? element(xml, 'latitude'));
  const lon = num(element(xml, 'lon') ?? element(xml, 'longitude'));
  const type = element(xml, 'type');
  return { start, end, ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}), ...(type ? { type } : {}) };
}

/**
 * Reads a geoparsing gold file: LGL / TR-News XML (`<article docid>`, CDATA `<text>`, toponyms
 * with `<gaztag>` `<lat>`/`<lon>`) or GeoWebNews XML (`<article file>`, toponyms with `<type>`,
 * `<latitude>`/`<longitude>`). Toponyms whose offsets fall outside their text are dropped and
 * counted in `skipped`. Throws `E_EVAL_GEO_GOLD` for a file with no article.
 */
export function parseGeoGold(xml: string, name: string): { articles: GeoArticle[]; skipped: number } {
  const articles: GeoArticle[] = [];
  let skipped = 0;
  for (const m of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const text = element(body, 'text') ?? '';
    const id = /(?:docid|file)="([^"]*)"/.exec(attrs)?.[1] ?? String(articles.length);
    const toponyms: GoldToponym[] = [];
    for (const t of body.slice(Math.max(0, body.indexOf('<toponyms'))).matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const gold = toponym(t[1] ?? '', text.length);
      if (gold) toponyms.push(gold);
      else skipped += 1;
    }
    articles.push({ id, text, toponyms: toponyms.sort((a, b) => a.start - b.start || a.end - b.end) });
  }
  if (articles.length === 0) throw new EvalInputError('E_EVAL_GEO_GOLD', `${name} has no <article> element; expected LGL or GeoWebNews XML`);
  return { articles, skipped };
}

/** Reads and parses a gold file; a missing file is `E_EVAL_GEO_GOLD`. */
export async function readGeoGold(path: string): Promise<{ articles: GeoArticle[]; skipped: number }> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (error) {
    throw new EvalInputError('E_EVAL_GEO_GOLD', `cannot read ${path}: ${(error as Error).message}; --gold expects an LGL or GeoWebNews XML file`);
  }
  return parseGeoGold(xml, path);
}
