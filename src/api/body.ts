import { readJsonlLine, type RawArticle } from '../ingest/index.js';
import { ApiError } from './errors.js';

/** JSON Schema of one article in a request body: the fields of a JSONL input line. */
export const ARTICLE_SCHEMA = {
  type: 'object',
  description: 'One article, as a line of a JSONL input: `text` or `html`, with optional metadata.',
  properties: {
    text: { type: 'string' },
    html: { type: 'string' },
    id: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string', description: 'any common date form; normalised to ISO 8601' },
    source: { type: 'string' },
    author: { type: 'string' },
    language: { type: 'string' },
  },
} as const;

/**
 * Reads one article of a request body exactly as a JSONL input line is read (same fields, same
 * normalisation), so the API and `newsgraph ingest` store the same Doc for the same input.
 * A value that is no article is a 400 carrying the reader's code (`E_NO_TEXT`, `E_EMPTY`…).
 */
export function articleFromBody(value: unknown, origin: string): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'E_BAD_BODY', `${origin}: expected a JSON object with a "text" or "html" field`);
  }
  const read = readJsonlLine(JSON.stringify(value), origin);
  if (!read.ok) throw new ApiError(400, read.error.code, `${origin}: ${read.error.reason}`);
  return read.article;
}
