import type { Analyzer } from '../engine/index.js';
import type { Page, Store } from '../store/index.js';
import type { Args, ParamSpec } from './params.js';

/** What a handler works with: the store and a pipeline, nothing from the file system. */
export interface Services {
  readonly store: Store;
  /** The analysis pipeline, built on first use (it loads the models). */
  readonly analyzer: () => Analyzer;
}

/** What a handler receives: validated parameters, the parsed JSON body (POST), and for lists the page to read. */
export interface RouteContext {
  readonly args: Args;
  readonly body: unknown;
  /** For list routes: one more than the page size, so the route table can tell whether a next page exists. */
  readonly page: Page;
  /** For list routes: the `format` asked for (`json`, `csv`, `jsonl`, or one of the route's own {@link Route.formats}). */
  readonly format: string;
  readonly services: Services;
}

/**
 * One API route, declared once: the app registers it, validates its parameters and documents it
 * in the OpenAPI document from this same object. A `list` route returns an array of flat records
 * and gets `limit`, `offset` and `format` (json, csv, jsonl); a `write` route needs the token. A
 * handler may return a `Response` (a file in a format of its own), which is sent as it is.
 */
export interface Route {
  readonly method: 'get' | 'post';
  /** OpenAPI form, `/api/articles/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params: readonly ParamSpec[];
  readonly list?: boolean;
  /** Formats a list route writes itself, beyond json, csv and jsonl: its handler returns a `Response` for them. */
  readonly formats?: readonly string[];
  readonly write?: boolean;
  /** False for answers cheap to make and big to keep (one whole article): they skip the answer cache. */
  readonly cache?: boolean;
  /** JSON Schema of the request body, for POST routes. */
  readonly body?: Readonly<Record<string, unknown>>;
  readonly handle: (ctx: RouteContext) => Promise<unknown>;
}

/** Page size when the request names none, and the largest one a JSON page or an export may ask for. */
export const PAGE = { default: 20, max: 200, maxExport: 10_000 } as const;
