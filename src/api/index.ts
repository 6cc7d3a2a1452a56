/**
 * The HTTP API and web UI host: `createApp` builds a Hono app over a Store; the route table
 * (`ROUTES`) is validated, served and documented (OpenAPI 3.1) from one declaration per route.
 */
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export { ROUTES } from './routes/index.js';
export type { Route, RouteContext, Services } from './route.js';
export { ApiError } from './errors.js';
export { openApiDocument } from './openapi.js';
export { toCsv, toJsonl } from './export.js';
