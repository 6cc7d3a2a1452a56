import { decodeBytes } from './decode.js';
import { isInputError } from './errors.js';
import type { InputFormat } from './types.js';

/** The concrete formats a reader exists for. */
export type ReadFormat = Exclude<InputFormat, 'auto'>;

const BY_EXTENSION: Readonly<Record<string, ReadFormat>> = {
  '.txt': 'text', '.text': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};
const HTML_TAG = /<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** The format a file's extension names (case-insensitive), or undefined for any other extension. */
export function formatByExtension(path: string): ReadFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? BY_EXTENSION[path.slice(dot).toLowerCase()] : undefined;
}

/**
 * Guesses the format from the start of the content: markup with an html, doctype, head or body tag
 * is HTML; a first line that is a JSON object is JSONL — or that starts like one (`{"`) but runs past
 * the sample, as a JSONL line holding a whole article often does; anything else is plain text.
 *
 * @example sniffFormat('{"text": "Rain."}\n') // 'jsonl'
 */
export function sniffFormat(head: string): ReadFormat {
  const start = head.trimStart();
  if (start.startsWith('<') && HTML_TAG.test(start)) return 'html';
  if (!start.startsWith('{')) return 'text';
  const newline = start.indexOf('\n');
  if (newline === -1) return /^\{\s*"/.test(start) ? 'jsonl' : 'text';
  try {
    const value: unknown = JSON.parse(start.slice(0, newline));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}

/** {@link sniffFormat} on the first bytes of an input, whatever their encoding; undecodable → text. */
export function sniffBytes(head: Uint8Array): ReadFormat {
  const decoded = decodeBytes(head);
  return isInputError(decoded) ? 'text' : sniffFormat(decoded.text);
}
