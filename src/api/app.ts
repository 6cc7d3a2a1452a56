import { createRequire } from 'node:module';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createAnalyzer, DEFAULT_OPTIONS, type Analyzer } from '../engine/index.js';
import type { Store } from '../store/index.js';
import { loadAssets } from '../web/assets.js';
import { responseCache } from './cache.js';
import { ApiError, errorBody } from './errors.js';
import { toCsv, toJsonl, type ListFormat } from './export.js';
import { listParams, openApiDocument } from './openapi.js';
import { readArgs } from './params.js';
import { PAGE, type Route, type Services } from './route.js';
import { ROUTES } from './routes/index.js';
import { isLoopbackHost, securityHeaders, tokenMatches } from './security.js';

/** Options for {@link createApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The token write routes need (`Authorization: Bearer TOKEN`); without one they are refused. */
  readonly token?: string;
  /** Refuse requests whose Host is not a loopback name (set when bound to 127.0.0.1). Default false. */
  readonly loopbackOnly?: boolean;
  /** Largest request body, in bytes. Default 6 MB: one 5 MB article plus its JSON escaping. */
  readonly maxBodyBytes?: number;
  /** Milliseconds a route may take before the answer is 503 `E_TIMEOUT`. Default 30 000. */
  readonly timeoutMs?: number;
  /** The routes to serve; default {@link ROUTES}. */
  readonly routes?: readonly Route[];
}

/** Paths of the UI's pages: each answers with the one HTML shell, whose script renders the page. */
const PAGES = ['/', '/search', '/article/:id', '/entity/:id', '/quotes', '/events', '/relations', '/map'];

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

async function readBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('text/plain')) return { text: await c.req.text() };
  if (type.startsWith('text/html')) return { html: await c.req.text() };
  if (!type.startsWith('application/json')) {
    throw new ApiError(415, 'E_BAD_BODY', `send the body as application/json, text/plain or text/html, not '${type || 'no content type'}'`);
  }
  try {
    return await c.req.json();
  } catch (error) {
    throw new ApiError(400, 'E_BAD_JSON', `the body is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function checkToken(c: Context, token: string | undefined): void {
  if (token === undefined) throw new ApiError(403, 'E_WRITE_DISABLED', 'this server has no token, so it takes no writes; start it with --token or NEWSGRAPH_TOKEN');
  const presented = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
  if (presented === undefined) throw new ApiError(401, 'E_UNAUTHORIZED', 'this route needs the token: send Authorization: Bearer TOKEN');
  if (!tokenMatches(presented, token)) throw new ApiError(401, 'E_UNAUTHORIZED', 'the token does not match');
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError(503, 'E_TIMEOUT', `the request took longer than ${ms} ms; narrow it (filters, a smaller limit)`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A list route's answer: a JSON page with the offset of the next one, or the items as a file. */
function listResponse(c: Context, route: Route, items: unknown, limit: number, offset: number, format: ListFormat): Response {
  if (!Array.isArray(items)) throw new Error(`list route ${route.path} returned no array`);
  const rows = items.slice(0, limit) as Record<string, unknown>[];
  if (format === 'json') return c.json({ items: rows, limit, offset, next: items.length > limit ? offset + limit : null });
  const name = route.path.replace(/^\/api\//, '').replace(/[{}]/g, '').replace(/\W+/g, '-');
  c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') return c.body(toCsv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  return c.body(toJsonl(rows), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
}

/**
 * The HTTP application: the JSON API under `/api` (routes from one table, their parameters
 * validated at the edge, documented at `/api/openapi.json`) and the web UI, with security
 * headers on every response. Runs on any `fetch` host; `newsgraph serve` puts it on Node's http.
 *
 * @example
 * const app = createApp({ store: openSqliteStore('newsgraph.db') });
 * const res = await app.request('/api/articles?q=tanker');
 */
export function createApp(options: AppOptions): Hono {
  const routes = options.routes ?? ROUTES;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let analyzer: Analyzer | undefined;
  const services: Services = { store: options.store, analyzer: () => (analyzer ??= createAnalyzer(DEFAULT_OPTIONS)) };
  const assets = loadAssets();
  const cache = responseCache();
  const app = new Hono();

  app.use(securityHeaders());
  if (options.loopbackOnly) {
    app.use(async (c, next) => {
      if (!isLoopbackHost(new URL(c.req.url).host)) throw new ApiError(403, 'E_BAD_HOST', 'this server answers only to localhost or 127.0.0.1');
      await next();
    });
  }
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 6 * 1024 * 1024,
      onError: (c) => c.json(errorBody('E_TOO_LARGE', `the request body is larger than ${options.maxBodyBytes ?? 6 * 1024 * 1024} bytes`), 413),
    }),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(routes, version)));
  for (const route of routes) {
    const specs = route.list ? [...route.params, ...listParams(route.formats)] : route.params;
    app.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ':$1'), async (c) => {
      const args = readArgs(specs, c.req.query(), c.req.param() as Record<string, string>);
      if (route.write) checkToken(c, options.token);
      const body = route.method === 'post' ? await readBody(c) : undefined;
      const limit = args.int('limit') ?? PAGE.default;
      const offset = args.int('offset') ?? 0;
      const format = args.text('format') ?? 'json';
      if (route.list && format === 'json' && limit > PAGE.max) {
        throw new ApiError(400, 'E_BAD_PARAM', `parameter 'limit' is at most ${PAGE.max} for a JSON page; use format=csv or jsonl for up to ${PAGE.maxExport}`);
      }
      const run = () => withTimeout(route.handle({ args, body, page: { limit: limit + 1, offset }, format, services }), timeoutMs);
      let result: unknown;
      if (route.method === 'get' && route.cache !== false) {
        const version = await options.store.dataVersion();
        result = cache.get(c.req.url, version);
        if (result === undefined) {
          result = await run();
          // A Response's body can be read once: files a route writes itself are made anew each time.
          if (!(result instanceof Response)) cache.set(c.req.url, version, result);
        }
      } else result = await run();
      if (result instanceof Response) return result;
      return route.list ? listResponse(c, route, result, limit, offset, format as ListFormat) : c.json(result as object);
    });
  }
  app.all('/api/*', (c) => c.json(errorBody('E_NO_ROUTE', `no route ${c.req.method} ${c.req.path}; see /api/openapi.json`), 404));

  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.json(errorBody('E_NOT_FOUND', `no file ${c.req.param('name')}`), 404);
    return c.body(asset.body.slice(), 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
  });
  for (const page of PAGES) {
    app.get(page, (c) => {
      const shell = assets.get('index.html');
      if (!shell) throw new Error('the UI shell index.html is missing from the static folder');
      return c.body(shell.body.slice(), 200, { 'Content-Type': shell.type, 'Cache-Control': 'no-cache' });
    });
  }

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
    console.error(`newsgraph serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(errorBody('E_INTERNAL', 'the server failed on this request; the error is in its log'), 500);
  });
  app.notFound((c) => c.json(errorBody('E_NOT_FOUND', `nothing at ${c.req.path}`), 404));
  return app;
}
