import type { Diagnostic, Doc, DocMeta, Entity, EntityType, LayerName, Paragraph, Sentence, SourceMap } from '../doc/index.js';
import type { ArticleSummary } from './store.js';

/** An `articles` row as the SELECTs in `sqlite.ts` return it (snake_case, NULL for absent). */
export interface ArticleRow {
  readonly seq: number;
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly origin: string | null;
  readonly format: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly external_id: string | null;
  readonly encoding: string | null;
  readonly extra: string | null;
  readonly source_map: string | null;
  readonly layers: string;
  readonly ingested_at: string;
  readonly chars: number;
}

/** The named parameters of the article INSERT. */
export type ArticleParams = Omit<ArticleRow, 'seq'>;

/** A `paragraphs` row as read back for one article, in `idx` order. */
export interface ParagraphRow {
  readonly char_start: number;
  readonly char_end: number;
}

/** A `sentences` row. */
export interface SentenceRow extends ParagraphRow {
  readonly token_start: number;
  readonly token_end: number;
}

/** An `entities` row. */
export interface EntityRow extends SentenceRow {
  readonly type: EntityType;
  readonly country: string | null;
}

/** A `diagnostics` row. */
export interface DiagnosticRow {
  readonly severity: Diagnostic['severity'];
  readonly stage: string;
  readonly code: string;
  readonly text: string;
  readonly char_start: number | null;
  readonly char_end: number | null;
}

/**
 * Source maps are stored as JSON triples `[start, end, sourceStart]` (a third of the bytes of
 * objects), and an empty map as NULL; they are read only with the whole article.
 */
function encodeSourceMap(map: SourceMap): string | null {
  return map.length === 0 ? null : JSON.stringify(map.map((s) => [s.start, s.end, s.sourceStart]));
}

function decodeSourceMap(json: string | null): SourceMap {
  if (json === null) return [];
  return (JSON.parse(json) as [number, number, number][]).map(([start, end, sourceStart]) => ({ start, end, sourceStart }));
}

/**
 * The column values of a Doc's article row. `extra` is stored as JSON, so only JSON values
 * round-trip (an `undefined` inside it is dropped, a Date becomes a string).
 */
export function articleParams(doc: Doc, ingestedAt: string): ArticleParams {
  const m = doc.meta;
  return {
    id: doc.id,
    text: doc.text,
    title: m.title ?? null,
    origin: m.origin ?? null,
    format: m.format,
    url: m.url ?? null,
    published: m.published ?? null,
    source: m.source ?? null,
    author: m.author ?? null,
    language: m.language ?? null,
    external_id: m.externalId ?? null,
    encoding: m.encoding ?? null,
    extra: m.extra === undefined ? null : JSON.stringify(m.extra),
    source_map: encodeSourceMap(doc.sourceMap),
    layers: Object.keys(doc.layers).join(','),
    ingested_at: ingestedAt,
    chars: doc.text.length,
  };
}

/** Meta with only the fields that were set: `exactOptionalPropertyTypes` forbids `undefined` values. */
function metaFromRow(row: ArticleRow): DocMeta {
  const meta: { -readonly [K in keyof DocMeta]: DocMeta[K] } = { format: row.format };
  if (row.origin !== null) meta.origin = row.origin;
  if (row.title !== null) meta.title = row.title;
  if (row.url !== null) meta.url = row.url;
  if (row.published !== null) meta.published = row.published;
  if (row.source !== null) meta.source = row.source;
  if (row.author !== null) meta.author = row.author;
  if (row.language !== null) meta.language = row.language;
  if (row.external_id !== null) meta.externalId = row.external_id;
  if (row.encoding !== null) meta.encoding = row.encoding;
  if (row.extra !== null) meta.extra = JSON.parse(row.extra) as Record<string, unknown>;
  return meta;
}

/** The layer names recorded in `articles.layers`. */
export function storedLayerNames(row: ArticleRow): LayerName[] {
  return row.layers === '' ? [] : (row.layers.split(',') as LayerName[]);
}

/** Everything of a Doc but its layers, from its article row and diagnostic rows. */
export function docFromRows(row: ArticleRow, diagnostics: readonly DiagnosticRow[]): Omit<Doc, 'layers'> {
  return {
    id: row.id,
    text: row.text,
    meta: metaFromRow(row),
    sourceMap: decodeSourceMap(row.source_map),
    diagnostics: diagnostics.map(diagnosticFromRow),
  };
}

/** A paragraph from its row. */
export function paragraphFromRow(row: ParagraphRow): Paragraph {
  return { start: row.char_start, end: row.char_end };
}

/** A sentence from its row. */
export function sentenceFromRow(row: SentenceRow): Sentence {
  return { start: row.char_start, end: row.char_end, tokenStart: row.token_start, tokenEnd: row.token_end };
}

/** An entity mention from its row; `country` only when one was stored. */
export function entityFromRow(row: EntityRow): Entity {
  const entity = { start: row.char_start, end: row.char_end, type: row.type, tokenStart: row.token_start, tokenEnd: row.token_end };
  return row.country === null ? entity : { ...entity, country: row.country };
}

/** A diagnostic from its row; the span only when one was stored. */
export function diagnosticFromRow(row: DiagnosticRow): Diagnostic {
  const { severity, stage, code, text } = row;
  return row.char_start !== null && row.char_end !== null
    ? { severity, stage, code, text, span: { start: row.char_start, end: row.char_end } }
    : { severity, stage, code, text };
}

/** The listing fields of an article row (the SELECT may omit the heavy columns). */
export type SummaryRow = Pick<ArticleRow, 'id' | 'title' | 'origin' | 'url' | 'published' | 'source' | 'ingested_at' | 'chars'>;

/** An {@link ArticleSummary} from its row. */
export function summaryFromRow(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    origin: row.origin,
    url: row.url,
    published: row.published,
    source: row.source,
    ingestedAt: row.ingested_at,
    chars: row.chars,
  };
}
