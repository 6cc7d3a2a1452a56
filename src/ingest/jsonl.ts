import { diagnostic } from '../doc/index.js';
import type { Diagnostic } from '../doc/index.js';
import { normalizeDate } from './date.js';
import { inputError } from './errors.js';
import { readHtmlArticle } from './html.js';
import type { MetaFields } from './meta.js';
import { shiftMap } from './source-map.js';
import { readTextArticle } from './text.js';
import type { ReadResult } from './types.js';

/** JSONL fields newsgraph models as string metadata; everything else goes to `meta.extra`. */
const STRING_FIELDS = ['url', 'title', 'source', 'author', 'language'] as const;
const MODELLED = new Set<string>(['text', 'html', 'id', 'published', ...STRING_FIELDS]);

/**
 * Reads one JSONL line: a JSON object with `text` or `html` (HTML goes through the HTML reader),
 * optional `id` (→ `meta.externalId`), `url`, `title`, `published` (normalised to ISO 8601; an
 * unreadable value stays raw in `meta.extra.published` with an `ingest/bad-date` warning),
 * `source`, `author`, `language`; other fields are kept in `meta.extra`. When a `title` is given
 * and the text does not start with it, `doc.text` is `title + "\n\n" + text`.
 *
 * `sourceMap` offsets point into the decoded JSON string value (`text` or `html`), not into the
 * line: a span maps back to the article as its publisher wrote it, with escapes already resolved.
 * The generated title prefix has no segment.
 *
 * @example readJsonlLine('{"id":"a1","title":"Storm","text":"Rain fell."}', 'feed.jsonl:3')
 */
export function readJsonlLine(line: string, origin: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: inputError(origin, 'E_BAD_JSON', `the line is not valid JSON (${reason}); each line must be one JSON object`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: inputError(origin, 'E_BAD_JSON', `expected a JSON object with a "text" or "html" field, got ${Array.isArray(value) ? 'an array' : typeof value}`) };
  }
  const record = value as Readonly<Record<string, unknown>>;
  const { meta, diagnostics } = fieldsOf(record);
  const title = typeof meta.title === 'string' ? meta.title : undefined;
  if (typeof record['text'] === 'string' && record['text'].trim() !== '') {
    const read = readTextArticle(record['text'], { ...meta, origin });
    if (!read.ok) return read;
    const { article } = read;
    const prefix = title !== undefined && !article.text.startsWith(title) ? `${title}\n\n` : '';
    return {
      ok: true,
      article: {
        text: prefix + article.text,
        meta: { ...article.meta, format: 'jsonl' },
        sourceMap: shiftMap(article.sourceMap, prefix.length),
        diagnostics: [...article.diagnostics, ...diagnostics],
      },
    };
  }
  if (typeof record['html'] === 'string' && record['html'].trim() !== '') {
    const read = readHtmlArticle(record['html'], { ...meta, origin });
    if (!read.ok) return read;
    const { article } = read;
    return { ok: true, article: { ...article, meta: { ...article.meta, format: 'jsonl' }, diagnostics: [...article.diagnostics, ...diagnostics] } };
  }
  const fields = Object.keys(record).slice(0, 10).join(', ') || 'none';
  return { ok: false, error: inputError(origin, 'E_NO_TEXT', `the object has no non-empty "text" or "html" string field (fields: ${fields})`) };
}

function fieldsOf(record: Readonly<Record<string, unknown>>): { meta: MetaFields; diagnostics: Diagnostic[] } {
  const meta: MetaFields = {};
  const extra: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(record)) if (!MODELLED.has(key)) extra[key] = value;
  const id = record['id'];
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) meta.externalId = String(id);
  else if (id !== undefined && id !== null) extra['id'] = id;
  for (const key of STRING_FIELDS) {
    const value = record[key];
    if (typeof value === 'string') {
      if (value.trim() !== '') meta[key] = value.trim();
    } else if (value !== undefined && value !== null) {
      extra[key] = value;
      diagnostics.push(diagnostic('warning', 'ingest', 'ingest/bad-field', `"${key}" should be a string, got ${typeof value}; kept in meta.extra`));
    }
  }
  const published = record['published'];
  if (published !== undefined && published !== null && published !== '') {
    const iso = normalizeDate(published);
    if (iso !== undefined) meta.published = iso;
    else {
      extra['published'] = published;
      diagnostics.push(diagnostic('warning', 'ingest', 'ingest/bad-date',
        `"published" ${JSON.stringify(published).slice(0, 60)} is not an ISO 8601 date, RFC 2822 date or epoch time; kept raw in meta.extra`));
    }
  }
  if (Object.keys(extra).length > 0) meta.extra = extra;
  return { meta, diagnostics };
}
